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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.LongSupplier;

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.Fault;
import io.github.associations.emulator.control.LoggedRequest;
import io.github.associations.client.AssociationsSettings;
import io.github.associations.error.HubSpotRateLimitException;
import io.github.associations.resilience.InMemoryRateLimitStore;
import io.github.associations.resilience.RateLimitSettings;
import io.github.associations.resilience.RateLimitStore;
import io.github.associations.resilience.RetrySettings;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Client-side rate limiting: every attempt takes a permit and a slot of the rolling
 * window, counted from HubSpot's answers so that no rolling window at HubSpot overflows
 * however late requests leave, HubSpot's headers correct the pace, a 429 waits only until
 * the window has room, and a daily 429 stops further requests. The pacing runs on virtual
 * time against a rolling window counted at arrival; the rest against the emulator.
 */
class RateLimitTests extends EmulatorTestSupport {

    private static final RetrySettings FAST_RETRY = RetrySettings.defaults()
        .withBackoff(Duration.ofMillis(20), Duration.ofMillis(80), 2.0, 0.0);

    @Test
    void aLoneClientSendsAWholeWindowAtOnceThenOneRequestAsEachLeavesTheWindow() {
        List<Long> sends = new CopyOnWriteArrayList<>();
        Paced paced = onVirtualTime((nanoTime) -> {
            RollingWindowHubSpot hubSpot = new RollingWindowHubSpot(100, Duration.ofSeconds(10), nanoTime);
            AssociationsTemplate client = stubbed(hubSpot, nanoTime, sends, RateLimitSettings.defaults(), FAST_RETRY);
            return new Paced(hubSpot, run(client, 300, 20));
        }, Duration.ofMinutes(5));

        assertThat(paced.hubSpot().statuses()).hasSize(300).containsOnly(200);
        assertThat(paced.hubSpot().mostInAnyInterval()).isEqualTo(100);
        // The first window at once; each next one when the answers of the last have
        // been out of HubSpot's window for the 200 ms margin (answers come at once
        // here).
        assertThat(sends.subList(0, 100)).containsOnly(0L);
        assertThat(sends.subList(100, 200)).containsOnly(Duration.ofMillis(10_200).toNanos());
        assertThat(sends.subList(200, 300)).containsOnly(Duration.ofMillis(20_400).toNanos());
        assertThat(sends).isSorted();
    }

    @Test
    void aRequestSentLateIsStillCountedWhenItLeavesNotWhenItsPermitWasTaken() {
        // The connector hands every request over late (a cold JVM): 3 s after the gate
        // let it go. The window is counted from the answers, so HubSpot never sees more
        // than the limit in a window.
        List<Long> sends = new CopyOnWriteArrayList<>();
        Paced paced = onVirtualTime((nanoTime) -> {
            RollingWindowHubSpot hubSpot = new RollingWindowHubSpot(10, Duration.ofSeconds(10), nanoTime);
            ExchangeFunction late = (request) -> Mono.delay(Duration.ofSeconds(3)).then(hubSpot.exchange(request));
            AssociationsTemplate client = stubbed(late, nanoTime, sends,
                    RateLimitSettings.defaults().withLimit(10, Duration.ofSeconds(10)), FAST_RETRY);
            return new Paced(hubSpot, run(client, 40, 40));
        }, Duration.ofMinutes(5));

        assertThat(paced.hubSpot().statuses()).hasSize(40).containsOnly(200);
        assertThat(paced.hubSpot().mostInAnyInterval()).isEqualTo(10);
    }

    @Test
    void headersKeepAClientWhoseLimitIsAboveTheServersAlmostFreeOf429s() {
        Paced paced = onVirtualTime((nanoTime) -> {
            RollingWindowHubSpot hubSpot = new RollingWindowHubSpot(50, Duration.ofSeconds(1), nanoTime);
            AssociationsTemplate client = stubbed(hubSpot, nanoTime, new CopyOnWriteArrayList<>(),
                    RateLimitSettings.defaults().withLimit(500, Duration.ofSeconds(1)), FAST_RETRY);
            return new Paced(hubSpot, run(client, 300, 20));
        }, Duration.ofMinutes(5));

        List<Integer> statuses = paced.hubSpot().statuses();
        long rejected = statuses.stream().filter((status) -> status == 429).count();
        assertThat(statuses.stream().filter((status) -> status == 200).count()).isEqualTo(300);
        assertThat(rejected).isLessThanOrEqualTo(statuses.size() / 100);
    }

    @Test
    void withoutTheHeadersSuchAClientCollects429s() {
        Paced paced = onVirtualTime((nanoTime) -> {
            RollingWindowHubSpot hubSpot = new RollingWindowHubSpot(50, Duration.ofSeconds(1), nanoTime);
            AssociationsTemplate client = stubbed(hubSpot, nanoTime, new CopyOnWriteArrayList<>(),
                    RateLimitSettings.defaults().withLimit(500, Duration.ofSeconds(1)).withAdaptive(false), FAST_RETRY);
            return new Paced(hubSpot, run(client, 150, 20));
        }, Duration.ofMinutes(5));

        long rejected = paced.hubSpot().statuses().stream().filter((status) -> status == 429).count();
        assertThat(rejected).isGreaterThan(15);
    }

    @Test
    void instancesSharingOneStoreNeverExceedTheWindow() {
        Paced paced = onVirtualTime((nanoTime) -> {
            RollingWindowHubSpot hubSpot = new RollingWindowHubSpot(50, Duration.ofSeconds(1), nanoTime);
            RateLimitSettings limit = RateLimitSettings.defaults().withLimit(50, Duration.ofSeconds(1));
            InMemoryRateLimitStore store = new InMemoryRateLimitStore(nanoTime, Clock.systemUTC());
            AssociationsTemplate one = stubbed(hubSpot, nanoTime, new CopyOnWriteArrayList<>(), limit, FAST_RETRY,
                    store);
            AssociationsTemplate other = stubbed(hubSpot, nanoTime, new CopyOnWriteArrayList<>(), limit, FAST_RETRY,
                    store);
            return new Paced(hubSpot, Mono.when(run(one, 150, 10), run(other, 150, 10)).thenReturn(300));
        }, Duration.ofMinutes(5));

        assertThat(paced.hubSpot().statuses()).hasSize(300).containsOnly(200);
        assertThat(paced.hubSpot().mostInAnyInterval()).isEqualTo(50);
    }

    @Test
    void after429WithoutRetryAfterTheRetryWaitsOnlyUntilTheWindowHasRoom() {
        // The client believes in 11 per 10 s, HubSpot allows 10: the 11th, sent 4 s
        // after the first 10 were answered, is rejected. HubSpot counted those 10 no
        // later than their answers, so the window has room 10 s (and the margin) after
        // them, not 10 s after the 429.
        List<Long> sends = new CopyOnWriteArrayList<>();
        Paced paced = onVirtualTime((nanoTime) -> {
            RollingWindowHubSpot hubSpot = new RollingWindowHubSpot(10, Duration.ofSeconds(10), nanoTime);
            AssociationsTemplate client = stubbed(hubSpot, nanoTime, sends,
                    RateLimitSettings.defaults().withLimit(11, Duration.ofSeconds(10)).withAdaptive(false), FAST_RETRY);
            Mono<Integer> job = run(client, 10, 10).then(Mono.delay(Duration.ofSeconds(4)))
                .then(run(client, 1, 1))
                .thenReturn(11);
            return new Paced(hubSpot, job);
        }, Duration.ofMinutes(1));

        assertThat(paced.hubSpot().statuses()).hasSize(12).endsWith(429, 200);
        assertThat(sends.get(10)).isEqualTo(Duration.ofSeconds(4).toNanos());
        assertThat(sends.get(11)).isEqualTo(Duration.ofMillis(10_200).toNanos());
    }

    @Test
    void anAttemptThatNeverSentItsRequestFreesItsSlotAtOnce() {
        List<Long> sends = new CopyOnWriteArrayList<>();
        AtomicInteger tokens = new AtomicInteger();
        Paced paced = onVirtualTime((nanoTime) -> {
            RollingWindowHubSpot hubSpot = new RollingWindowHubSpot(1, Duration.ofSeconds(10), nanoTime);
            AssociationsTemplate client = AssociationsTemplate.builder()
                .webClient(WebClient.builder().exchangeFunction(recording(hubSpot, nanoTime, sends)).build())
                .accessTokenProvider(() -> (tokens.incrementAndGet() == 1)
                        ? Mono.error(new IllegalStateException("no token yet")) : Mono.just("pat-na1-test"))
                .nanoTime(nanoTime)
                .rateLimiter(unbounded())
                .settings(AssociationsSettings.builder()
                    .rateLimit(RateLimitSettings.defaults().withLimit(1, Duration.ofSeconds(10)))
                    .retry(RetrySettings.disabled())
                    .build())
                .build();
            Mono<Integer> job = client.records()
                .listPage("contacts", "1", "companies", 10, null)
                .onErrorResume((ex) -> Mono.empty())
                .then(run(client, 1, 1));
            return new Paced(hubSpot, job);
        }, Duration.ofMinutes(1));

        assertThat(tokens).hasValue(2);
        // The slot of the attempt without a token was free again: the next went at once
        assertThat(sends).containsExactly(0L);
        assertThat(paced.hubSpot().statuses()).containsExactly(200);
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
    void theResilience4jLimiterAllowsAWindowPerIntervalAndTheStoreKeepsEveryRollingWindowWithinIt() {
        RateLimitSettings settings = RateLimitSettings.defaults();

        assertThat(settings.maxRequests()).isEqualTo(100);
        assertThat(settings.interval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.permitSpacing()).isEqualTo(Duration.ofSeconds(10).dividedBy(99));
        assertThat(AssociationsTemplate.rateLimiterConfig(settings).getLimitForPeriod()).isEqualTo(100);
        assertThat(AssociationsTemplate.rateLimiterConfig(settings).getLimitRefreshPeriod())
            .isEqualTo(Duration.ofSeconds(10));
        assertThat(RateLimitSettings.of(io.github.associations.resilience.RateLimitTier.ASSOCIATIONS_PROFESSIONAL)
            .maxRequests()).isEqualTo(150);
        assertThat(AssociationsTemplate.builder().privateAppToken("pat-na1-test").build().getRateLimitStore())
            .isInstanceOf(InMemoryRateLimitStore.class);
    }

    private static Mono<Integer> run(AssociationsOperations hubSpot, int requests, int concurrency) {
        return Flux.range(1, requests)
            .flatMap((i) -> hubSpot.records().listPage("contacts", Integer.toString(i), "companies", 10, null),
                    concurrency)
            .count()
            .map(Long::intValue);
    }

    /**
     * Run a job on virtual time: the template's time source and every delay are the
     * virtual scheduler's, which is moved on until the job is done or {@code within} has
     * passed.
     */
    private static Paced onVirtualTime(Function<LongSupplier, Paced> job, Duration within) {
        VirtualTimeScheduler time = VirtualTimeScheduler.getOrSet();
        try {
            Paced paced = job.apply(() -> time.now(TimeUnit.NANOSECONDS));
            AtomicReference<Object> outcome = new AtomicReference<>();
            paced.job().subscribe(outcome::set, outcome::set);
            time.advanceTimeBy(within);
            assertThat(outcome.get()).as("the job's outcome within " + within).isInstanceOf(Integer.class);
            return paced;
        }
        finally {
            VirtualTimeScheduler.reset();
        }
    }

    private static AssociationsTemplate stubbed(ExchangeFunction hubSpot, LongSupplier nanoTime, List<Long> sends,
            RateLimitSettings rateLimit, RetrySettings retry) {
        return stubbed(hubSpot, nanoTime, sends, rateLimit, retry, null);
    }

    /**
     * A template answered by the stub, on the test's time, logging when each request is
     * handed on; Resilience4j (on the machine's time) lets everything through, so the
     * pacing seen is the rolling window's alone.
     */
    private static AssociationsTemplate stubbed(ExchangeFunction hubSpot, LongSupplier nanoTime, List<Long> sends,
            RateLimitSettings rateLimit, RetrySettings retry, @Nullable RateLimitStore store) {
        AssociationsTemplate.Builder builder = AssociationsTemplate.builder()
            .webClient(WebClient.builder().exchangeFunction(recording(hubSpot, nanoTime, sends)).build())
            .privateAppToken("pat-na1-test")
            .nanoTime(nanoTime)
            .rateLimiter(unbounded())
            .settings(AssociationsSettings.builder().rateLimit(rateLimit).retry(retry).build());
        if (store != null) {
            builder.rateLimitStore(store);
        }
        return builder.build();
    }

    private static ExchangeFunction recording(ExchangeFunction hubSpot, LongSupplier nanoTime, List<Long> sends) {
        return (request) -> Mono.defer(() -> {
            sends.add(nanoTime.getAsLong());
            return hubSpot.exchange(request);
        });
    }

    private static RateLimiter unbounded() {
        return RateLimiter.of("unbounded",
                RateLimiterConfig.custom()
                    .limitForPeriod(Integer.MAX_VALUE)
                    .limitRefreshPeriod(Duration.ofSeconds(1))
                    .timeoutDuration(Duration.ZERO)
                    .build());
    }

    /**
     * A job against the stub.
     */
    private record Paced(RollingWindowHubSpot hubSpot, Mono<Integer> job) {
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
