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
import java.util.ArrayList;
import java.util.List;

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorFaults;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.emulator.control.Fault;
import io.github.associations.emulator.control.LoggedRequest;
import io.github.associations.emulator.control.RandomFaults;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.timeout.ReadTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.netty.http.client.PrematureCloseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Scripted and seeded random faults of every kind, and status drift.
 */
class FaultInjectionTests {

    private static final String R1 = "/crm/v4/objects/contacts/1/associations/companies";

    private static final String R2 = "/crm/v4/objects/contacts/1/associations/companies/2";

    private static final String B1 = "/crm/v4/associations/contacts/companies/batch/read";

    private final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");

    private final FakeBackend fake = new FakeBackend();

    private final HubSpotEmulator emulator = HubSpotEmulator.start(
            EmulatorOptions.builder().clock(this.clock).oauthClient("client", "secret", "refresh").build(),
            this.fake.backend());

    private final EmulatorFaults faults = this.emulator.faults();

    private final TestHttp http = new TestHttp(this.emulator.baseUrl());

    @AfterEach
    void close() {
        this.emulator.close();
    }

    @Test
    void scriptedFaultHitsTheNextRequestsToItsEndpointOnly() {
        this.faults.injectNext(EmulatorEndpoint.RECORDS_LIST, 2, Fault.serviceUnavailable());

        assertThat(this.http.post(B1, "pat-local", "{}").status()).isEqualTo(200);
        assertThat(this.http.get(R1, "pat-local").status()).isEqualTo(503);
        assertThat(this.faults.pendingScripted()).isEqualTo(1);
        assertThat(this.http.get(R1, "pat-local").status()).isEqualTo(503);
        assertThat(this.http.get(R1, "pat-local").status()).isEqualTo(200);
        assertThat(this.fake.invocations(EmulatorEndpoint.RECORDS_LIST)).isEqualTo(1);
        assertThat(this.faults.pendingScripted()).isZero();
    }

    @Test
    void scriptsForOneEndpointQueueUpAndComeBeforeScriptsForAny() {
        this.faults.injectNext(2, Fault.badGateway());
        this.faults.injectNext(EmulatorEndpoint.RECORDS_LIST, 1, Fault.gatewayTimeout());
        this.faults.injectNext(EmulatorEndpoint.RECORDS_LIST, 1, Fault.internalError());

        assertThat(this.http.get(R1, "pat-local").status()).isEqualTo(504);
        assertThat(this.http.get(R1, "pat-local").status()).isEqualTo(500);
        assertThat(this.http.post(B1, "pat-local", "{}").status()).isEqualTo(502);
        assertThat(this.http.get(R1, "pat-local").status()).isEqualTo(502);
        assertThat(this.http.get(R1, "pat-local").status()).isEqualTo(200);
    }

    @Test
    void anyEndpointFaultsSpareTheTokenEndpointUnlessAimedAtIt() {
        String refresh = "grant_type=refresh_token&refresh_token=refresh&client_id=client&client_secret=secret";
        this.faults.injectNext(1, Fault.serviceUnavailable());

        assertThat(this.http.form("/oauth/v1/token", refresh).status()).isEqualTo(200);
        assertThat(this.http.get(R1, "pat-local").status()).isEqualTo(503);

        this.faults.injectNext(EmulatorEndpoint.OAUTH_TOKEN, 1, Fault.badGateway());
        assertThat(this.http.form("/oauth/v1/token", refresh).status()).isEqualTo(502);
        assertThat(this.emulator.tokens().requestCount()).as("faulted token requests are not processed").isEqualTo(1);
    }

    @Test
    void errorFaultsAreAppliedBeforeAuthenticationAndDoNotConsumeTheWindow() {
        this.faults.injectNext(1, Fault.internalError());

        TestHttp.Reply reply = this.http.get(R1, null);

        assertThat(reply.status()).isEqualTo(500);
        assertThat(this.emulator.rateLimits().remaining("pat-local")).isEqualTo(100);
    }

    @Test
    void internalErrorHasHubSpotsMinimalBody() {
        this.faults.injectNext(1, Fault.internalError());

        TestHttp.Reply reply = this.http.get(R1, "pat-local");

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.header("Content-Type")).isEqualTo("application/json;charset=utf-8");
        assertThat(reply.json().properties()).extracting((entry) -> entry.getKey())
            .containsExactly("status", "message", "correlationId");
        assertThat(reply.json().get("status").asString()).isEqualTo("error");
        assertThat(reply.json().get("message").asString()).isEqualTo("internal error");
        assertThat(reply.json().get("correlationId").asString()).isEqualTo(reply.header("X-HubSpot-Correlation-Id"));
    }

    @Test
    void gatewayErrorsHaveJsonBodies() {
        for (Fault fault : List.of(Fault.badGateway(), Fault.serviceUnavailable(), Fault.gatewayTimeout())) {
            this.faults.injectNext(1, fault);
            TestHttp.Reply reply = this.http.get(R1, "pat-local");
            assertThat(reply.status()).isEqualTo(fault.status());
            assertThat(reply.header("Content-Type")).isEqualTo("application/json;charset=utf-8");
            assertThat(reply.json().get("status").asString()).isEqualTo("error");
            assertThat(reply.json().get("correlationId").asString())
                .isEqualTo(reply.header("X-HubSpot-Correlation-Id"));
        }
    }

    @Test
    void htmlVariantLooksLikeAProxyPage() {
        this.faults.injectNext(1, Fault.htmlStatus(502));
        this.faults.injectNext(1, Fault.htmlStatus(524));

        TestHttp.Reply badGateway = this.http.get(R1, "pat-local");
        TestHttp.Reply timeout = this.http.get(R1, "pat-local");

        assertThat(badGateway.status()).isEqualTo(502);
        assertThat(badGateway.header("Content-Type")).startsWith("text/html");
        assertThat(badGateway.body()).contains("<title>502 Bad Gateway</title>").contains("cloudflare");
        assertThat(badGateway.header("X-HubSpot-Correlation-Id")).isNull();
        assertThat(timeout.status()).isEqualTo(524);
        assertThat(timeout.body()).contains("524 A Timeout Occurred");
    }

    @Test
    void otherStatusesGetHubSpotsJsonBodies() {
        this.faults.injectNext(1, Fault.status(401));
        this.faults.injectNext(1, Fault.status(403));
        this.faults.injectNext(1, Fault.status(404));
        this.faults.injectNext(1, Fault.status(423));

        TestHttp.Reply unauthorized = this.http.get(R1, "pat-local");
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(unauthorized.header("x-hubspot-auth-failure")).isEqualTo("401 Unauthorized");
        assertThat(unauthorized.json().get("category").asString()).isEqualTo("INVALID_AUTHENTICATION");
        TestHttp.Reply forbidden = this.http.get(R1, "pat-local");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().get("category").asString()).isEqualTo("MISSING_SCOPES");
        TestHttp.Reply notFound = this.http.get(R1, "pat-local");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.json().get("category").asString()).isEqualTo("OBJECT_NOT_FOUND");
        TestHttp.Reply locked = this.http.get(R1, "pat-local");
        assertThat(locked.status()).isEqualTo(423);
        assertThat(locked.json().get("category").asString()).isEqualTo("LOCKED");
        assertThat(locked.json().get("message").asString()).isEqualTo("Locked");
        assertThat(this.fake.invocations(EmulatorEndpoint.RECORDS_LIST)).isZero();
    }

    @Test
    void tenSecondlyRateLimitFaultShowsAnExhaustedWindow() {
        this.http.get(R1, "pat-local");
        this.faults.injectNext(1, Fault.tenSecondlyRateLimit());

        TestHttp.Reply reply = this.http.get(R1, "pat-local");

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.json().get("policyName").asString()).isEqualTo("TEN_SECONDLY_ROLLING");
        assertThat(reply.json().get("groupName").asString())
            .isEqualTo("publicapi:private_app-api-calls-ten-secondly:1000001:1234567");
        assertThat(reply.header("X-HubSpot-RateLimit-Max")).isEqualTo("100");
        assertThat(reply.header("X-HubSpot-RateLimit-Remaining")).isEqualTo("0");
        assertThat(reply.header("X-HubSpot-RateLimit-Interval-Milliseconds")).isEqualTo("10000");
        assertThat(reply.header("X-HubSpot-RateLimit-Daily")).isEqualTo("250000");
        assertThat(reply.header("X-HubSpot-RateLimit-Daily-Remaining")).isEqualTo("249999");
        assertThat(reply.header("Retry-After")).isNull();
        assertThat(this.emulator.rateLimits().remaining("pat-local")).as("the fault consumed nothing").isEqualTo(99);
    }

    @Test
    void dailyRateLimitFaultShowsAnExhaustedQuota() {
        this.faults.injectNext(EmulatorEndpoint.RECORDS_LIST, 1, Fault.dailyRateLimit());

        TestHttp.Reply reply = this.http.get(R1, "pat-local");

        RateLimitTests.assertDailyRejected(reply);
        assertThat(reply.header("X-HubSpot-RateLimit-Remaining")).isEqualTo("100");
        assertThat(this.emulator.rateLimits().dailyRemaining()).isEqualTo(250_000);
    }

    @Test
    void statusFault429IsTheTenSecondlyRateLimit() {
        assertThat(Fault.status(429)).isEqualTo(Fault.tenSecondlyRateLimit());
    }

    @Test
    void latencyDelaysTheResponseOfAProcessedRequest() {
        this.faults.injectNext(EmulatorEndpoint.RECORDS_ASSOCIATE, 1, Fault.latency(Duration.ofMillis(300)));

        TestHttp.Reply reply = this.http.put(R2, "pat-local", "[]");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("echo").asString()).isEqualTo("[]");
        assertThat(this.emulator.requests().forEndpoint(EmulatorEndpoint.RECORDS_ASSOCIATE)).singleElement()
            .satisfies((entry) -> assertThat(entry.fault()).isEqualTo(Fault.latency(Duration.ofMillis(300))));
    }

    @Test
    void latencyLongerThanTheClientsResponseTimeoutTimesOutAfterProcessing() {
        this.faults.injectNext(EmulatorEndpoint.RECORDS_ASSOCIATE, 1, Fault.latency(Duration.ofSeconds(3)));
        TestHttp impatient = this.http.withResponseTimeout(Duration.ofMillis(200));

        assertThatThrownBy(() -> impatient.put(R2, "pat-local", "[]"))
            .hasRootCauseInstanceOf(ReadTimeoutException.class);

        assertThat(this.fake.invocations(EmulatorEndpoint.RECORDS_ASSOCIATE)).isEqualTo(1);
        assertThat(this.emulator.requests().forEndpoint(EmulatorEndpoint.RECORDS_ASSOCIATE)).singleElement()
            .satisfies((entry) -> assertThat(entry.status()).isEqualTo(201));
    }

    @Test
    void connectionClosedBeforeProcessing() {
        this.faults.injectNext(EmulatorEndpoint.RECORDS_ASSOCIATE, 1, Fault.closeBeforeProcessing());

        assertThatThrownBy(() -> this.http.put(R2, "pat-local", "[]"))
            .hasRootCauseInstanceOf(PrematureCloseException.class)
            .rootCause()
            .hasMessageContaining("BEFORE response");

        assertThat(this.fake.invocations(EmulatorEndpoint.RECORDS_ASSOCIATE)).isZero();
        assertThat(this.emulator.requests().all()).singleElement().satisfies((entry) -> {
            assertThat(entry.status()).isZero();
            assertThat(entry.fault()).isEqualTo(Fault.closeBeforeProcessing());
        });
        assertThat(this.http.put(R2, "pat-local", "[]").status()).isEqualTo(201);
    }

    @Test
    void connectionClosedAfterProcessing() {
        this.faults.injectNext(EmulatorEndpoint.RECORDS_ASSOCIATE, 1, Fault.closeAfterProcessing());

        assertThatThrownBy(() -> this.http.put(R2, "pat-local", "[]"))
            .hasRootCauseInstanceOf(PrematureCloseException.class);

        assertThat(this.fake.invocations(EmulatorEndpoint.RECORDS_ASSOCIATE)).isEqualTo(1);
        assertThat(this.emulator.requests().all()).singleElement()
            .satisfies((entry) -> assertThat(entry.status()).isZero());
        assertThat(this.emulator.rateLimits().remaining("pat-local")).as("processed, so counted").isEqualTo(99);
    }

    @Test
    void malformedJsonTruncatesTheBodyOfAProcessedRequest() {
        this.faults.injectNext(3, Fault.malformedJson());

        TestHttp.Reply list = this.http.get(R1, "pat-local");
        TestHttp.Reply created = this.http.put(R2, "pat-local", "[]");
        TestHttp.Reply removed = this.http.delete(R2, "pat-local");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("Content-Type")).isEqualTo("application/json;charset=utf-8");
        assertThat(FakeBackend.R1_BODY).startsWith(list.body());
        assertThat(list.body()).isNotEmpty().isNotEqualTo(FakeBackend.R1_BODY);
        assertThat(created.status()).isEqualTo(201);
        assertThat(removed.status()).as("a 204 cannot carry a body").isEqualTo(200);
        for (TestHttp.Reply reply : List.of(list, created, removed)) {
            assertThatExceptionOfType(JacksonException.class).isThrownBy(reply::json);
        }
        assertThat(this.fake.invocations(EmulatorEndpoint.RECORDS_REMOVE)).isEqualTo(1);
    }

    @Test
    void seededRandomFaultsRepeatForTheSameSeed() {
        RandomFaults random = RandomFaults.seed(42)
            .with(0.3, Fault.serviceUnavailable())
            .with(0.2, Fault.tenSecondlyRateLimit());
        this.faults.injectRandomly(random);
        List<Integer> first = statuses(60);
        this.faults.injectRandomly(random);
        List<Integer> second = statuses(60);

        assertThat(first).isEqualTo(second).contains(200, 503, 429).doesNotContainNull();
        assertThat(first.stream().filter((status) -> status == 200).count()).isBetween(15L, 45L);
        assertThat(this.emulator.requests().all()).filteredOn((entry) -> entry.status() == 503)
            .allSatisfy((entry) -> assertThat(entry.fault()).isEqualTo(Fault.serviceUnavailable()));
    }

    @Test
    void randomFaultsForOneEndpointSpareTheOthers() {
        this.faults.injectRandomly(EmulatorEndpoint.BATCH_READ, RandomFaults.seed(7).with(1.0, Fault.badGateway()));

        assertThat(this.http.get(R1, "pat-local").status()).isEqualTo(200);
        assertThat(this.http.post(B1, "pat-local", "{}").status()).isEqualTo(502);
        assertThat(this.http.post(B1, "pat-local", "{}").status()).isEqualTo(502);
    }

    @Test
    void randomFaultsMixEveryKind() {
        this.faults.injectRandomly(RandomFaults.seed(3)
            .with(0.05, Fault.tenSecondlyRateLimit())
            .with(0.03, Fault.serviceUnavailable())
            .with(0.01, Fault.closeBeforeProcessing())
            .with(0.01, Fault.latency(Duration.ofMillis(1))));

        for (int i = 0; i < 100; i++) {
            try {
                this.http.get(R1, "pat-local");
            }
            catch (RuntimeException ex) {
                assertThat(ex).hasRootCauseInstanceOf(PrematureCloseException.class);
            }
        }

        assertThat(this.emulator.requests().count(EmulatorEndpoint.RECORDS_LIST)).isEqualTo(100);
        assertThat(this.emulator.requests().all()).filteredOn((entry) -> entry.fault() != null).isNotEmpty();
    }

    @Test
    void statusDriftAnswers200InsteadOf201And204() {
        this.faults.statusDrift(true);

        TestHttp.Reply created = this.http.put(R2, "pat-local", "[]");
        TestHttp.Reply removed = this.http.delete(R2, "pat-local");
        TestHttp.Reply listed = this.http.get(R1, "pat-local");

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().get("echo").asString()).isEqualTo("[]");
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.body()).isEqualTo("{}");
        assertThat(removed.header("Content-Type")).isEqualTo("application/json;charset=utf-8");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).isEqualTo(FakeBackend.R1_BODY);
        assertThat(this.emulator.requests().all()).extracting(LoggedRequest::status).containsExactly(200, 200, 200);
    }

    @Test
    void statusDriftGivesBatchArchivesTheDateVersionedBody() {
        this.faults.statusDrift(true);

        for (String path : List.of("/crm/v4/associations/contacts/companies/batch/archive",
                "/crm/v4/associations/contacts/companies/batch/labels/archive",
                "/crm/associations/v4/definitions/configurations/contacts/companies/batch/purge")) {
            TestHttp.Reply reply = this.http.post(path, "pat-local", "{\"inputs\":[]}");
            assertThat(reply.status()).as(path).isEqualTo(200);
            JsonNode body = reply.json();
            assertThat(body.get("status").asString()).isEqualTo("COMPLETE");
            assertThat(body.get("results").isArray()).isTrue();
            assertThat(body.get("results").size()).isZero();
            assertThat(body.get("startedAt").asString()).isEqualTo("2026-03-01T12:00:00Z");
            assertThat(body.get("completedAt").asString()).isEqualTo("2026-03-01T12:00:00Z");
        }
    }

    @Test
    void statusDriftLeavesErrorsAloneAndCanBeTurnedOff() {
        this.faults.statusDrift(true);
        assertThat(this.http.put(R2, null, "[]").status()).isEqualTo(401);

        this.faults.statusDrift(false);
        assertThat(this.http.put(R2, "pat-local", "[]").status()).isEqualTo(201);
        assertThat(this.http.delete(R2, "pat-local").status()).isEqualTo(204);
    }

    @Test
    void clearRemovesEveryFault() {
        this.faults.injectNext(5, Fault.internalError());
        this.faults.injectNext(EmulatorEndpoint.RECORDS_LIST, 5, Fault.internalError());
        this.faults.injectRandomly(RandomFaults.seed(1).with(1.0, Fault.badGateway()));
        this.faults.statusDrift(true);

        this.faults.clear();

        assertThat(this.faults.pendingScripted()).isZero();
        assertThat(this.faults.statusDrift()).isFalse();
        assertThat(this.http.get(R1, "pat-local").status()).isEqualTo(200);
        assertThat(this.http.put(R2, "pat-local", "[]").status()).isEqualTo(201);
    }

    private List<Integer> statuses(int requests) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            statuses.add(this.http.send(HttpMethod.GET, R1, "pat-local", null, null).status());
        }
        return statuses;
    }

}
