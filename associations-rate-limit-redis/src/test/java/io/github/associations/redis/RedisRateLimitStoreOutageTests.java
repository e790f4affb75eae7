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
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.associations.resilience.RateLimitStore.Acquisition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RedisRateLimitStore} while its Redis stops and starts again: calls go on with
 * local pacing, one WARN says so, and sharing resumes by itself once Redis answers. The
 * connection is Spring Boot's default Lettuce one, which queues commands while it
 * reconnects, so only the store's command timeout notices that Redis is gone; it is long
 * enough that a busy machine does not make a running Redis look gone.
 */
@EnabledIfRedisServer
class RedisRateLimitStoreOutageTests {

    private static final Duration ANSWER = Duration.ofSeconds(30);

    private static final Duration IN_FLIGHT = Duration.ofMinutes(1);

    private static final String KEY = "outage";

    private static final String WINDOW = RedisRateLimitStore.DEFAULT_KEY_PREFIX + "window:" + KEY;

    private RedisServer redis;

    private LettuceConnectionFactory connectionFactory;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    private final Logger logger = (Logger) LoggerFactory.getLogger(RedisRateLimitStore.class);

    @BeforeEach
    void startRedis() {
        this.redis = RedisServer.start();
        this.connectionFactory = RedisRateLimitStoreTests.connectionFactory(this.redis.port());
        this.log.start();
        this.logger.addAppender(this.log);
    }

    @AfterEach
    void stopRedis() {
        this.logger.detachAppender(this.log);
        this.connectionFactory.destroy();
        this.redis.stop();
    }

    @Test
    void redisStoppedMidRunThenRestarted() {
        RedisRateLimitStore store = RedisRateLimitStore.builder(this.connectionFactory)
            .commandTimeout(Duration.ofSeconds(3))
            .recoveryInterval(Duration.ofMillis(200))
            .build();
        try {
            // Shared: the slots are in Redis
            List<Acquisition> shared = acquire(store, 3, 5);
            assertThat(shared).allMatch(Acquisition::isGranted);
            assertThat(windowSize()).isEqualTo(3);
            assertThat(store.isShared()).isTrue();

            this.redis.stop();
            // Every call completes: the local window of 5 grants 5 of 8, and waits the
            // rest
            Instant stopped = Instant.now();
            List<Acquisition> local = acquire(store, 8, 5);
            assertThat(local).hasSize(8);
            assertThat(local).filteredOn(Acquisition::isGranted).hasSize(5);
            assertThat(store.isShared()).isFalse();
            assertThat(store.isAvailable()).isFalse();
            assertThat(store.unavailableSince()).isAfterOrEqualTo(stopped.minusSeconds(1));
            assertThat(store.lastFailure()).isNotBlank();
            // Releases complete too: a Redis slot waits to be abandoned, a local one is
            // freed
            store.release(KEY, shared.get(0).slot(), Duration.ofSeconds(10)).block(ANSWER);
            String localSlot = local.get(0).slot();
            store.release(KEY, localSlot, Duration.ZERO).block(ANSWER);
            assertThat(store.acquire(KEY, 5, IN_FLIGHT).block(ANSWER).isGranted()).isTrue();
            // The daily state is kept locally meanwhile
            Instant until = Instant.now().plusSeconds(3600);
            store.markDailyLimitReached(KEY, until).block(ANSWER);
            assertThat(store.dailyLimitReachedUntil(KEY).block(ANSWER)).isEqualTo(until);
            assertThat(events(Level.WARN)).hasSize(1);
            assertThat(events(Level.WARN).get(0).getFormattedMessage())
                .startsWith("Redis is unavailable to the HubSpot rate-limit store");

            this.redis.restart();
            awaitShared(store);
            assertThat(events(Level.INFO)).hasSize(1);
            assertThat(events(Level.INFO).get(0).getFormattedMessage())
                .startsWith("Redis answers the HubSpot rate-limit store again");
            // Shared again: Redis restarted empty, and the new slot is there
            Acquisition again = store.acquire(KEY, 5, IN_FLIGHT).block(ANSWER);
            assertThat(again.isGranted()).isTrue();
            assertThat(windowSize()).isEqualTo(1);
            assertThat(store.isAvailable()).isTrue();
            assertThat(store.unavailableSince()).isNull();
            assertThat(events(Level.WARN)).hasSize(1);
        }
        finally {
            store.close();
        }
    }

    @Test
    void redisUnavailableFromTheStartIsOneWarning() {
        this.redis.stop();
        RedisRateLimitStore store = RedisRateLimitStore.builder(this.connectionFactory)
            .commandTimeout(Duration.ofSeconds(3))
            .recoveryInterval(Duration.ofMillis(200))
            .build();
        try {
            List<Acquisition> local = acquire(store, 4, 3);
            assertThat(local).filteredOn(Acquisition::isGranted).hasSize(3);
            assertThat(store.dailyLimitReachedUntil(KEY).block(ANSWER)).isNull();
            assertThat(store.isShared()).isFalse();
            assertThat(events(Level.WARN)).hasSize(1);

            this.redis.restart();
            awaitShared(store);
            assertThat(store.acquire(KEY, 3, IN_FLIGHT).block(ANSWER).isGranted()).isTrue();
            assertThat(windowSize()).isEqualTo(1);
            assertThat(events(Level.WARN)).hasSize(1);
            assertThat(events(Level.INFO)).hasSize(1);
        }
        finally {
            store.close();
        }
    }

    private static List<Acquisition> acquire(RedisRateLimitStore store, int count, int limit) {
        return Flux.range(0, count).concatMap((i) -> store.acquire(KEY, limit, IN_FLIGHT)).collectList().block(ANSWER);
    }

    private long windowSize() {
        return new ReactiveStringRedisTemplate(this.connectionFactory).opsForZSet().size(WINDOW).block(ANSWER);
    }

    private List<ILoggingEvent> events(Level level) {
        return this.log.list.stream().filter((event) -> event.getLevel() == level).toList();
    }

    /**
     * Wait until the store shares again: the test's timeout bounds only a store that
     * never does (Lettuce reconnects with a growing delay, and the store checks every 200
     * ms).
     */
    private static void awaitShared(RedisRateLimitStore store) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!store.isShared()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("The store did not share again within 60 s: " + store.lastFailure());
            }
            try {
                Thread.sleep(50);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new AssertionError(ex);
            }
        }
    }

}
