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

import io.github.associations.client.ApiVersion;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.Fault;
import io.github.associations.emulator.control.LoggedRequest;
import io.github.associations.error.HubSpotException;
import io.github.associations.error.HubSpotRateLimitException;
import io.github.associations.error.HubSpotServerException;
import io.github.associations.error.HubSpotTransportException;
import io.github.associations.model.AssociationInput;
import io.github.associations.model.AssociationSpec;
import io.github.associations.model.LabelDefinition;
import io.github.associations.model.Operation;
import io.github.associations.resilience.RetrySettings;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retry follows HubSpot: what is retried, after what wait, how often and for how long.
 */
class RetryTests extends EmulatorTestSupport {

    /** Short backoff without jitter, so that tests run fast and waits are exact. */
    private static final RetrySettings FAST = RetrySettings.defaults()
        .withBackoff(Duration.ofMillis(20), Duration.ofMillis(80), 2.0, 0.0);

    @BeforeEach
    void retryOn() {
        restart((options) -> options, (settings) -> settings.retry(FAST));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = { 502, 503, 504, 521, 523, 524 })
    void serverStatusesHubSpotAsksToRetryAreRetriedWithBackoff(int status) {
        this.emulator.faults().injectNext(EmulatorEndpoint.RECORDS_LIST, 2, Fault.status(status));

        this.template.records().listPage("contacts", "1", "companies", 10, null).block();

        assertThat(requests(EmulatorEndpoint.RECORDS_LIST)).extracting(LoggedRequest::status)
            .containsExactly(status, status, 200);
        assertThat(this.listener.retries).extracting(RecordingListener.Retry::cause)
            .containsExactly("server-error", "server-error");
        assertThat(this.listener.retries).extracting(RecordingListener.Retry::delay)
            .containsExactly(Duration.ofMillis(20), Duration.ofMillis(40));
    }

    @Test
    void htmlGatewayPagesAreRetriedToo() {
        // A batch read with per-input errors answers 207 in v4 (200 in 2026-09).
        restart((options) -> options, (settings) -> settings.retry(FAST).apiVersion(ApiVersion.V4));
        this.emulator.faults().injectNext(EmulatorEndpoint.BATCH_READ, 1, Fault.htmlStatus(502));

        this.template.batch().read("contacts", "companies", List.of("1")).block();

        assertThat(requests(EmulatorEndpoint.BATCH_READ)).extracting(LoggedRequest::status).containsExactly(502, 207);
    }

    @Test
    void connectionsClosedBeforeAResponseAndTimeoutsAreRetriedForIdempotentCalls() {
        restart((options) -> options, (settings) -> settings.retry(FAST).responseTimeout(Duration.ofMillis(300)));
        this.emulator.faults().injectNext(EmulatorEndpoint.RECORDS_ASSOCIATE_DEFAULT, 1, Fault.closeAfterProcessing());
        this.emulator.faults()
            .injectNext(EmulatorEndpoint.RECORDS_ASSOCIATE_DEFAULT, 1, Fault.latency(Duration.ofSeconds(2)));

        this.template.records().associateDefault("contacts", "1", "companies", "2").block();

        assertThat(this.listener.retries).extracting(RecordingListener.Retry::cause)
            .containsExactly("connection", "timeout");
        assertThat(this.sent).hasValue(3);
        assertThat(this.emulator.state().associations("contacts", "1", "companies")).hasSize(1);
    }

    @Test
    void tenSecondlyRateLimitIsRetriedAfterRetryAfter() {
        restart((options) -> options.rateLimit(100, Duration.ofSeconds(10)).retryAfter(Duration.ofSeconds(7)),
                (settings) -> settings.retry(FAST));
        this.emulator.faults().injectNext(EmulatorEndpoint.LABELS_LIST, 1, Fault.tenSecondlyRateLimit());

        StepVerifier.withVirtualTime(() -> this.template.labels().list("contacts", "companies").collectList())
            .expectSubscription()
            .then(() -> awaitRetries(1))
            .expectNoEvent(Duration.ofSeconds(6))
            .thenAwait(Duration.ofSeconds(1))
            .assertNext((labels) -> assertThat(labels).isNotEmpty())
            .verifyComplete();

        assertThat(this.listener.retries).singleElement()
            .isEqualTo(new RecordingListener.Retry(Operation.LABELS_LIST, "rate-limit", Duration.ofSeconds(7)));
        assertThat(requests(EmulatorEndpoint.LABELS_LIST)).extracting(LoggedRequest::status).containsExactly(429, 200);
    }

    @Test
    void withoutRetryAfterTheRateLimitWindowIsAwaited() {
        restart((options) -> options.rateLimit(100, Duration.ofSeconds(10)), (settings) -> settings.retry(FAST));
        this.emulator.faults().injectNext(EmulatorEndpoint.LABELS_LIST, 1, Fault.tenSecondlyRateLimit());

        StepVerifier.withVirtualTime(() -> this.template.labels().list("contacts", "companies").collectList())
            .expectSubscription()
            .then(() -> awaitRetries(1))
            .thenAwait(Duration.ofSeconds(10))
            .assertNext((labels) -> assertThat(labels).isNotEmpty())
            .verifyComplete();

        assertThat(this.listener.retries).singleElement()
            .satisfies((retry) -> assertThat(retry.delay()).isEqualTo(Duration.ofSeconds(10)));
    }

    @Test
    void callsThatAreNotIdempotentAreRepeatedAfterA429() {
        this.emulator.faults().injectNext(EmulatorEndpoint.LABELS_CREATE, 1, Fault.tenSecondlyRateLimit());

        StepVerifier
            .withVirtualTime(() -> this.template.labels()
                .create("contacts", "companies", LabelDefinition.single("billing", "Billing")))
            .expectSubscription()
            .then(() -> awaitRetries(1))
            .thenAwait(Duration.ofSeconds(10))
            .assertNext((created) -> assertThat(created).hasSize(1))
            .verifyComplete();

        assertThat(requests(EmulatorEndpoint.LABELS_CREATE)).extracting(LoggedRequest::status)
            .containsExactly(429, 200);
    }

    @Test
    void callsThatAreNotIdempotentAreNotRepeatedWhenHubSpotMayHaveProcessedThem() {
        this.emulator.faults().injectNext(EmulatorEndpoint.LABELS_CREATE, 1, Fault.serviceUnavailable());
        this.emulator.faults().injectNext(EmulatorEndpoint.USAGE_HIGH_USAGE_REPORT, 1, Fault.closeAfterProcessing());

        ErrorResponsesTests.failure(
                this.template.labels().create("contacts", "companies", LabelDefinition.single("billing", "Billing")),
                HubSpotServerException.class);
        ErrorResponsesTests.failure(this.template.usage().requestHighUsageReport(1), HubSpotTransportException.class);

        assertThat(requests(EmulatorEndpoint.LABELS_CREATE)).hasSize(1);
        assertThat(this.sent).hasValue(2);
        assertThat(this.listener.retries).isEmpty();
    }

    @Test
    void callsThatAreNotIdempotentAreRepeatedWhenTheConnectionWasRefused() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        this.template = AssociationsTemplate.builder()
            .privateAppToken("pat-local")
            .listener(this.listener)
            .settings(this.template.getSettings()
                .toBuilder()
                .baseUrl("http://127.0.0.1:" + closedPort)
                .retry(FAST.withLimits(3, Duration.ofSeconds(30)))
                .build())
            .build();

        ErrorResponsesTests.failure(
                this.template.labels().create("contacts", "companies", LabelDefinition.single("billing", "Billing")),
                HubSpotTransportException.class);

        assertThat(this.listener.retries).hasSize(2).allSatisfy((retry) -> {
            assertThat(retry.operation()).isEqualTo(Operation.LABELS_CREATE);
            assertThat(retry.cause()).isEqualTo("connection");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = { 400, 401, 403, 404, 409, 500 })
    void otherStatusesAreNeverRetried(int status) {
        this.emulator.faults().injectNext(EmulatorEndpoint.RECORDS_REMOVE, 1, Fault.status(status));

        ErrorResponsesTests.failure(this.template.records().remove("contacts", "1", "companies", "2"),
                HubSpotException.class);

        assertThat(requests(EmulatorEndpoint.RECORDS_REMOVE)).singleElement()
            .satisfies((request) -> assertThat(request.status()).isEqualTo(status));
        assertThat(this.listener.retries).isEmpty();
    }

    @Test
    void dailyRateLimitIsNeverRetried() {
        this.emulator.faults().injectNext(EmulatorEndpoint.BATCH_CREATE, 1, Fault.dailyRateLimit());

        HubSpotRateLimitException ex = ErrorResponsesTests.failure(
                this.template.batch()
                    .create("contacts", "companies",
                            List.of(AssociationInput.of("1", "2", AssociationSpec.hubSpotDefined(279)))),
                HubSpotRateLimitException.class);

        assertThat(ex.isDailyLimit()).isTrue();
        assertThat(requests(EmulatorEndpoint.BATCH_CREATE)).hasSize(1);
        assertThat(this.listener.retries).isEmpty();
    }

    @Test
    @SuppressWarnings("deprecation") // v3 keeps working until HubSpot stops it
    void attemptsStopAtMaxAttempts() {
        restart((options) -> options, (settings) -> settings.retry(FAST.withLimits(3, Duration.ofSeconds(30))));
        this.emulator.faults().injectNext(EmulatorEndpoint.V3_TYPES, 5, Fault.serviceUnavailable());

        HubSpotServerException ex = ErrorResponsesTests.failure(this.template.v3().types("contacts", "deals").next(),
                HubSpotServerException.class);

        assertThat(ex.getStatus()).isEqualTo(503);
        assertThat(requests(EmulatorEndpoint.V3_TYPES)).hasSize(3);
        assertThat(this.listener.retries).hasSize(2);
    }

    @Test
    void noRetryStartsThatWouldEndBeyondTheTotalTimeBudget() {
        restart((options) -> options.rateLimit(100, Duration.ofSeconds(10)).retryAfter(Duration.ofSeconds(30)),
                (settings) -> settings.retry(FAST.withLimits(5, Duration.ofSeconds(20))));
        this.emulator.faults().injectNext(EmulatorEndpoint.RECORDS_LIST, 1, Fault.tenSecondlyRateLimit());

        HubSpotRateLimitException ex = ErrorResponsesTests.failure(
                this.template.records().listPage("contacts", "1", "companies", 10, null),
                HubSpotRateLimitException.class);

        assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(requests(EmulatorEndpoint.RECORDS_LIST)).hasSize(1);
        assertThat(this.listener.retries).isEmpty();
    }

    @Test
    void retriesCanBeTurnedOff() {
        restart((options) -> options, (settings) -> settings.retry(RetrySettings.disabled()));
        this.emulator.faults().injectNext(EmulatorEndpoint.RECORDS_LIST, 1, Fault.serviceUnavailable());

        ErrorResponsesTests.failure(this.template.records().listPage("contacts", "1", "companies", 10, null),
                HubSpotServerException.class);

        assertThat(requests(EmulatorEndpoint.RECORDS_LIST)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = { 400, 401, 403, 404 })
    void anApplicationRetryConfiguredToRetryEverythingStillNeverRepeatsWhatHubSpotRulesOut(int status) {
        AssociationsTemplate template = withApplicationRetry(retryingEverything());
        this.emulator.faults().injectNext(EmulatorEndpoint.RECORDS_REMOVE, 1, Fault.status(status));

        ErrorResponsesTests.failure(template.records().remove("contacts", "1", "companies", "2"),
                HubSpotException.class);

        assertThat(requests(EmulatorEndpoint.RECORDS_REMOVE)).singleElement()
            .satisfies((request) -> assertThat(request.status()).isEqualTo(status));
        assertThat(this.listener.retries).isEmpty();
    }

    @Test
    void anApplicationRetryConfiguredToRetryEverythingNeverRetriesADaily429NorRepeatsAProcessedCreate() {
        AssociationsTemplate template = withApplicationRetry(retryingEverything());
        this.emulator.faults().injectNext(EmulatorEndpoint.BATCH_CREATE, 1, Fault.dailyRateLimit());
        this.emulator.faults().injectNext(EmulatorEndpoint.LABELS_CREATE, 1, Fault.serviceUnavailable());

        ErrorResponsesTests.failure(
                template.batch()
                    .create("contacts", "companies",
                            List.of(AssociationInput.of("1", "2", AssociationSpec.hubSpotDefined(279)))),
                HubSpotRateLimitException.class);
        // Another template: after a daily 429 the first one sends nothing until the
        // reset.
        ErrorResponsesTests.failure(
                withApplicationRetry(retryingEverything()).labels()
                    .create("contacts", "companies", LabelDefinition.single("billing", "Billing")),
                HubSpotServerException.class);

        assertThat(requests(EmulatorEndpoint.BATCH_CREATE)).hasSize(1);
        assertThat(requests(EmulatorEndpoint.LABELS_CREATE)).hasSize(1);
        assertThat(this.listener.retries).isEmpty();
    }

    @Test
    void anApplicationRetrysA429WaitsForHubSpotsWindowNotForTheConfiguredWait() {
        restart((options) -> options.rateLimit(100, Duration.ofSeconds(10)).retryAfter(Duration.ofSeconds(7)),
                (settings) -> settings.retry(FAST));
        AssociationsTemplate template = withApplicationRetry(retryingEverything());
        this.emulator.faults().injectNext(EmulatorEndpoint.LABELS_LIST, 1, Fault.tenSecondlyRateLimit());

        StepVerifier.withVirtualTime(() -> template.labels().list("contacts", "companies").collectList())
            .expectSubscription()
            .then(() -> awaitRetries(1))
            .expectNoEvent(Duration.ofSeconds(6))
            .thenAwait(Duration.ofSeconds(1))
            .assertNext((labels) -> assertThat(labels).isNotEmpty())
            .verifyComplete();

        assertThat(this.listener.retries).singleElement()
            .isEqualTo(new RecordingListener.Retry(Operation.LABELS_LIST, "rate-limit", Duration.ofSeconds(7)));
        assertThat(requests(EmulatorEndpoint.LABELS_LIST)).extracting(LoggedRequest::status).containsExactly(429, 200);
    }

    @Test
    void anApplicationRetryKeepsItsAttemptsAndBackoffForWhatHubSpotRetries() {
        AssociationsTemplate template = withApplicationRetry(
                Retry.of("hubspot", RetryConfig.custom().maxAttempts(2).waitDuration(Duration.ofMillis(30)).build()));
        this.emulator.faults().injectNext(EmulatorEndpoint.V3_TYPES, 5, Fault.serviceUnavailable());

        ErrorResponsesTests.failure(template.v3().types("contacts", "deals").next(), HubSpotServerException.class);

        assertThat(requests(EmulatorEndpoint.V3_TYPES)).hasSize(2);
        assertThat(this.listener.retries).singleElement()
            .isEqualTo(new RecordingListener.Retry(Operation.V3_TYPES, "server-error", Duration.ofMillis(30)));
    }

    /**
     * A Resilience4j retry as an application might configure it for everything it calls:
     * every failure retried, quickly.
     */
    private static Retry retryingEverything() {
        return Retry.of("hubspot",
                RetryConfig.custom()
                    .maxAttempts(5)
                    .waitDuration(Duration.ofMillis(1))
                    .retryOnException((failure) -> true)
                    .build());
    }

    /**
     * A template pointed at the emulator that uses the given retry, as the
     * auto-configuration passes an application's own.
     */
    private AssociationsTemplate withApplicationRetry(Retry retry) {
        return AssociationsTemplate.builder()
            .privateAppToken(this.emulator.privateAppToken())
            .listener(this.listener)
            .settings(this.template.getSettings())
            .retry(retry)
            .build();
    }

    private void awaitRetries(int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (this.listener.retries.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No retry was reported within 10 s");
            }
            Thread.onSpinWait();
        }
    }

}
