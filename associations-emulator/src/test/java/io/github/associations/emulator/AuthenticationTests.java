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

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorOptions;
import io.netty.handler.codec.http.HttpMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bearer authentication of API endpoints and the 403 for writes with a read-only token
 * (facts §4).
 */
class AuthenticationTests {

    private static final String R1 = "/crm/v4/objects/contacts/1/associations/companies";

    private static final String R2 = "/crm/v4/objects/contacts/1/associations/companies/2";

    private final FakeBackend fake = new FakeBackend();

    private final HubSpotEmulator emulator = HubSpotEmulator.start(
            EmulatorOptions.builder().privateAppTokens("pat-one", "pat-two").readOnlyTokens("pat-read").build(),
            this.fake.backend());

    private final TestHttp http = new TestHttp(this.emulator.baseUrl());

    @AfterEach
    void close() {
        this.emulator.close();
    }

    @Test
    void missingTokenGets401InvalidAuthentication() {
        TestHttp.Reply reply = this.http.get(R1, null);

        assertInvalidAuthentication(reply);
        assertThat(this.fake.invocations(EmulatorEndpoint.RECORDS_LIST)).isZero();
    }

    @Test
    void unknownTokenGets401InvalidAuthentication() {
        assertInvalidAuthentication(this.http.get(R1, "pat-unknown"));
    }

    @Test
    void nonBearerAuthorizationGets401() {
        assertInvalidAuthentication(this.http.withHeader("Authorization", "Basic cGF0LW9uZTo=").get(R1, null));
        assertInvalidAuthentication(this.http.withHeader("Authorization", "pat-one").get(R1, null));
    }

    @Test
    void everyConfiguredPrivateAppTokenIsAccepted() {
        assertThat(this.http.get(R1, "pat-one").status()).isEqualTo(200);
        assertThat(this.http.get(R1, "pat-two").status()).isEqualTo(200);
        assertThat(this.emulator.privateAppToken()).isEqualTo("pat-one");
    }

    @Test
    void readOnlyTokenMayReadIncludingBatchReads() {
        assertThat(this.http.get(R1, "pat-read").status()).isEqualTo(200);
        assertThat(this.http.post("/crm/v4/associations/contacts/companies/batch/read", "pat-read", "{}").status())
            .isEqualTo(200);
    }

    @Test
    void readOnlyTokenWriteGets403MissingScopesWithRateLimitHeaders() {
        TestHttp.Reply reply = this.http.put(R2, "pat-read", "[]");

        assertThat(reply.status()).isEqualTo(403);
        JsonNode body = reply.json();
        assertThat(body.get("status").asString()).isEqualTo("error");
        assertThat(body.get("category").asString()).isEqualTo("MISSING_SCOPES");
        assertThat(body.get("message").asString()).isEqualTo("This app hasn't been granted all required scopes to "
                + "make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.");
        assertThat(body.get("correlationId").asString()).isEqualTo(reply.header("X-HubSpot-Correlation-Id"));
        JsonNode detail = body.get("errors").get(0);
        assertThat(detail.get("message").asString()).isEqualTo("One or more of the following scopes are required.");
        assertThat(detail.get("context").get("requiredGranularScopes").values()).extracting(JsonNode::asString)
            .containsExactly("crm.objects.contacts.write", "crm.objects.companies.write");
        assertThat(body.get("links").get("scopes").asString()).isEqualTo("https://developers.hubspot.com/scopes");
        assertThat(reply.header("X-HubSpot-RateLimit-Remaining")).isEqualTo("99");
        assertThat(this.fake.invocations(EmulatorEndpoint.RECORDS_ASSOCIATE)).isZero();
    }

    @Test
    void readOnlyTokenGets403OnEveryWriteEndpoint() {
        for (EmulatorEndpoint endpoint : new EmulatorEndpoint[] { EmulatorEndpoint.BATCH_CREATE,
                EmulatorEndpoint.BATCH_ARCHIVE, EmulatorEndpoint.LABELS_CREATE, EmulatorEndpoint.LIMITS_PURGE,
                EmulatorEndpoint.V3_BATCH_ARCHIVE }) {
            String path = endpoint.pathTemplates()
                .get(0)
                .replace("{fromObjectType}", "deals")
                .replace("{toObjectType}", "tickets");
            TestHttp.Reply reply = this.http.send(HttpMethod.valueOf(endpoint.method().name()), path, "pat-read", "{}",
                    "application/json");
            assertThat(reply.status()).as(endpoint.name()).isEqualTo(403);
        }
        assertThat(this.http.delete(R2, "pat-read").status()).isEqualTo(403);
    }

    private static void assertInvalidAuthentication(TestHttp.Reply reply) {
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("x-hubspot-auth-failure")).isEqualTo("401 Unauthorized");
        assertThat(reply.header("Content-Type")).isEqualTo("application/json;charset=utf-8");
        assertThat(reply.header("X-HubSpot-RateLimit-Max")).isNull();
        JsonNode body = reply.json();
        assertThat(body.get("status").asString()).isEqualTo("error");
        assertThat(body.get("category").asString()).isEqualTo("INVALID_AUTHENTICATION");
        assertThat(body.get("message").asString()).isEqualTo("Authentication credentials not found. This API "
                + "supports OAuth 2.0 authentication and you can find more details at "
                + "https://developers.hubspot.com/docs/methods/auth/oauth-overview");
        assertThat(body.get("correlationId").asString()).isEqualTo(reply.header("X-HubSpot-Correlation-Id"));
    }

}
