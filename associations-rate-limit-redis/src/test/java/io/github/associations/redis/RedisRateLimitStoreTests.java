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

package io.github.associations.redis;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.github.associations.resilience.RateLimitStore.Acquisition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link RedisRateLimitStore} against a real Redis of its own: two stores on two Lettuce
 * connections play two instances of an application. Every command may take up to 10
 * seconds, so that a slow machine never makes a store count locally; each test checks
 * that the store stayed shared.
 */
@EnabledIfRedisServer
class RedisRateLimitStoreTests {

    private static final Duration ANSWER = Duration.ofSeconds(30);

    private static final Duration IN_FLIGHT = Duration.ofMinutes(1);

    private static RedisServer redis;

    private static LettuceConnectionFactory firstConnection;

    private static LettuceConnectionFactory secondConnection;

    private static ReactiveStringRedisTemplate inspect;

    private final String key = "test-" + UUID.randomUUID();

    private final String window = RedisRateLimitStore.DEFAULT_KEY_PREFIX + "window:" + this.key;

    @BeforeAll
    static void startRedis() {
        redis = RedisServer.start();
        firstConnection = connectionFactory(redis.port());
        secondConnection = connectionFactory(redis.port());
        inspect = new ReactiveStringRedisTemplate(firstConnection);
    }

    @AfterAll
    static void stopRedis() {
        firstConnection.destroy();
        secondConnection.destroy();
        redis.stop();
    }

    static LettuceConnectionFactory connectionFactory(int port) {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", port));
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }

    private static RedisRateLimitStore.Builder store(LettuceConnectionFactory connectionFactory) {
        return RedisRateLimitStore.builder(connectionFactory).commandTimeout(Duration.ofSeconds(10));
    }

    @Test
    void acquireGrantsSlotsUpToTheLimitThenAnswersThePollInterval() {
        RedisRateLimitStore store = store(firstConnection).pollInterval(Duration.ofMillis(250)).build();
        List<Acquisition> answers = Flux.range(0, 4)
            .concatMap((i) -> store.acquire(this.key, 3, IN_FLIGHT))
            .collectList()
            .block(ANSWER);
        assertThat(answers).hasSize(4);
        assertThat(answers.subList(0, 3)).allMatch(Acquisition::isGranted);
        assertThat(answers.subList(0, 3).stream().map(Acquisition::slot).distinct()).hasSize(3);
        // The earliest slot is in flight, a minute away: ask again after the poll
        // interval
        assertThat(answers.get(3).isGranted()).isFalse();
        assertThat(answers.get(3).retryIn()).isEqualTo(Duration.ofMillis(250));
        assertThat(inspect.opsForZSet().size(this.window).block(ANSWER)).isEqualTo(3);
        assertThat(store.isShared()).isTrue();
    }

    @Test
    void twoInstancesRacingForTheLastSlotTakeExactlyTheLimit() {
        RedisRateLimitStore first = store(firstConnection).build();
        RedisRateLimitStore second = store(secondConnection).build();
        int limit = 10;
        for (int round = 0; round < 5; round++) {
            String raced = this.key + "-" + round;
            Flux.range(0, limit - 1).concatMap((i) -> first.acquire(raced, limit, IN_FLIGHT)).blockLast(ANSWER);
            Flux<Acquisition> fromFirst = Flux.range(0, 20)
                .flatMap((i) -> first.acquire(raced, limit, IN_FLIGHT).subscribeOn(Schedulers.parallel()));
            Flux<Acquisition> fromSecond = Flux.range(0, 20)
                .flatMap((i) -> second.acquire(raced, limit, IN_FLIGHT).subscribeOn(Schedulers.parallel()));
            List<Acquisition> answers = Flux.merge(fromFirst, fromSecond).collectList().block(ANSWER);
            assertThat(answers).hasSize(40);
            assertThat(answers).filteredOn(Acquisition::isGranted).hasSize(1);
            assertThat(
                    inspect.opsForZSet().size(RedisRateLimitStore.DEFAULT_KEY_PREFIX + "window:" + raced).block(ANSWER))
                .isEqualTo(limit);
        }
        assertThat(first.isShared()).isTrue();
        assertThat(second.isShared()).isTrue();
    }

    @Test
    void releaseWithAHoldKeepsTheSlotUntilTheHoldEnds() {
        RedisRateLimitStore store = store(firstConnection).pollInterval(Duration.ofMinutes(5)).build();
        Acquisition taken = store.acquire(this.key, 1, IN_FLIGHT).block(ANSWER);
        assertThat(taken.isGranted()).isTrue();
        long before = redisTime();
        store.release(this.key, taken.slot(), Duration.ofSeconds(30)).block(ANSWER);
        long after = redisTime();
        // Held 30 s from the release, on Redis's clock
        assertThat(inspect.opsForZSet().score(this.window, taken.slot()).block(ANSWER)).isBetween(before + 30_000.0,
                after + 30_000.0);
        Acquisition denied = store.acquire(this.key, 1, IN_FLIGHT).block(ANSWER);
        assertThat(denied.isGranted()).isFalse();
        // The wait until the held slot is free, not the five-minute poll interval
        assertThat(denied.retryIn()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(store.isShared()).isTrue();
    }

    @Test
    void releaseWithZeroHoldFreesTheSlot() {
        RedisRateLimitStore store = store(firstConnection).build();
        Acquisition taken = store.acquire(this.key, 1, IN_FLIGHT).block(ANSWER);
        store.release(this.key, taken.slot(), Duration.ZERO).block(ANSWER);
        assertThat(inspect.opsForZSet().score(this.window, taken.slot()).block(ANSWER)).isNull();
        Acquisition next = store.acquire(this.key, 1, IN_FLIGHT).block(ANSWER);
        assertThat(next.isGranted()).isTrue();
        assertThat(next.slot()).isNotEqualTo(taken.slot());
        assertThat(store.isShared()).isTrue();
    }

    @Test
    void releaseOfASlotNoLongerTakenDoesNotTakeItAgain() {
        RedisRateLimitStore store = store(firstConnection).build();
        Acquisition taken = store.acquire(this.key, 2, IN_FLIGHT).block(ANSWER);
        // As when the slot was abandoned and dropped, or Redis restarted empty
        inspect.opsForZSet().remove(this.window, taken.slot()).block(ANSWER);
        store.release(this.key, taken.slot(), Duration.ofSeconds(30)).block(ANSWER);
        assertThat(inspect.opsForZSet().score(this.window, taken.slot()).block(ANSWER)).isNull();
        assertThat(store.isShared()).isTrue();
    }

    @Test
    void abandonedSlotIsFreeAfterAbandonAfter() {
        RedisRateLimitStore store = store(firstConnection).pollInterval(Duration.ofMillis(50)).build();
        long before = redisTime();
        Acquisition abandoned = store.acquire(this.key, 1, Duration.ofMillis(500)).block(ANSWER);
        long after = redisTime();
        assertThat(inspect.opsForZSet().score(this.window, abandoned.slot()).block(ANSWER)).isBetween(before + 500.0,
                after + 500.0);
        // The window's key expires with its last slot
        assertThat(inspect.getExpire(this.window).block(ANSWER)).isPositive()
            .isLessThanOrEqualTo(Duration.ofMillis(501));
        Acquisition next = eventuallyGranted(store, 1, IN_FLIGHT);
        assertThat(next.slot()).isNotEqualTo(abandoned.slot());
        assertThat(inspect.opsForZSet().score(this.window, abandoned.slot()).block(ANSWER)).isNull();
        assertThat(inspect.opsForZSet().size(this.window).block(ANSWER)).isOne();
        assertThat(store.isShared()).isTrue();
    }

    @Test
    void dailyLimitReachedIsSharedByEveryInstance() {
        RedisRateLimitStore first = store(firstConnection).build();
        RedisRateLimitStore second = store(secondConnection).build();
        Instant until = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
        assertThat(second.dailyLimitReachedUntil(this.key).block(ANSWER)).isNull();
        first.markDailyLimitReached(this.key, until).block(ANSWER);
        assertThat(second.dailyLimitReachedUntil(this.key).block(ANSWER)).isEqualTo(until);
        // An earlier instant does not shorten it, a later one lengthens it
        second.markDailyLimitReached(this.key, until.minusSeconds(60)).block(ANSWER);
        assertThat(first.dailyLimitReachedUntil(this.key).block(ANSWER)).isEqualTo(until);
        second.markDailyLimitReached(this.key, until.plusSeconds(60)).block(ANSWER);
        assertThat(first.dailyLimitReachedUntil(this.key).block(ANSWER)).isEqualTo(until.plusSeconds(60));
        // The key expires at the reset
        assertThat(inspect.getExpire(RedisRateLimitStore.DEFAULT_KEY_PREFIX + "daily:" + this.key).block(ANSWER))
            .isPositive()
            .isLessThanOrEqualTo(Duration.ofMinutes(61));
        assertThat(first.isShared()).isTrue();
        assertThat(second.isShared()).isTrue();
    }

    @Test
    void dailyLimitReachedUntilAnInstantPassedIsNotRecorded() {
        RedisRateLimitStore store = store(firstConnection).build();
        store.markDailyLimitReached(this.key, Instant.now().minusSeconds(60)).block(ANSWER);
        assertThat(store.dailyLimitReachedUntil(this.key).block(ANSWER)).isNull();
        assertThat(store.isShared()).isTrue();
    }

    @Test
    void keysStartWithThePrefix() {
        RedisRateLimitStore store = store(firstConnection).keyPrefix("tests:limits:").build();
        store.acquire(this.key, 1, IN_FLIGHT).block(ANSWER);
        store.markDailyLimitReached(this.key, Instant.now().plusSeconds(60)).block(ANSWER);
        assertThat(inspect.hasKey("tests:limits:window:" + this.key).block(ANSWER)).isTrue();
        assertThat(inspect.hasKey("tests:limits:daily:" + this.key).block(ANSWER)).isTrue();
        assertThat(inspect.hasKey(this.window).block(ANSWER)).isFalse();
    }

    @Test
    void acquireRejectsALimitBelowOne() {
        RedisRateLimitStore store = store(firstConnection).build();
        assertThatIllegalArgumentException().isThrownBy(() -> store.acquire(this.key, 0, IN_FLIGHT))
            .withMessage("limit must be positive, but was 0");
    }

    @Test
    void acquireRejectsAnAbandonAfterThatIsNotPositive() {
        RedisRateLimitStore store = store(firstConnection).build();
        assertThatIllegalArgumentException().isThrownBy(() -> store.acquire(this.key, 1, Duration.ZERO))
            .withMessage("abandonAfter must be positive, but was PT0S");
    }

    @Test
    void builderRejectsACommandTimeoutThatIsNotPositive() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RedisRateLimitStore.builder(firstConnection).commandTimeout(Duration.ofMillis(-1)))
            .withMessage("commandTimeout must be positive, but was PT-0.001S");
    }

    private static long redisTime() {
        return inspect.execute((connection) -> connection.serverCommands().time()).blockFirst(ANSWER);
    }

    /**
     * Ask until a slot is granted, waiting as long as the store says; the test's timeout
     * bounds only a store that never grants one.
     */
    private Acquisition eventuallyGranted(RedisRateLimitStore store, int limit, Duration abandonAfter) {
        long deadline = System.nanoTime() + ANSWER.toNanos();
        while (System.nanoTime() - deadline < 0) {
            Acquisition answer = store.acquire(this.key, limit, abandonAfter).block(ANSWER);
            if (answer.isGranted()) {
                return answer;
            }
            Mono.delay(answer.retryIn()).block(ANSWER);
        }
        throw new AssertionError("No slot was granted within " + ANSWER);
    }

}
