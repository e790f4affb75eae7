/*
 * Copyright 2026 the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.associations;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.Fault;
import io.github.associations.error.HubSpotAuthenticationException;
import io.github.associations.error.HubSpotClientException;
import io.github.associations.error.HubSpotDecodingException;
import io.github.associations.error.HubSpotException;
import io.github.associations.error.HubSpotForbiddenException;
import io.github.associations.error.HubSpotNotFoundException;
import io.github.associations.error.HubSpotRateLimitException;
import io.github.associations.error.HubSpotServerException;
import io.github.associations.error.HubSpotTimeoutException;
import io.github.associations.error.HubSpotTransportException;
import io.github.associations.error.HubSpotValidationException;
import io.github.associations.model.AssociationSpec;
import io.github.associations.model.Operation;
import io.netty.handler.timeout.ReadTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every kind of failure becomes its exception type, carrying HubSpot's fields and a
 * message that names the operation.
 */
class ErrorResponsesTests extends EmulatorTestSupport {

    private static final AssociationSpec PRIMARY = AssociationSpec
        .hubSpotDefined(AssociationTypeIds.CONTACT_TO_COMPANY_PRIMARY);

    @Test
    void validationErrorCarriesHubSpotsBody() {
        restart((options) -> options.strictRecords(true), (settings) -> settings);
        this.emulator.state().seedRecords("contacts", List.of("29851"));

        HubSpotValidationException ex = failure(
                this.template.records().associate("contacts", "29851", "companies", "38374264688", PRIMARY),
                HubSpotValidationException.class);

        assertThat(ex.getStatus()).isEqualTo(400);
        assertThat(ex.getOperation()).isEqualTo(Operation.RECORDS_ASSOCIATE);
        assertThat(ex.getCategory()).isEqualTo("VALIDATION_ERROR");
        assertThat(ex.getHubSpotMessage()).isEqualTo("One or more associations are invalid");
        assertThat(ex.getCorrelationId()).isNotBlank();
        assertThat(ex.getContext()).containsKey("INVALID_OBJECT_IDS");
        assertThat(ex.getMessage()).startsWith("HubSpot records.associate failed: 400 VALIDATION_ERROR: "
                + "One or more associations are invalid [correlationId=");
    }

    @Test
    void unknownTokenIsAnAuthenticationErrorThatIsNotExpired() {
        this.template = AssociationsTemplate.builder()
            .privateAppToken("pat-unknown")
            .settings(this.template.getSettings())
            .build();

        HubSpotAuthenticationException ex = failure(this.template.labels().list("contacts", "companies").next(),
                HubSpotAuthenticationException.class);

        assertThat(ex.getStatus()).isEqualTo(401);
        assertThat(ex.getCategory()).isEqualTo("INVALID_AUTHENTICATION");
        assertThat(ex.isExpired()).isFalse();
        assertThat(ex.getMessage()).contains("labels.list").doesNotContain("pat-unknown");
    }

    @Test
    void missingScopesListTheRequiredScopes() {
        restart((options) -> options.readOnlyTokens("pat-read-only"), (settings) -> settings);
        this.template = AssociationsTemplate.builder()
            .privateAppToken("pat-read-only")
            .settings(this.template.getSettings())
            .build();

        HubSpotForbiddenException ex = failure(this.template.records().remove("contacts", "1", "companies", "2"),
                HubSpotForbiddenException.class);

        assertThat(ex.getStatus()).isEqualTo(403);
        assertThat(ex.isMissingScopes()).isTrue();
        assertThat(ex.getRequiredScopes()).isNotEmpty();
        assertThat(ex.getMessage()).contains("records.remove", "MISSING_SCOPES");
    }

    @Test
    void notFoundIsItsOwnType() {
        HubSpotNotFoundException ex = failure(this.template.labels().delete("contacts", "companies", 999_999),
                HubSpotNotFoundException.class);

        assertThat(ex.getStatus()).isEqualTo(404);
        assertThat(ex.getCategory()).isEqualTo("OBJECT_NOT_FOUND");
        assertThat(ex.getMessage()).contains("labels.delete");
    }

    @Test
    void tenSecondlyRateLimitCarriesThePolicyAndHeaders() {
        restart((options) -> options.rateLimit(100, Duration.ofSeconds(10)).retryAfter(Duration.ofSeconds(3)),
                (settings) -> settings);
        this.emulator.faults().injectNext(EmulatorEndpoint.BATCH_READ, 1, Fault.tenSecondlyRateLimit());

        HubSpotRateLimitException ex = failure(this.template.batch().read("contacts", "companies", List.of("1")),
                HubSpotRateLimitException.class);

        assertThat(ex.getStatus()).isEqualTo(429);
        assertThat(ex.getPolicyName()).isEqualTo("TEN_SECONDLY_ROLLING");
        assertThat(ex.isDailyLimit()).isFalse();
        assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(3));
        assertThat(ex.getRateLimitHeaders().max()).isEqualTo(100);
        assertThat(ex.getRateLimitHeaders().remaining()).isZero();
        assertThat(ex.getRateLimitHeaders().intervalMilliseconds()).isEqualTo(10_000);
        assertThat(ex.getMessage()).contains("batch.read", "429", "TEN_SECONDLY_ROLLING");
    }

    @Test
    void dailyRateLimitSaysSo() {
        restart((options) -> options.dailyLimit(1000), (settings) -> settings);
        this.emulator.rateLimits().exhaustDaily();

        HubSpotRateLimitException ex = failure(this.template.records().listPage("contacts", "1", "companies", 10, null),
                HubSpotRateLimitException.class);

        assertThat(ex.getPolicyName()).isEqualTo("DAILY");
        assertThat(ex.isDailyLimit()).isTrue();
        assertThat(ex.getHubSpotMessage()).isEqualTo("You have reached your daily limit.");
        assertThat(ex.getRateLimitHeaders().dailyRemaining()).isZero();
    }

    @Test
    void internalErrorWithHubSpotsMinimalBody() {
        this.emulator.faults().injectNext(1, Fault.internalError());

        HubSpotServerException ex = failure(this.template.usage().requestHighUsageReport(1),
                HubSpotServerException.class);

        assertThat(ex.getStatus()).isEqualTo(500);
        assertThat(ex.getHubSpotMessage()).isEqualTo("internal error");
        assertThat(ex.getCorrelationId()).isNotBlank();
        assertThat(ex.getMessage()).contains("usage.high-usage-report", "500");
    }

    @Test
    @SuppressWarnings("deprecation") // v3 keeps working until HubSpot stops it
    void proxyHtmlPageBecomesAServerErrorWithAnExcerpt() {
        this.emulator.faults().injectNext(1, Fault.htmlStatus(502));

        HubSpotServerException ex = failure(this.template.v3().types("contacts", "companies").next(),
                HubSpotServerException.class);

        assertThat(ex.getStatus()).isEqualTo(502);
        assertThat(ex.getCategory()).isNull();
        assertThat(ex.getResponseBodyExcerpt()).contains("502").doesNotContain("\n");
        assertThat(ex.getMessage())
            .startsWith("HubSpot v3.types failed: 502 Bad Gateway (not HubSpot's JSON error body: ");
    }

    @Test
    void otherClientErrorsKeepTheirStatus() {
        this.emulator.faults().injectNext(1, Fault.status(423));

        HubSpotClientException ex = failure(this.template.limits().listAll().next(), HubSpotClientException.class);

        assertThat(ex.getStatus()).isEqualTo(423);
        assertThat(ex.getMessage()).contains("limits.list-all", "423");
    }

    @Test
    void undecodableSuccessBodyIsADecodingError() {
        this.emulator.faults().injectNext(1, Fault.malformedJson());

        HubSpotDecodingException ex = failure(
                this.template.records().associateDefault("contacts", "1", "companies", "2"),
                HubSpotDecodingException.class);

        assertThat(ex.getStatus()).isEqualTo(200);
        assertThat(ex.getResponseBodyExcerpt()).isNotBlank();
        assertThat(ex.getMessage()).contains("records.associate-default", "could not be decoded");
    }

    @Test
    void closedConnectionIsATransportErrorThatMayHaveBeenProcessed() {
        this.emulator.faults().injectNext(1, Fault.closeAfterProcessing());

        HubSpotTransportException ex = failure(
                this.template.records().associateDefault("contacts", "1", "companies", "2"),
                HubSpotTransportException.class);

        assertThat(ex.getStatus()).isZero();
        assertThat(ex.isRequestNotSent()).isFalse();
        assertThat(ex.getMessage()).contains("records.associate-default");
    }

    @Test
    void refusedConnectionIsATransportErrorThatCertainlyWasNotSent() throws Exception {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        this.template = AssociationsTemplate.builder()
            .privateAppToken("pat-local")
            .settings(this.template.getSettings().toBuilder().baseUrl("http://127.0.0.1:" + freePort).build())
            .build();

        HubSpotTransportException ex = failure(this.template.usage().requestHighUsageReport(1),
                HubSpotTransportException.class);

        assertThat(ex.isRequestNotSent()).isTrue();
        assertThat(ex.getMessage()).startsWith("HubSpot usage.high-usage-report could not connect");
        // WebClient's own exception holds the request headers, the token among them: it
        // is not kept.
        assertThat(ex).cause().isNotInstanceOf(WebClientRequestException.class);
    }

    @Test
    void slowResponseIsATimeoutAfterTheConfiguredDuration() {
        restart((options) -> options, (settings) -> settings.responseTimeout(Duration.ofMillis(200)));
        this.emulator.faults().injectNext(1, Fault.latency(Duration.ofSeconds(2)));

        HubSpotTimeoutException ex = failure(this.template.records().listPage("contacts", "1", "companies", 10, null),
                HubSpotTimeoutException.class);

        assertThat(ex.getTimeout()).isEqualTo(Duration.ofMillis(200));
        assertThat(ex.isRequestNotSent()).isFalse();
        assertThat(ex.getMessage()).isEqualTo("HubSpot records.list got no complete response within 200 ms");
    }

    @Test
    void slowResponseOnReactorNettyIsATimeoutOfItsOwnWithoutWebClientsException() {
        restart((options) -> options, (settings) -> settings.responseTimeout(Duration.ofSeconds(1)));
        // A request answered shows the client that its connector is Reactor Netty's
        Mono.defer(() -> this.template.records().listPage("contacts", "1", "companies", 10, null))
            .retry()
            .block(Duration.ofSeconds(30));
        this.emulator.faults().injectNext(1, Fault.latency(Duration.ofSeconds(3)));

        HubSpotTimeoutException ex = failure(this.template.records().listPage("contacts", "1", "companies", 10, null),
                HubSpotTimeoutException.class);

        assertThat(ex.getMessage()).isEqualTo("HubSpot records.list got no complete response within 1000 ms");
        assertThat(ex).cause().isInstanceOf(ReadTimeoutException.class);
        assertThat(ex.isRequestNotSent()).isFalse();
    }

    static <E extends HubSpotException> E failure(Mono<?> call, Class<E> type) {
        Throwable thrown = catchThrowable(() -> call.block(Duration.ofSeconds(15)));
        assertThat(thrown).isInstanceOf(type);
        return type.cast(thrown);
    }

}
