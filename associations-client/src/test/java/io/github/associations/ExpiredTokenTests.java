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

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.LoggedRequest;
import io.github.associations.client.AccessTokenProvider;
import io.github.associations.error.HubSpotAuthenticationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code 401 EXPIRED_AUTHENTICATION} makes the client ask its token provider for a
 * fresh token and repeat the call once; a second 401 is an error, and a provider that
 * cannot renew gets no repeat.
 */
class ExpiredTokenTests extends EmulatorTestSupport {

    @BeforeEach
    void oauthEmulator() {
        restart((options) -> options.oauthClient("client-id", "client-secret", "refresh-token"),
                (settings) -> settings);
    }

    @Test
    void expiredTokenIsRenewedOnceAndTheCallRepeated() {
        EmulatorTokenProvider tokens = new EmulatorTokenProvider(true);
        AssociationsOperations hubSpot = template(tokens);
        String first = tokens.getAccessToken().block();
        this.emulator.tokens().expireAccessTokens();

        hubSpot.records().associateDefault("contacts", "1", "companies", "2").block();

        List<LoggedRequest> calls = requests(EmulatorEndpoint.RECORDS_ASSOCIATE_DEFAULT);
        assertThat(calls).extracting(LoggedRequest::status).containsExactly(401, 200);
        assertThat(calls.get(0).bearerToken()).isEqualTo(first);
        assertThat(calls.get(1).bearerToken()).isNotEqualTo(first).isEqualTo(tokens.current.get());
        assertThat(tokens.invalidations).hasValue(1);
        assertThat(this.emulator.tokens().requestCount()).isEqualTo(2);
    }

    @Test
    void aSecondExpiredAnswerIsAnError() {
        EmulatorTokenProvider issuer = new EmulatorTokenProvider(true);
        String first = issuer.getAccessToken().block();
        issuer.current.set(null);
        String second = issuer.getAccessToken().block();
        this.emulator.tokens().expireAccessTokens();
        // A broken provider: it renews into a token that has expired too.
        AtomicReference<String> handedOut = new AtomicReference<>(first);
        AccessTokenProvider tokens = new AccessTokenProvider() {
            @Override
            public Mono<String> getAccessToken() {
                return Mono.fromSupplier(handedOut::get);
            }

            @Override
            public boolean invalidate(String rejectedToken) {
                return handedOut.compareAndSet(first, second);
            }
        };

        HubSpotAuthenticationException ex = ErrorResponsesTests.failure(
                template(tokens).records().remove("contacts", "1", "companies", "2"),
                HubSpotAuthenticationException.class);

        assertThat(ex.isExpired()).isTrue();
        assertThat(requests(EmulatorEndpoint.RECORDS_REMOVE)).extracting(LoggedRequest::bearerToken)
            .containsExactly(first, second);
    }

    @Test
    void aProviderThatCannotRenewGetsNoRepeat() {
        EmulatorTokenProvider tokens = new EmulatorTokenProvider(false);
        AssociationsOperations hubSpot = template(tokens);
        tokens.getAccessToken().block();
        this.emulator.tokens().expireAccessTokens();

        ErrorResponsesTests.failure(hubSpot.labels().list("contacts", "companies").next(),
                HubSpotAuthenticationException.class);

        assertThat(requests(EmulatorEndpoint.LABELS_LIST)).hasSize(1);
        assertThat(tokens.invalidations).hasValue(1);
    }

    @Test
    void invalidTokensAreNotRenewed() {
        EmulatorTokenProvider tokens = new EmulatorTokenProvider(true);
        tokens.current.set("not-a-token");

        ErrorResponsesTests.failure(template(tokens).labels().list("contacts", "companies").next(),
                HubSpotAuthenticationException.class);

        assertThat(requests(EmulatorEndpoint.LABELS_LIST)).hasSize(1);
        assertThat(tokens.invalidations).hasValue(0);
    }

    @Test
    void aProviderFailureIsAnAuthenticationErrorNamingTheOperation() {
        AccessTokenProvider failing = () -> Mono.error(new IllegalStateException("check hubspot.oauth.refresh-token"));

        HubSpotAuthenticationException ex = ErrorResponsesTests
            .failure(template(failing).usage().requestHighUsageReport(5), HubSpotAuthenticationException.class);

        assertThat(ex.getMessage()).isEqualTo("HubSpot usage.high-usage-report could not get an access token: "
                + "check hubspot.oauth.refresh-token");
        assertThat(this.emulator.requests().count()).isZero();
    }

    private AssociationsOperations template(AccessTokenProvider tokens) {
        return AssociationsTemplate.builder().accessTokenProvider(tokens).settings(this.template.getSettings()).build();
    }

    /**
     * Gets access tokens from the emulator's OAuth token endpoint and keeps the current
     * one.
     */
    class EmulatorTokenProvider implements AccessTokenProvider {

        final AtomicReference<String> current = new AtomicReference<>();

        final AtomicInteger invalidations = new AtomicInteger();

        private final boolean canRenew;

        EmulatorTokenProvider(boolean canRenew) {
            this.canRenew = canRenew;
        }

        @Override
        public Mono<String> getAccessToken() {
            String token = this.current.get();
            if (token != null) {
                return Mono.just(token);
            }
            return WebClient.create(ExpiredTokenTests.this.emulator.baseUrl())
                .post()
                .uri("/oauth/2026-09/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "refresh_token")
                    .with("refresh_token", "refresh-token")
                    .with("client_id", "client-id")
                    .with("client_secret", "client-secret"))
                .retrieve()
                .bodyToMono(JsonNode.class)
                .map((body) -> body.get("access_token").asString())
                .doOnNext(this.current::set);
        }

        @Override
        public boolean invalidate(String rejectedToken) {
            this.invalidations.incrementAndGet();
            this.current.compareAndSet(rejectedToken, null);
            return this.canRenew;
        }

    }

}
