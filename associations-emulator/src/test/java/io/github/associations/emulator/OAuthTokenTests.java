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

package io.github.associations.emulator;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorOptions;
import io.netty.handler.codec.http.HttpMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OAuth token endpoint and the lifetime of the access tokens it issues (facts §4).
 */
class OAuthTokenTests {

    private static final String R1 = "/crm/v4/objects/contacts/1/associations/companies";

    private static final String REFRESH = "grant_type=refresh_token&refresh_token=refresh-1&client_id=client-1"
            + "&client_secret=secret-1";

    private final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");

    private final FakeBackend fake = new FakeBackend();

    private HubSpotEmulator emulator = start(EmulatorOptions.builder());

    private TestHttp http = new TestHttp(this.emulator.baseUrl());

    private HubSpotEmulator start(EmulatorOptions.Builder options) {
        return HubSpotEmulator.start(options.clock(this.clock)
            .oauthClient("client-1", "secret-1", "refresh-1")
            .oauthClient("client-2", "secret-2", "refresh-2")
            .build(), this.fake.backend());
    }

    private void restart(EmulatorOptions.Builder options) {
        this.emulator.close();
        this.emulator = start(options);
        this.http = new TestHttp(this.emulator.baseUrl());
    }

    @AfterEach
    void close() {
        this.emulator.close();
    }

    @Test
    void refreshIssuesAnAccessTokenThatAuthenticatesWithoutDailyHeaders() {
        TestHttp.Reply token = this.http.form("/oauth/v1/token", REFRESH);

        assertThat(token.status()).isEqualTo(200);
        assertThat(token.header("Content-Type")).isEqualTo("application/json;charset=utf-8");
        JsonNode body = token.json();
        assertThat(body.properties()).extracting((entry) -> entry.getKey())
            .containsExactly("token_type", "refresh_token", "access_token", "expires_in");
        assertThat(body.get("token_type").asString()).isEqualTo("bearer");
        assertThat(body.get("refresh_token").asString()).isEqualTo("refresh-1");
        assertThat(body.get("expires_in").asLong()).isEqualTo(1800);
        TestHttp.Reply reply = this.http.get(R1, body.get("access_token").asString());
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("X-HubSpot-RateLimit-Max")).isEqualTo("100");
        assertThat(reply.header("X-HubSpot-RateLimit-Remaining")).isEqualTo("99");
        assertThat(reply.header("X-HubSpot-RateLimit-Interval-Milliseconds")).isEqualTo("10000");
        assertThat(reply.header("X-HubSpot-RateLimit-Daily")).isNull();
        assertThat(reply.header("X-HubSpot-RateLimit-Daily-Remaining")).isNull();
        assertThat(this.emulator.tokens().requestCount()).isEqualTo(1);
        assertThat(this.emulator.tokens().issuedCount()).isEqualTo(1);
    }

    @Test
    void eachRefreshIssuesANewAccessToken() {
        String first = accessToken();
        String second = accessToken();

        assertThat(first).isNotEqualTo(second);
        assertThat(this.http.get(R1, first).status()).isEqualTo(200);
        assertThat(this.http.get(R1, second).status()).isEqualTo(200);
    }

    @Test
    void accessTokenExpiresAfterItsConfiguredLifetimeByTheClock() {
        restart(EmulatorOptions.builder().accessTokenLifetime(Duration.ofSeconds(60)));
        TestHttp.Reply token = this.http.form("/oauth/v1/token", REFRESH);
        assertThat(token.json().get("expires_in").asLong()).isEqualTo(60);
        String accessToken = token.json().get("access_token").asString();

        this.clock.advance(Duration.ofSeconds(59));
        assertThat(this.http.get(R1, accessToken).status()).isEqualTo(200);

        this.clock.advance(Duration.ofSeconds(1));
        TestHttp.Reply expired = this.http.get(R1, accessToken);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.header("x-hubspot-auth-failure")).isEqualTo("401 Unauthorized");
        JsonNode body = expired.json();
        assertThat(body.get("status").asString()).isEqualTo("error");
        assertThat(body.get("category").asString()).isEqualTo("EXPIRED_AUTHENTICATION");
        assertThat(body.get("message").asString())
            .isEqualTo("The OAuth token used to make this call expired 0 day(s) ago.");
        assertThat(body.get("context").get("expire time").get(0).asString()).isEqualTo("2026-03-01T12:01:00Z");
        assertThat(body.get("correlationId").asString()).isEqualTo(expired.header("X-HubSpot-Correlation-Id"));

        this.clock.advance(Duration.ofDays(3));
        assertThat(this.http.get(R1, accessToken).json().get("message").asString())
            .isEqualTo("The OAuth token used to make this call expired 3 day(s) ago.");
        assertThat(this.http.get(R1, "pat-local").status()).as("private-app tokens never expire").isEqualTo(200);
    }

    @Test
    void expireAccessTokensExpiresEveryIssuedTokenNow() {
        String accessToken = accessToken();

        this.emulator.tokens().expireAccessTokens();

        TestHttp.Reply reply = this.http.get(R1, accessToken);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("category").asString()).isEqualTo("EXPIRED_AUTHENTICATION");
        assertThat(this.http.get(R1, accessToken()).status()).as("tokens issued afterwards are fresh").isEqualTo(200);
    }

    @Test
    void wrongRefreshTokenGetsBadRefreshToken() {
        assertBadRequest(
                this.http.form("/oauth/v1/token",
                        "grant_type=refresh_token&refresh_token=nope&client_id=client-1&client_secret=secret-1"),
                "BAD_REFRESH_TOKEN", "missing or invalid refresh token");
        assertBadRequest(
                this.http.form("/oauth/v1/token",
                        "grant_type=refresh_token&refresh_token=refresh-2&client_id=client-1&client_secret=secret-1"),
                "BAD_REFRESH_TOKEN", "missing or invalid refresh token");
        assertBadRequest(
                this.http.form("/oauth/v1/token", "grant_type=refresh_token&client_id=client-1&client_secret=secret-1"),
                "BAD_REFRESH_TOKEN", "missing or invalid refresh token");
    }

    @Test
    void wrongClientOrGrantTypeGets400() {
        assertBadRequest(
                this.http.form("/oauth/v1/token",
                        "grant_type=refresh_token&refresh_token=refresh-1&client_id=other&client_secret=secret-1"),
                "BAD_CLIENT_ID", "missing or unknown client id");
        assertBadRequest(
                this.http.form("/oauth/v1/token",
                        "grant_type=refresh_token&refresh_token=refresh-1&client_id=client-1&client_secret=wrong"),
                "BAD_CLIENT_SECRET", "missing or invalid client secret");
        assertBadRequest(
                this.http.form("/oauth/v1/token",
                        "grant_type=authorization_code&code=x&client_id=client-1&client_secret=secret-1"),
                "BAD_GRANT_TYPE", "missing or unsupported grant type");
        assertThat(this.emulator.tokens().requestCount()).isEqualTo(3);
        assertThat(this.emulator.tokens().issuedCount()).isZero();
    }

    @Test
    void tokenEndpointIsNeitherAuthenticatedNorRateLimited() {
        restart(EmulatorOptions.builder().rateLimit(1, Duration.ofSeconds(10)));

        for (int i = 0; i < 5; i++) {
            TestHttp.Reply reply = this.http.form("/oauth/v1/token", REFRESH);
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.header("X-HubSpot-RateLimit-Max")).isNull();
        }
    }

    @Test
    void concurrentRefreshesAreAllServedAndCounted() {
        int refreshes = 200;

        List<TestHttp.Reply> replies = Flux.range(0, refreshes)
            .flatMap((i) -> this.http.exchange(HttpMethod.POST, "/oauth/v1/token", null, REFRESH,
                    "application/x-www-form-urlencoded"), 32)
            .collectList()
            .block(Duration.ofSeconds(30));

        assertThat(replies).hasSize(refreshes).allSatisfy((reply) -> assertThat(reply.status()).isEqualTo(200));
        Set<String> accessTokens = replies.stream()
            .map((reply) -> reply.json().get("access_token").asString())
            .collect(Collectors.toSet());
        assertThat(accessTokens).hasSize(refreshes);
        assertThat(this.emulator.tokens().requestCount()).isEqualTo(refreshes);
        assertThat(this.emulator.tokens().issuedCount()).isEqualTo(refreshes);
        assertThat(this.emulator.requests().count(EmulatorEndpoint.OAUTH_TOKEN)).isEqualTo(refreshes);
    }

    @Test
    void rotatedRefreshTokenReplacesTheOneUsed() {
        restart(EmulatorOptions.builder().rotateRefreshTokens(true));

        TestHttp.Reply first = this.http.form("/oauth/v1/token", REFRESH);
        String rotated = first.json().get("refresh_token").asString();

        assertThat(rotated).isNotEqualTo("refresh-1");
        assertBadRequest(this.http.form("/oauth/v1/token", REFRESH), "BAD_REFRESH_TOKEN",
                "missing or invalid refresh token");
        assertThat(this.http.form("/oauth/v1/token", REFRESH.replace("refresh-1", rotated)).status()).isEqualTo(200);
    }

    @Test
    void oauthCallsCountPerClientInTheirOwnWindow() {
        restart(EmulatorOptions.builder().rateLimit(2, Duration.ofSeconds(10)));
        String first = accessToken();
        String second = accessToken();
        String otherClient = this.http
            .form("/oauth/v1/token",
                    "grant_type=refresh_token&refresh_token=refresh-2&client_id=client-2&client_secret=secret-2")
            .json()
            .get("access_token")
            .asString();

        assertThat(this.http.get(R1, first).status()).isEqualTo(200);
        assertThat(this.http.get(R1, second).status()).as("same client, same window").isEqualTo(200);
        TestHttp.Reply limited = this.http.get(R1, first);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().get("groupName").asString())
            .isEqualTo("publicapi:oauth-api-calls-ten-secondly:1000002:1234567");
        assertThat(limited.header("X-HubSpot-RateLimit-Daily")).isNull();
        assertThat(this.http.get(R1, otherClient).status()).isEqualTo(200);
        assertThat(this.http.get(R1, "pat-local").status()).isEqualTo(200);
        assertThat(this.emulator.rateLimits().remaining(first)).isZero();
        assertThat(this.emulator.rateLimits().remaining("pat-local")).isEqualTo(1);
    }

    private String accessToken() {
        TestHttp.Reply reply = this.http.form("/oauth/v1/token", REFRESH);
        assertThat(reply.status()).isEqualTo(200);
        return reply.json().get("access_token").asString();
    }

    private static void assertBadRequest(TestHttp.Reply reply, String status, String message) {
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("status").asString()).isEqualTo(status);
        assertThat(reply.json().get("message").asString()).isEqualTo(message);
    }

}
