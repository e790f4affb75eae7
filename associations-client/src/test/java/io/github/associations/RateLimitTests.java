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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.Fault;
import io.github.associations.emulator.control.LoggedRequest;
import io.github.associations.error.HubSpotRateLimitException;
import io.github.associations.resilience.RateLimitSettings;
import io.github.associations.resilience.RetrySettings;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Client-side rate limiting against the emulator's rolling window: every attempt takes a
 * permit, permits are spread so no rolling window overflows, HubSpot's headers correct
 * the pace, and a daily 429 stops further requests.
 */
class RateLimitTests extends EmulatorTestSupport {

    private static final RetrySettings FAST_RETRY = RetrySettings.defaults()
        .withBackoff(Duration.ofMillis(20), Duration.ofMillis(80), 2.0, 0.0);

    @Test
    void sustainedRunOf300RequestsWithinHubSpotsRollingWindowGetsNo429() {
        restart((options) -> options.rateLimit(100, Duration.ofSeconds(10)),
                (settings) -> settings.rateLimit(RateLimitSettings.defaults()).retry(FAST_RETRY));

        long started = System.nanoTime();
        run(this.template, 300, 20);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(statuses()).hasSize(300).containsOnly(200);
        // 100 per rolling 10 s: at least 20 s for 300; spread permits (one per 101 ms)
        // take about 30 s.
        assertThat(took).isBetween(Duration.ofSeconds(20), Duration.ofSeconds(33));
    }

    @Test
    void headersKeepAClientWhoseLimitIsAboveTheServersAlmostFreeOf429s() {
        restart((options) -> options.rateLimit(50, Duration.ofSeconds(1)),
                (settings) -> settings.rateLimit(RateLimitSettings.defaults().withLimit(500, Duration.ofSeconds(1)))
                    .retry(FAST_RETRY));

        run(this.template, 300, 20);

        List<Integer> statuses = statuses();
        long rejected = statuses.stream().filter((status) -> status == 429).count();
        assertThat(statuses.stream().filter((status) -> status == 200).count()).isEqualTo(300);
        assertThat(rejected).isLessThanOrEqualTo(statuses.size() / 100);
    }

    @Test
    void withoutTheHeadersSuchAClientCollects429s() {
        restart((options) -> options.rateLimit(50, Duration.ofSeconds(1)),
                (settings) -> settings
                    .rateLimit(RateLimitSettings.defaults().withLimit(500, Duration.ofSeconds(1)).withAdaptive(false))
                    .retry(FAST_RETRY));

        run(this.template, 150, 20);

        long rejected = statuses().stream().filter((status) -> status == 429).count();
        assertThat(rejected).isGreaterThan(15);
    }

    @Test
    void instancesSharingOneLimitSlowDownTogether() {
        restart((options) -> options.rateLimit(50, Duration.ofSeconds(1)),
                (settings) -> settings.rateLimit(RateLimitSettings.defaults().withLimit(50, Duration.ofSeconds(1)))
                    .retry(FAST_RETRY));
        AssociationsTemplate other = AssociationsTemplate.builder()
            .privateAppToken(this.emulator.privateAppToken())
            .settings(this.template.getSettings())
            .build();

        Flux.merge(Flux.defer(() -> Flux.just(run(this.template, 150, 10))),
                Flux.defer(() -> Flux.just(run(other, 150, 10))))
            .blockLast();

        List<Integer> statuses = statuses();
        long rejected = statuses.stream().filter((status) -> status == 429).count();
        assertThat(statuses.stream().filter((status) -> status == 200).count()).isEqualTo(300);
        assertThat(rejected).isLessThanOrEqualTo(statuses.size() / 100);
    }

    @Test
    void everyAttemptTakesAPermitPagesChunksAndRetriesIncluded() {
        AtomicInteger permits = new AtomicInteger();
        RateLimiter limiter = RateLimiter.of("hubspot",
                RateLimiterConfig.custom().limitForPeriod(1000).limitRefreshPeriod(Duration.ofSeconds(1)).build());
        limiter.getEventPublisher().onSuccess((event) -> permits.incrementAndGet());
        AssociationsTemplate hubSpot = AssociationsTemplate.builder()
            .privateAppToken(this.emulator.privateAppToken())
            .rateLimiter(limiter)
            .settings(this.template.getSettings()
                .toBuilder()
                .rateLimit(RateLimitSettings.defaults().withAdaptive(false))
                .retry(FAST_RETRY)
                .pageSize(2)
                .batchReadChunkSize(2)
                .build())
            .build();
        this.emulator.state().addSyntheticAssociations("contacts", "1", "companies", 5);
        this.emulator.faults().injectNext(EmulatorEndpoint.BATCH_READ, 1, Fault.serviceUnavailable());

        hubSpot.records().list("contacts", "1", "companies").blockLast();
        hubSpot.batch().read("contacts", "companies", List.of("1", "2", "3")).block();

        // 3 pages of 2; then 2 chunks, the first one retried once.
        assertThat(this.emulator.requests().count()).isEqualTo(permits.get());
        assertThat(permits.get()).isEqualTo(3 + 2 + 1);
    }

    @Test
    void afterADailyLimitNoRequestIsSentUntilMidnightInTheAccountsZone() {
        ZoneId zone = ZoneId.of("America/New_York");
        MutableClock clock = new MutableClock(Instant.parse("2026-11-22T20:00:00Z"));
        restart((options) -> options.dailyLimit(1000), (settings) -> settings);
        AssociationsTemplate hubSpot = AssociationsTemplate.builder()
            .privateAppToken(this.emulator.privateAppToken())
            .listener(this.listener)
            .clock(clock)
            .settings(this.template.getSettings()
                .toBuilder()
                .rateLimit(RateLimitSettings.defaults().withDailyReset(zone, null))
                .retry(FAST_RETRY)
                .build())
            .build();
        this.emulator.rateLimits().exhaustDaily();

        HubSpotRateLimitException first = ErrorResponsesTests.failure(
                hubSpot.records().listPage("contacts", "1", "companies", 10, null), HubSpotRateLimitException.class);
        HubSpotRateLimitException second = ErrorResponsesTests
            .failure(hubSpot.batch().read("contacts", "companies", List.of("1")), HubSpotRateLimitException.class);

        Instant midnightInNewYork = Instant.parse("2026-11-23T05:00:00Z");
        assertThat(first.getStatus()).isEqualTo(429);
        assertThat(second.getStatus()).isZero();
        assertThat(second.isDailyLimit()).isTrue();
        assertThat(second.getMessage()).isEqualTo("HubSpot batch.read not sent: the account's daily limit was reached; "
                + "calls resume at " + midnightInNewYork);
        assertThat(this.emulator.requests().count()).isEqualTo(1);
        assertThat(hubSpot.getDailyLimitResetsAt()).isEqualTo(midnightInNewYork);
        assertThat(this.listener.dailyLimits).containsExactly(midnightInNewYork);

        clock.set(midnightInNewYork.plusSeconds(1));
        this.emulator.rateLimits().resetDaily();
        hubSpot.records().listPage("contacts", "1", "companies", 10, null).block();

        assertThat(this.emulator.requests().count()).isEqualTo(2);
        assertThat(hubSpot.getDailyLimitResetsAt()).isNull();
    }

    @Test
    void aDailyCoolDownLetsCallsTryAgainEarlier() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-22T20:00:00Z"));
        AssociationsTemplate hubSpot = AssociationsTemplate.builder()
            .privateAppToken(this.emulator.privateAppToken())
            .clock(clock)
            .settings(this.template.getSettings()
                .toBuilder()
                .rateLimit(RateLimitSettings.defaults().withDailyReset(ZoneOffset.UTC, Duration.ofMinutes(15)))
                .build())
            .build();
        this.emulator.faults().injectNext(EmulatorEndpoint.RECORDS_LIST, 1, Fault.dailyRateLimit());

        ErrorResponsesTests.failure(hubSpot.records().listPage("contacts", "1", "companies", 10, null),
                HubSpotRateLimitException.class);

        assertThat(hubSpot.getDailyLimitResetsAt()).isEqualTo(Instant.parse("2026-11-22T20:15:00Z"));
        clock.set(Instant.parse("2026-11-22T20:15:01Z"));
        hubSpot.records().listPage("contacts", "1", "companies", 10, null).block();
        assertThat(requests(EmulatorEndpoint.RECORDS_LIST)).extracting(LoggedRequest::status).containsExactly(429, 200);
    }

    @Test
    void permitsAreSpreadSoNoRollingWindowHoldsMoreThanTheLimit() {
        RateLimitSettings settings = RateLimitSettings.defaults();

        assertThat(settings.maxRequests()).isEqualTo(100);
        assertThat(settings.interval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.permitSpacing()).isEqualTo(Duration.ofSeconds(10).dividedBy(99));
        assertThat(AssociationsTemplate.rateLimiterConfig(settings).getLimitForPeriod()).isEqualTo(1);
        assertThat(RateLimitSettings.of(io.github.associations.resilience.RateLimitTier.ASSOCIATIONS_PROFESSIONAL)
            .maxRequests()).isEqualTo(150);
    }

    private List<Integer> statuses() {
        return this.emulator.requests().all().stream().map(LoggedRequest::status).toList();
    }

    private static int run(AssociationsOperations hubSpot, int requests, int concurrency) {
        return Flux.range(1, requests)
            .flatMap((i) -> hubSpot.records().listPage("contacts", Integer.toString(i), "companies", 10, null),
                    concurrency)
            .count()
            .block(Duration.ofMinutes(2))
            .intValue();
    }

    /**
     * A clock the test moves.
     */
    static final class MutableClock extends Clock {

        private final AtomicReference<Instant> now;

        MutableClock(Instant now) {
            this.now = new AtomicReference<>(now);
        }

        void set(Instant instant) {
            this.now.set(instant);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return this.now.get();
        }

    }

}
