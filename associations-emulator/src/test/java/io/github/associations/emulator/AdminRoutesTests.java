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

import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.emulator.control.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin API under {@code /__emulator/} that drives an emulator in another process.
 */
class AdminRoutesTests {

    private static final String R1 = "/crm/v4/objects/contacts/1/associations/companies";

    private final FakeBackend fake = new FakeBackend();

    private final HubSpotEmulator emulator = HubSpotEmulator
        .start(EmulatorOptions.builder().oauthClient("client", "secret", "refresh").build(), this.fake.backend());

    private final TestHttp http = new TestHttp(this.emulator.baseUrl());

    @AfterEach
    void close() {
        this.emulator.close();
    }

    @Test
    void seedRecordsByIdsOrRange() {
        TestHttp.Reply ids = this.http.post("/__emulator/records/contacts", null, "{\"ids\":[\"1\",\"2\"]}");
        TestHttp.Reply range = this.http.post("/__emulator/records/companies", null, "{\"firstId\":10,\"count\":3}");

        assertThat(ids.status()).isEqualTo(200);
        assertThat(ids.json().get("seeded").asInt()).isEqualTo(2);
        assertThat(range.json().get("seeded").asInt()).isEqualTo(3);
        assertThat(this.fake.state.records).containsExactlyInAnyOrder("contacts/1", "contacts/2", "companies/10",
                "companies/11", "companies/12");
    }

    @Test
    void badAdminInputGets400() {
        assertThat(this.http.post("/__emulator/records/contacts", null, "{\"firstId\":\"x\"}").status()).isEqualTo(400);
        assertThat(this.http.post("/__emulator/records/contacts", null, "not json").status()).isEqualTo(400);
        TestHttp.Reply badFault = this.http.post("/__emulator/faults/next", null,
                "{\"times\":1,\"fault\":{\"type\":\"EXPLODE\"}}");
        assertThat(badFault.status()).isEqualTo(400);
        assertThat(badFault.json().get("category").asString()).isEqualTo("VALIDATION_ERROR");
        assertThat(this.http
            .post("/__emulator/faults/next", null,
                    "{\"endpoint\":\"Z9\",\"times\":1,\"fault\":{\"type\":\"STATUS\",\"status\":503}}")
            .status()).isEqualTo(400);
    }

    @Test
    void readAssociationsOfARecord() {
        this.emulator.state().seedRecords("contacts", java.util.List.of("5"));

        JsonNode body = this.http.get("/__emulator/associations/contacts/5/companies", null).json();

        JsonNode association = body.get("results").get(0);
        assertThat(association.get("toObjectId").asString()).isEqualTo("77");
        assertThat(association.get("associationTypes").get(1).get("label").asString()).isEqualTo("Primary");
        assertThat(association.get("associationTypes").get(0).get("typeId").asInt()).isEqualTo(279);
    }

    @Test
    void readAndClearTheRequestLog() {
        this.http.get(R1, "pat-local");
        this.http.post("/crm/v4/associations/contacts/companies/batch/read", "pat-local", "{\"inputs\":[]}");

        JsonNode all = this.http.get("/__emulator/requests", null).json();
        JsonNode reads = this.http.get("/__emulator/requests?endpoint=B1", null).json();
        JsonNode counts = this.http.get("/__emulator/requests/counts", null).json();

        assertThat(all.get("count").asLong()).isEqualTo(2);
        JsonNode first = all.get("results").get(0);
        assertThat(first.get("endpoint").asString()).isEqualTo("RECORDS_LIST");
        assertThat(first.get("endpointId").asString()).isEqualTo("R1");
        assertThat(first.get("status").asInt()).isEqualTo(200);
        assertThat(first.get("bearerToken").asString()).isEqualTo("pat-****");
        assertThat(reads.get("results").size()).isEqualTo(1);
        assertThat(reads.get("results").get(0).get("body").asString()).isEqualTo("{\"inputs\":[]}");
        assertThat(counts.get("total").asLong()).isEqualTo(2);
        assertThat(counts.get("endpoints").get("R1").asLong()).isEqualTo(1);
        assertThat(counts.get("endpoints").get("B1").asLong()).isEqualTo(1);

        assertThat(this.http.delete("/__emulator/requests", null).status()).isEqualTo(204);
        assertThat(this.emulator.requests().count()).isZero();
    }

    @Test
    void scriptRandomDriftAndClearFaults() {
        TestHttp.Reply scripted = this.http.post("/__emulator/faults/next", null,
                "{\"endpoint\":\"R1\",\"times\":1,\"fault\":{\"type\":\"STATUS\",\"status\":503}}");
        assertThat(scripted.json().get("pendingScripted").asInt()).isEqualTo(1);
        assertThat(this.http.get(R1, "pat-local").status()).isEqualTo(503);

        this.http.post("/__emulator/faults/next", null, "{\"times\":1,\"fault\":{\"type\":\"LATENCY\",\"millis\":1}}");
        assertThat(this.emulator.requests().count()).isEqualTo(1);
        this.http.get(R1, "pat-local");
        assertThat(this.http.get("/__emulator/requests", null)
            .json()
            .get("results")
            .get(1)
            .get("fault")
            .get("millis")
            .asInt()).isEqualTo(1);

        this.http.post("/__emulator/faults/random", null, "{\"endpoint\":\"RECORDS_LIST\",\"seed\":1,"
                + "\"faults\":[{\"probability\":1.0,\"fault\":{\"type\":\"HTML_STATUS\",\"status\":502}}]}");
        assertThat(this.http.get(R1, "pat-local").header("Content-Type")).startsWith("text/html");

        this.http.put("/__emulator/faults/status-drift", null, "{\"enabled\":true}");
        assertThat(this.http.get("/__emulator/faults", null).json().get("statusDrift").asBoolean()).isTrue();

        assertThat(this.http.delete("/__emulator/faults", null).status()).isEqualTo(204);
        assertThat(this.http.get(R1, "pat-local").status()).isEqualTo(200);
        assertThat(this.emulator.faults().statusDrift()).isFalse();
    }

    @Test
    void changeRateLimits() {
        JsonNode changed = this.http
            .put("/__emulator/rate-limits", null, "{\"maxRequests\":1,\"intervalMillis\":60000,\"dailyLimit\":1000}")
            .json();

        assertThat(changed.get("maxRequests").asInt()).isEqualTo(1);
        assertThat(changed.get("intervalMillis").asLong()).isEqualTo(60000);
        assertThat(changed.get("dailyLimit").asLong()).isEqualTo(1000);
        assertThat(this.http.get(R1, "pat-local").status()).isEqualTo(200);
        assertThat(this.http.get(R1, "pat-local").status()).isEqualTo(429);

        this.http.post("/__emulator/rate-limits/windows/reset", null, "");
        assertThat(this.http.get(R1, "pat-local").status()).isEqualTo(200);

        this.http.put("/__emulator/rate-limits", null, "{\"enabled\":false}");
        assertThat(this.http.get(R1, "pat-local").status()).isEqualTo(200);

        this.http.post("/__emulator/rate-limits/daily/exhaust", null, "");
        assertThat(this.http.get(R1, "pat-local").json().get("policyName").asString()).isEqualTo("DAILY");
        assertThat(this.http.get("/__emulator/rate-limits", null).json().get("dailyRemaining").asLong()).isZero();
        this.http.post("/__emulator/rate-limits/daily/reset", null, "");
        assertThat(this.http.get(R1, "pat-local").status()).isEqualTo(200);

        this.http.put("/__emulator/rate-limits", null, "{\"dailyEnabled\":false}");
        assertThat(this.emulator.rateLimits().dailyEnabled()).isFalse();
    }

    @Test
    void tokenCountsAndExpiry() {
        String accessToken = this.http
            .form("/oauth/v1/token",
                    "grant_type=refresh_token&refresh_token=refresh&client_id=client&client_secret=secret")
            .json()
            .get("access_token")
            .asString();

        JsonNode tokens = this.http.get("/__emulator/tokens", null).json();
        assertThat(tokens.get("requestCount").asLong()).isEqualTo(1);
        assertThat(tokens.get("issuedCount").asLong()).isEqualTo(1);

        assertThat(this.http.post("/__emulator/tokens/expire", null, "").status()).isEqualTo(204);
        assertThat(this.http.get(R1, accessToken).json().get("category").asString())
            .isEqualTo("EXPIRED_AUTHENTICATION");
    }

    @Test
    void resetForgetsStateLogFaultsAndCounters() {
        this.emulator.state().seedRecords("contacts", java.util.List.of("1"));
        this.http.get(R1, "pat-local");
        this.emulator.faults().injectNext(3, Fault.internalError());

        assertThat(this.http.post("/__emulator/reset", null, "").status()).isEqualTo(204);

        assertThat(this.fake.state.records).isEmpty();
        assertThat(this.emulator.requests().count()).isZero();
        assertThat(this.emulator.faults().pendingScripted()).isZero();
        assertThat(this.emulator.rateLimits().remaining("pat-local")).isEqualTo(100);
    }

    @Test
    void unknownAdminPathIs404AndNotLogged() {
        assertThat(this.http.get("/__emulator/nothing", null).status()).isEqualTo(404);
        assertThat(this.emulator.requests().count()).isZero();
    }

    @Test
    void adminNeedsNoTokenAndIsNeverRateLimited() {
        this.emulator.rateLimits().window(1, java.time.Duration.ofHours(1));
        this.emulator.rateLimits().exhaustDaily();

        for (int i = 0; i < 3; i++) {
            TestHttp.Reply reply = this.http.get("/__emulator/rate-limits", null);
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.header("X-HubSpot-RateLimit-Max")).isNull();
        }
    }

}
