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

import java.time.Duration;
import java.util.List;

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.emulator.control.LoggedRequest;
import io.github.associations.error.HubSpotAuthenticationException;
import io.github.associations.model.AssociationPage;
import io.github.associations.model.Operation;
import io.github.associations.oauth.RefreshTokenAccessTokenProvider;
import io.github.associations.resilience.RateLimitKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The template with the OAuth provider of the {@code oauth} package against the emulator,
 * without Spring Boot: a plain WebFlux application's setup, the provider finding the
 * token endpoint of the default API version at the emulator's base URL. The emulator and
 * the provider share a clock that the tests move.
 */
class OAuthTemplateTests extends EmulatorTestSupport {

    private static final String CLIENT_ID = "client-1";

    private static final String CLIENT_SECRET = "client-secret-1";

    private static final String REFRESH_TOKEN = "refresh-token-1";

    private static final Duration LIFETIME = Duration.ofMinutes(30);

    private static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofSeconds(60);

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");

    /** Enough connections for every concurrent call, none waiting in a bounded queue. */
    private final ConnectionProvider connections = ConnectionProvider.builder("oauth-template-tests")
        .maxConnections(64)
        .pendingAcquireMaxCount(-1)
        .build();

    private AssociationsOperations hubSpot;

    private RefreshTokenAccessTokenProvider tokens;

    @BeforeEach
    void oauthEmulatorAndTemplate() {
        restart((options) -> options.oauthClient(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN)
            .accessTokenLifetime(LIFETIME)
            .clock(this.clock), (settings) -> settings);
        this.tokens = RefreshTokenAccessTokenProvider.builder()
            .clientId(CLIENT_ID)
            .clientSecret(CLIENT_SECRET)
            .refreshToken(REFRESH_TOKEN)
            .baseUrl(this.emulator.baseUrl())
            .refreshBeforeExpiry(REFRESH_BEFORE_EXPIRY)
            .clock(this.clock)
            .build();
        this.hubSpot = AssociationsTemplate.builder()
            .webClient(WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(HttpClient.create(this.connections)))
                .build())
            .accessTokenProvider(this.tokens)
            .settings(this.template.getSettings())
            .build();
    }

    @AfterEach
    void closeConnections() {
        this.connections.dispose();
    }

    @Test
    void aSharedStoreCountsAPublicAppPerAppAndTheAccountTheTokenEndpointNamed() {
        // HubSpot's burst window belongs to the app in one account, the daily quota to
        // the account: every instance of the app in that account shares both
        RateLimitKeys keys = this.tokens.rateLimitKeys();

        String account = Long.toString(EmulatorOptions.defaults().portalId());
        assertThat(keys.burstWindow().block(TIMEOUT)).isEqualTo("oauth-app:" + CLIENT_ID + ":" + account);
        assertThat(keys.dailyQuota().block(TIMEOUT)).isEqualTo("account:" + account);
        assertThat(keys.burstWindow().block(TIMEOUT)).doesNotContain(CLIENT_SECRET, REFRESH_TOKEN);
        assertThat(this.emulator.requests().all()).filteredOn((request) -> request.path().contains("/token"))
            .as("one token request, shared by both keys")
            .hasSize(1);
    }

    @Test
    void anAccessTokenIsRefreshedBeforeItExpires() {
        list();
        this.clock.advance(LIFETIME.minus(REFRESH_BEFORE_EXPIRY));
        list();
        assertThat(tokenRequests()).as("still fresh enough").isEqualTo(1);

        this.clock.advance(Duration.ofSeconds(1));
        list();

        assertThat(tokenRequests()).isEqualTo(2);
        List<LoggedRequest> calls = requests(EmulatorEndpoint.RECORDS_LIST);
        assertThat(calls).extracting(LoggedRequest::status).as("no call met an expired token").containsOnly(200);
        assertThat(calls.get(2).bearerToken()).isNotEqualTo(calls.get(0).bearerToken());
        assertThat(calls.get(1).bearerToken()).isEqualTo(calls.get(0).bearerToken());
    }

    @Test
    void twoHundredConcurrentCallsWithAnExpiredTokenCauseOneTokenRequest() {
        list();
        this.clock.advance(LIFETIME);

        List<AssociationPage> pages = Flux.range(0, 200)
            .flatMap((i) -> this.hubSpot.records().listPage("contacts", "1", "companies", 10, null), 200)
            .collectList()
            .block(TIMEOUT);

        assertThat(pages).hasSize(200);
        assertThat(tokenRequests()).as("one refresh shared by the 200 calls").isEqualTo(2);
        List<LoggedRequest> calls = requests(EmulatorEndpoint.RECORDS_LIST);
        assertThat(calls).hasSize(201).extracting(LoggedRequest::status).containsOnly(200);
        assertThat(calls.subList(1, 201)).extracting(LoggedRequest::bearerToken)
            .containsOnly(calls.get(200).bearerToken());
    }

    @Test
    void aCallAnsweredExpiredAuthenticationIsRepeatedOnceWithAFreshToken() {
        list();
        this.emulator.tokens().expireAccessTokens();

        list();

        List<LoggedRequest> calls = requests(EmulatorEndpoint.RECORDS_LIST);
        assertThat(calls).extracting(LoggedRequest::status).containsExactly(200, 401, 200);
        assertThat(calls.get(1).bearerToken()).isEqualTo(calls.get(0).bearerToken());
        assertThat(calls.get(2).bearerToken()).isNotEqualTo(calls.get(1).bearerToken());
        assertThat(tokenRequests()).isEqualTo(2);
    }

    @Test
    void aRejectedRefreshTokenFailsTheCallWithTheAuthenticationErrorNamingTheRefreshTokenSetting() {
        AssociationsOperations hubSpot = AssociationsTemplate.builder()
            .accessTokenProvider(RefreshTokenAccessTokenProvider.builder()
                .clientId(CLIENT_ID)
                .clientSecret(CLIENT_SECRET)
                .refreshToken("refresh-token-unknown")
                .baseUrl(this.emulator.baseUrl())
                .clock(this.clock)
                .build())
            .settings(this.template.getSettings())
            .build();

        HubSpotAuthenticationException ex = ErrorResponsesTests.failure(
                hubSpot.records().listPage("contacts", "1", "companies", 10, null),
                HubSpotAuthenticationException.class);

        assertThat(ex.getOperation()).isEqualTo(Operation.RECORDS_LIST);
        assertThat(ex.getMessage())
            .startsWith("HubSpot records.list could not get an access token: HubSpot rejected "
                    + "the OAuth refresh token. Check refreshToken: it must be a refresh token granted to the app of "
                    + "clientId (400 invalid_grant")
            .doesNotContain("refresh-token-unknown", CLIENT_SECRET);
        assertThat(requests(EmulatorEndpoint.OAUTH_TOKEN)).singleElement().satisfies((request) -> {
            assertThat(request.path()).isEqualTo("/oauth/2026-09/token");
            assertThat(request.query()).isNull();
        });
        assertThat(requests(EmulatorEndpoint.RECORDS_LIST)).isEmpty();
    }

    private void list() {
        this.hubSpot.records().listPage("contacts", "1", "companies", 10, null).block(TIMEOUT);
    }

    private int tokenRequests() {
        return requests(EmulatorEndpoint.OAUTH_TOKEN).size();
    }

}
