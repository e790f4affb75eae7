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
import java.time.Instant;
import java.time.ZoneId;

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.emulator.control.EmulatorRateLimits;
import io.github.associations.emulator.control.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rolling burst window per app and the daily quota per account (facts §3), driven by
 * a hand-moved clock.
 */
class RateLimitTests {

    private static final String R1 = "/crm/v4/objects/contacts/1/associations/companies";

    private static final String B1 = "/crm/v4/associations/contacts/companies/batch/read";

    private final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");

    private final FakeBackend fake = new FakeBackend();

    private HubSpotEmulator emulator;

    private TestHttp http;

    private void start(EmulatorOptions.Builder options) {
        this.emulator = HubSpotEmulator.start(options.clock(this.clock)
            .privateAppTokens("pat-one", "pat-two")
            .oauthClient("client", "secret", "refresh")
            .build(), this.fake.backend());
        this.http = new TestHttp(this.emulator.baseUrl());
    }

    @AfterEach
    void close() {
        this.emulator.close();
    }

    @Test
    void rollingWindowAdmitsMaxThenRejectsUntilTheOldestAdmissionLeavesIt() {
        start(EmulatorOptions.builder().rateLimit(3, Duration.ofSeconds(10)));

        assertAdmitted(this.http.get(R1, "pat-one"), "2");
        this.clock.advance(Duration.ofSeconds(4));
        assertAdmitted(this.http.get(R1, "pat-one"), "1");
        assertAdmitted(this.http.get(R1, "pat-one"), "0");
        assertTenSecondlyRejected(this.http.get(R1, "pat-one"), "1000001");

        // Ten seconds after the first admission only that one has left the window: a
        // fixed window would admit three.
        this.clock.advance(Duration.ofSeconds(6));
        assertAdmitted(this.http.get(R1, "pat-one"), "0");
        assertTenSecondlyRejected(this.http.get(R1, "pat-one"), "1000001");

        this.clock.advance(Duration.ofSeconds(4));
        assertAdmitted(this.http.get(R1, "pat-one"), "1");
        assertThat(this.fake.invocations(EmulatorEndpoint.RECORDS_LIST)).isEqualTo(5);
    }

    @Test
    void rejectedRequestsDoNotConsumeTheWindow() {
        start(EmulatorOptions.builder().rateLimit(2, Duration.ofSeconds(10)));
        this.http.get(R1, "pat-one");
        this.http.get(R1, "pat-one");
        for (int i = 0; i < 5; i++) {
            this.clock.advance(Duration.ofSeconds(1));
            assertThat(this.http.get(R1, "pat-one").status()).isEqualTo(429);
        }

        this.clock.advance(Duration.ofSeconds(5));

        assertAdmitted(this.http.get(R1, "pat-one"), "1");
        assertAdmitted(this.http.get(R1, "pat-one"), "0");
        assertThat(this.emulator.rateLimits().dailyRemaining()).isEqualTo(250_000 - 4);
    }

    @Test
    void eachPrivateAppHasItsOwnWindowButTheAccountSharesTheDailyQuota() {
        start(EmulatorOptions.builder().rateLimit(1, Duration.ofSeconds(10)).dailyLimit(10));

        TestHttp.Reply one = this.http.get(R1, "pat-one");
        TestHttp.Reply two = this.http.get(R1, "pat-two");

        assertThat(one.status()).isEqualTo(200);
        assertThat(one.header("X-HubSpot-RateLimit-Daily")).isEqualTo("10");
        assertThat(one.header("X-HubSpot-RateLimit-Daily-Remaining")).isEqualTo("9");
        assertThat(two.status()).isEqualTo(200);
        assertThat(two.header("X-HubSpot-RateLimit-Remaining")).isEqualTo("0");
        assertThat(two.header("X-HubSpot-RateLimit-Daily-Remaining")).isEqualTo("8");
        assertTenSecondlyRejected(this.http.get(R1, "pat-two"), "1000002");
    }

    @Test
    void exhaustedDailyQuotaGets429DailyWithItsHeaders() {
        start(EmulatorOptions.builder().noRateLimit().dailyLimit(2));
        assertThat(this.http.get(R1, "pat-one").header("X-HubSpot-RateLimit-Daily-Remaining")).isEqualTo("1");
        assertThat(this.http.get(R1, "pat-two").header("X-HubSpot-RateLimit-Daily-Remaining")).isEqualTo("0");

        TestHttp.Reply rejected = this.http.get(R1, "pat-one");

        assertDailyRejected(rejected);
        assertThat(rejected.header("X-HubSpot-RateLimit-Daily")).isEqualTo("2");
        assertThat(rejected.header("X-HubSpot-RateLimit-Max")).as("window off: no window headers").isNull();
        assertThat(this.fake.invocations(EmulatorEndpoint.RECORDS_LIST)).isEqualTo(2);
    }

    @Test
    void dailyQuotaResetsAtMidnightInTheConfiguredZone() {
        // 23:59:30 in New York is 04:59:30 UTC the next day: UTC midnight has passed, New
        // York's has not.
        this.clock.set(Instant.parse("2026-03-02T04:59:30Z"));
        start(EmulatorOptions.builder().dailyLimit(1).dailyLimitZone(ZoneId.of("America/New_York")));
        assertThat(this.http.get(R1, "pat-one").status()).isEqualTo(200);
        assertDailyRejected(this.http.get(R1, "pat-one"));

        this.clock.advance(Duration.ofSeconds(29));
        assertDailyRejected(this.http.get(R1, "pat-one"));

        this.clock.advance(Duration.ofSeconds(1));
        TestHttp.Reply nextDay = this.http.get(R1, "pat-one");
        assertThat(nextDay.status()).isEqualTo(200);
        assertThat(nextDay.header("X-HubSpot-RateLimit-Daily-Remaining")).isEqualTo("0");
    }

    @Test
    void oauthRequestsHaveNoDailyQuotaNorDailyHeaders() {
        start(EmulatorOptions.builder());
        String accessToken = this.http
            .form("/oauth/v1/token",
                    "grant_type=refresh_token&refresh_token=refresh&client_id=client&client_secret=secret")
            .json()
            .get("access_token")
            .asString();
        this.emulator.rateLimits().exhaustDaily();

        assertDailyRejected(this.http.get(R1, "pat-one"));
        TestHttp.Reply oauth = this.http.get(R1, accessToken);
        assertThat(oauth.status()).isEqualTo(200);
        assertThat(oauth.header("X-HubSpot-RateLimit-Max")).isEqualTo("100");
        assertThat(oauth.header("X-HubSpot-RateLimit-Daily")).isNull();
        assertThat(oauth.header("X-HubSpot-RateLimit-Daily-Remaining")).isNull();
    }

    @Test
    void exemptEndpointsSkipTheBurstWindowButCountAgainstTheDailyQuota() {
        start(EmulatorOptions.builder().rateLimit(1, Duration.ofSeconds(10)).burstExempt(EmulatorEndpoint.BATCH_READ));

        for (int i = 0; i < 3; i++) {
            TestHttp.Reply reply = this.http.post(B1, "pat-one", "{}");
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.header("X-HubSpot-RateLimit-Remaining")).isEqualTo("1");
        }
        assertAdmitted(this.http.get(R1, "pat-one"), "0");
        assertThat(this.http.get(R1, "pat-one").status()).isEqualTo(429);
        assertThat(this.emulator.rateLimits().dailyRemaining()).isEqualTo(250_000 - 4);
    }

    @Test
    void retryAfterIsSentOnlyWhenConfigured() {
        start(EmulatorOptions.builder().rateLimit(1, Duration.ofSeconds(10)));
        this.http.get(R1, "pat-one");
        assertThat(this.http.get(R1, "pat-one").header("Retry-After")).isNull();
        this.emulator.close();

        start(EmulatorOptions.builder().rateLimit(1, Duration.ofSeconds(10)).retryAfter(Duration.ofSeconds(7)));
        this.http.get(R1, "pat-one");
        assertThat(this.http.get(R1, "pat-one").header("Retry-After")).isEqualTo("7");
        this.emulator.rateLimits().exhaustDaily();
        assertThat(this.http.get(R1, "pat-two").header("Retry-After")).isEqualTo("7");
        this.emulator.faults().injectNext(1, Fault.tenSecondlyRateLimit());
        assertThat(this.http.get(R1, "pat-two").header("Retry-After")).as("injected 429").isEqualTo("7");
    }

    @Test
    void rateLimitsAreControlledAtRuntime() {
        start(EmulatorOptions.builder());
        EmulatorRateLimits limits = this.emulator.rateLimits();

        limits.window(1, Duration.ofMinutes(1));
        assertThat(this.http.get(R1, "pat-one").header("X-HubSpot-RateLimit-Interval-Milliseconds")).isEqualTo("60000");
        assertThat(this.http.get(R1, "pat-one").status()).isEqualTo(429);
        assertThat(limits.remaining("pat-one")).isZero();
        assertThat(limits.remaining("pat-two")).isEqualTo(1);

        limits.windowEnabled(false);
        TestHttp.Reply unlimited = this.http.get(R1, "pat-one");
        assertThat(unlimited.status()).isEqualTo(200);
        assertThat(unlimited.header("X-HubSpot-RateLimit-Max")).isNull();
        assertThat(limits.windowEnabled()).isFalse();

        limits.windowEnabled(true);
        limits.resetWindows();
        assertThat(this.http.get(R1, "pat-one").status()).isEqualTo(200);

        limits.dailyLimit(5);
        assertThat(limits.dailyRemaining()).isEqualTo(5 - 3);
        limits.exhaustDaily();
        assertThat(limits.dailyRemaining()).isZero();
        assertDailyRejected(this.http.get(R1, "pat-two"));
        limits.resetDaily();
        assertThat(this.http.get(R1, "pat-two").status()).isEqualTo(200);
        limits.dailyEnabled(false);
        limits.exhaustDaily();
        TestHttp.Reply noDaily = this.http.get(R1, "pat-one");
        assertThat(noDaily.status()).as("window of one per minute still applies").isEqualTo(429);
        assertThat(noDaily.header("X-HubSpot-RateLimit-Daily")).isNull();
    }

    @Test
    void resetRestoresTheConfiguredLimits() {
        start(EmulatorOptions.builder().rateLimit(2, Duration.ofSeconds(10)));
        this.emulator.rateLimits().window(1, Duration.ofHours(1));
        this.http.get(R1, "pat-one");
        this.emulator.rateLimits().exhaustDaily();

        this.emulator.reset();

        assertThat(this.emulator.rateLimits().maxRequests()).isEqualTo(2);
        assertThat(this.emulator.rateLimits().interval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(this.emulator.rateLimits().dailyRemaining()).isEqualTo(250_000);
        assertAdmitted(this.http.get(R1, "pat-one"), "1");
    }

    private static void assertAdmitted(TestHttp.Reply reply, String remaining) {
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("X-HubSpot-RateLimit-Remaining")).isEqualTo(remaining);
    }

    private static void assertTenSecondlyRejected(TestHttp.Reply reply, String appId) {
        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.header("Content-Type")).isEqualTo("application/json;charset=utf-8");
        assertThat(reply.header("X-HubSpot-RateLimit-Remaining")).isEqualTo("0");
        assertThat(reply.header("X-HubSpot-RateLimit-Max")).isNotNull();
        assertThat(reply.header("X-HubSpot-RateLimit-Interval-Milliseconds")).isEqualTo("10000");
        assertThat(reply.header("X-HubSpot-RateLimit-Daily")).isNotNull();
        assertThat(reply.header("X-HubSpot-RateLimit-Daily-Remaining")).isNotNull();
        JsonNode body = reply.json();
        assertThat(body.properties()).extracting((entry) -> entry.getKey())
            .containsExactly("status", "message", "errorType", "correlationId", "policyName", "groupName");
        assertThat(body.get("status").asString()).isEqualTo("error");
        assertThat(body.get("message").asString()).isEqualTo("You have reached your ten_secondly_rolling limit.");
        assertThat(body.get("errorType").asString()).isEqualTo("RATE_LIMIT");
        assertThat(body.get("policyName").asString()).isEqualTo("TEN_SECONDLY_ROLLING");
        assertThat(body.get("groupName").asString())
            .isEqualTo("publicapi:private_app-api-calls-ten-secondly:" + appId + ":1234567");
        assertThat(body.get("correlationId").asString()).isEqualTo(reply.header("X-HubSpot-Correlation-Id"));
    }

    static void assertDailyRejected(TestHttp.Reply reply) {
        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.header("X-HubSpot-RateLimit-Daily-Remaining")).isEqualTo("0");
        JsonNode body = reply.json();
        assertThat(body.properties()).extracting((entry) -> entry.getKey())
            .containsExactly("status", "message", "errorType", "correlationId", "policyName", "requestId");
        assertThat(body.get("message").asString()).isEqualTo("You have reached your daily limit.");
        assertThat(body.get("errorType").asString()).isEqualTo("RATE_LIMIT");
        assertThat(body.get("policyName").asString()).isEqualTo("DAILY");
        assertThat(body.get("correlationId").asString()).isEqualTo(reply.header("X-HubSpot-Correlation-Id"));
    }

}
