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

import io.github.associations.emulator.control.ApiVersion;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.emulator.control.Fault;
import io.github.associations.emulator.control.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The dated OAuth endpoints ({@code /oauth/2026-03/token}, {@code /oauth/2026-09/token},
 * each with {@code /introspect} and {@code /revoke}): parameters in the form body only,
 * RFC 6749 errors with HubSpot's status and message beside them, and v1's token fields.
 */
class DatedOAuthTokenTests {

    private static final String R1 = "/crm/v4/objects/contacts/1/associations/companies";

    private static final String REFRESH = "grant_type=refresh_token&refresh_token=refresh-1&client_id=client-1"
            + "&client_secret=secret-1";

    private static final String CLIENT = "client_id=client-1&client_secret=secret-1";

    private final MutableClock clock = MutableClock.at("2026-10-01T12:00:00Z");

    private final FakeBackend fake = new FakeBackend();

    private final HubSpotEmulator emulator = HubSpotEmulator.start(EmulatorOptions.builder()
        .clock(this.clock)
        .portalId(4242)
        .oauthClient("client-1", "secret-1", "refresh-1")
        .oauthClient("client-2", "secret-2", "refresh-2")
        .build(), this.fake.backend());

    private final TestHttp http = new TestHttp(this.emulator.baseUrl());

    @AfterEach
    void close() {
        this.emulator.close();
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-03", "2026-09" })
    void refreshAnswersEveryFieldOfV1sTokenResponse(String version) {
        TestHttp.Reply reply = this.http.form("/oauth/" + version + "/token", REFRESH);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.properties()).extracting((entry) -> entry.getKey())
            .containsExactly("access_token", "refresh_token", "expires_in", "token_type", "token_use", "hub_id",
                    "scopes", "user_id");
        assertThat(body.get("refresh_token").asString()).isEqualTo("refresh-1");
        assertThat(body.get("expires_in").asLong()).isEqualTo(1800);
        assertThat(body.get("token_type").asString()).isEqualTo("bearer");
        assertThat(body.get("token_use").asString()).isEqualTo("access_token");
        assertThat(body.get("hub_id").asLong()).isEqualTo(4242);
        assertThat(body.get("scopes").isArray()).isTrue();
        assertThat(body.get("user_id").isNumber()).isTrue();
        assertThat(this.http.get(R1, body.get("access_token").asString()).status()).isEqualTo(200);
        assertThat(this.emulator.tokens().requestCount()).isEqualTo(1);
        assertThat(this.emulator.tokens().issuedCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/token", "/token/introspect", "/token/revoke" })
    void anyParameterInTheQueryStringIsRefused(String endpoint) {
        TestHttp.Reply reply = this.http.form("/oauth/2026-09" + endpoint + "?client_id=client-1",
                REFRESH + "&token=refresh-1");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().properties()).extracting((entry) -> entry.getKey())
            .containsExactly("error", "error_description", "status", "message");
        assertThat(reply.json().get("error").asString()).isEqualTo("invalid_request");
        assertThat(reply.json().get("status").asString()).isEqualTo("INVALID_REQUEST");
        assertThat(this.emulator.tokens().issuedCount()).isZero();
    }

    @Test
    void aBadRefreshTokenIsAnInvalidGrantWithHubSpotsStatusBeside() {
        TestHttp.Reply reply = this.http.form("/oauth/2026-09/token",
                "grant_type=refresh_token&refresh_token=nope&" + CLIENT);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).isEqualTo("{\"error\":\"invalid_grant\",\"error_description\":"
                + "\"missing or invalid refresh token\",\"status\":\"BAD_REFRESH_TOKEN\","
                + "\"message\":\"missing or invalid refresh token\"}");
    }

    @Test
    void otherRefusalsFollowRfc6749() {
        assertError(
                this.http.form("/oauth/2026-03/token",
                        "grant_type=refresh_token&refresh_token=refresh-1&client_id=other&client_secret=secret-1"),
                "invalid_client", "BAD_CLIENT_ID");
        assertError(
                this.http.form("/oauth/2026-03/token",
                        "grant_type=refresh_token&refresh_token=refresh-1&client_id=client-1&client_secret=wrong"),
                "invalid_client", "BAD_CLIENT_SECRET");
        assertError(this.http.form("/oauth/2026-03/token", "grant_type=authorization_code&code=x&" + CLIENT),
                "unsupported_grant_type", "BAD_GRANT_TYPE");
        assertError(
                this.http.form("/oauth/2026-03/token", "grant_type=refresh_token&refresh_token=refresh-2&" + CLIENT),
                "invalid_grant", "BAD_REFRESH_TOKEN");
        assertThat(this.emulator.tokens().requestCount()).isEqualTo(4);
    }

    private static void assertError(TestHttp.Reply reply, String error, String status) {
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asString()).isEqualTo(error);
        assertThat(reply.json().get("status").asString()).isEqualTo(status);
        assertThat(reply.json().get("error_description").asString()).isEqualTo(reply.json().get("message").asString());
    }

    @Test
    void introspectDescribesTheClientsActiveTokens() {
        String accessToken = this.http.form("/oauth/2026-09/token", REFRESH).json().get("access_token").asString();

        JsonNode active = this.http.form("/oauth/2026-09/token/introspect", CLIENT + "&token=" + accessToken).json();
        assertThat(active.get("active").asBoolean()).isTrue();
        assertThat(active.get("client_id").asString()).isEqualTo("client-1");
        assertThat(active.get("token_use").asString()).isEqualTo("access_token");
        assertThat(active.get("hub_id").asLong()).isEqualTo(4242);
        assertThat(active.get("exp").asLong()).isEqualTo(this.clock.instant().plusSeconds(1800).getEpochSecond());

        JsonNode refresh = this.http.form("/oauth/2026-03/token/introspect", CLIENT + "&token=refresh-1").json();
        assertThat(refresh.get("active").asBoolean()).isTrue();
        assertThat(refresh.get("token_use").asString()).isEqualTo("refresh_token");

        assertThat(this.http.form("/oauth/2026-09/token/introspect", CLIENT + "&token=refresh-2").body())
            .as("another client's token")
            .isEqualTo("{\"active\":false}");
        assertThat(this.http.form("/oauth/2026-09/token/introspect", CLIENT + "&token=unknown").body())
            .isEqualTo("{\"active\":false}");
        this.clock.advance(Duration.ofSeconds(1800));
        assertThat(this.http.form("/oauth/2026-09/token/introspect", CLIENT + "&token=" + accessToken).body())
            .as("expired")
            .isEqualTo("{\"active\":false}");
    }

    @Test
    void introspectAndRevokeAuthenticateTheClient() {
        assertError(
                this.http.form("/oauth/2026-09/token/introspect",
                        "client_id=client-1&client_secret=wrong&token=refresh-1"),
                "invalid_client", "BAD_CLIENT_SECRET");
        assertError(this.http.form("/oauth/2026-09/token/revoke", "client_id=nobody&client_secret=x&token=refresh-1"),
                "invalid_client", "BAD_CLIENT_ID");
        assertError(this.http.form("/oauth/2026-09/token/revoke", CLIENT), "invalid_request", "INVALID_REQUEST");
    }

    @Test
    void revokedAccessTokensNoLongerAuthenticateAndRevokedRefreshTokensNoLongerRefresh() {
        String accessToken = this.http.form("/oauth/2026-09/token", REFRESH).json().get("access_token").asString();
        String other = this.http.form("/oauth/2026-09/token", REFRESH).json().get("access_token").asString();

        TestHttp.Reply revoked = this.http.form("/oauth/2026-09/token/revoke", CLIENT + "&token=" + accessToken);
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.body()).isEmpty();
        TestHttp.Reply call = this.http.get(R1, accessToken);
        assertThat(call.status()).isEqualTo(401);
        assertThat(call.json().get("category").asString()).isEqualTo("INVALID_AUTHENTICATION");

        assertThat(this.http.form("/oauth/2026-03/token/revoke", CLIENT + "&token=refresh-1").status()).isEqualTo(200);
        assertError(this.http.form("/oauth/2026-09/token", REFRESH), "invalid_grant", "BAD_REFRESH_TOKEN");
        assertThat(this.http.get(R1, other).status()).as("access tokens issued before stay valid").isEqualTo(200);
        assertThat(this.http.form("/oauth/2026-03/token/revoke", CLIENT + "&token=unknown").status()).isEqualTo(200);
    }

    @Test
    void v1KeepsItsOwnBodiesBesideTheDatedEndpoints() {
        TestHttp.Reply v1 = this.http.form("/oauth/v1/token", "grant_type=refresh_token&refresh_token=nope&" + CLIENT);

        assertThat(v1.body())
            .isEqualTo("{\"status\":\"BAD_REFRESH_TOKEN\",\"message\":\"missing or invalid refresh token\"}");
        assertThat(this.http.form("/oauth/v1/token", REFRESH).json().properties()).extracting((entry) -> entry.getKey())
            .containsExactly("token_type", "refresh_token", "access_token", "expires_in");
    }

    @Test
    void eachOAuthRequestIsLoggedWithItsVersion() {
        this.http.form("/oauth/v1/token", REFRESH);
        this.http.form("/oauth/2026-03/token", REFRESH);
        this.http.form("/oauth/2026-09/token/introspect", CLIENT + "&token=refresh-1");
        this.http.form("/oauth/2026-09/token/revoke", CLIENT + "&token=nothing");

        assertThat(this.emulator.requests().all()).extracting(LoggedRequest::endpoint, LoggedRequest::apiVersion)
            .containsExactly(tuple(EmulatorEndpoint.OAUTH_TOKEN, ApiVersion.V1),
                    tuple(EmulatorEndpoint.OAUTH_TOKEN, ApiVersion.V2026_03),
                    tuple(EmulatorEndpoint.OAUTH_INTROSPECT, ApiVersion.V2026_09),
                    tuple(EmulatorEndpoint.OAUTH_REVOKE, ApiVersion.V2026_09));
        assertThat(this.emulator.tokens().requestCount()).isEqualTo(2);
    }

    @Test
    void faultsAimedAtTheTokenEndpointHitItsDatedPaths() {
        this.emulator.faults().injectNext(EmulatorEndpoint.OAUTH_TOKEN, 1, Fault.serviceUnavailable());
        this.emulator.faults().injectNext(1, Fault.internalError());

        assertThat(this.http.form("/oauth/2026-09/token", REFRESH).status()).isEqualTo(503);
        assertThat(this.http.form("/oauth/2026-09/token", REFRESH).status())
            .as("faults for any endpoint leave the OAuth endpoints alone")
            .isEqualTo(200);
    }

}
