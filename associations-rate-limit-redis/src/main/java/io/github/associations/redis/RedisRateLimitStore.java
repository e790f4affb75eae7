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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.github.associations.check.Arguments;
import io.github.associations.resilience.InMemoryRateLimitStore;
import io.github.associations.resilience.RateLimitStore;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A {@link RateLimitStore} in Redis, through Spring Data Redis's reactive API: every
 * instance of an application that uses the same Redis and the same keys counts against
 * one HubSpot burst window and sees one daily-limit state.
 * <p>
 * A burst window is a sorted set with one member per slot, scored with the time the slot
 * is free again, on Redis's clock ({@code TIME}). One Lua script takes a slot atomically:
 * it drops the members whose time has passed and adds one, held for {@code abandonAfter},
 * only while fewer than the limit remain, so two instances can never both take the last
 * slot. Another re-scores a released slot to the end of its hold ({@code ZADD XX}), or
 * removes it for a zero hold. A window's key expires once its last slot is free, so
 * abandoned windows do not stay. The daily limit is a key holding the instant calls may
 * be attempted again, expiring at that instant.
 * <p>
 * When every slot is taken, the store answers the wait until the earliest is free, but
 * never longer than the {@linkplain Builder#pollInterval(Duration) poll interval}: a slot
 * whose request is in flight is scored a whole {@code abandonAfter} ahead, yet may be
 * released (and, if its request was never sent, freed) at any moment, so a waiting client
 * asks again soon instead of at that far time. A slot held after HubSpot answered is
 * scored with the exact time it is free, so a client waiting for it asks again then.
 * <p>
 * <strong>When Redis is unavailable</strong> (an error, or no answer within the
 * {@linkplain Builder#commandTimeout(Duration) command timeout}) calls go on with local
 * pacing: the store counts in an {@link InMemoryRateLimitStore} of its own, and
 * {@link #isShared()} answers {@code false} meanwhile, so that the client keeps its
 * reserve for the other instances it can no longer see. One WARN is logged when Redis
 * goes and one INFO when it is back: the store sends Redis a {@code PING} every
 * {@linkplain Builder#recoveryInterval(Duration) recovery interval} and shares again as
 * soon as Redis answers. Nothing fails because Redis is down. {@link #isAvailable()},
 * {@link #unavailableSince()} and {@link #lastFailure()} tell health checks.
 * <p>
 * The store does not own its connection factory: {@link #close()} stops the store's
 * recovery checks and leaves the connections to the application.
 *
 * @since 0.1.0
 */
public final class RedisRateLimitStore implements RateLimitStore, AutoCloseable {

    /**
     * The prefix of the store's keys unless another is set.
     */
    public static final String DEFAULT_KEY_PREFIX = "hubspot:rate-limit:";

    private static final Log logger = LogFactory.getLog(RedisRateLimitStore.class);

    private static final RedisScript<Long> ACQUIRE = script("acquire.lua");

    private static final RedisScript<Long> RELEASE = script("release.lua");

    private static final RedisScript<Long> DAILY_LIMIT_REACHED = script("daily-limit-reached.lua");

    /** The prefix of the names of slots taken locally while Redis was unavailable. */
    private static final String LOCAL_SLOT = "local:";

    private final ReactiveStringRedisTemplate redis;

    private final String keyPrefix;

    private final Duration commandTimeout;

    private final Duration connectTimeout;

    private final Duration pollInterval;

    private final Duration recoveryInterval;

    private final RateLimitStore local = new InMemoryRateLimitStore();

    private final Clock clock = Clock.systemUTC();

    /** Names this store's slots, unique across instances. */
    private final String instance = UUID.randomUUID().toString();

    private final AtomicLong slots = new AtomicLong();

    private final AtomicReference<@Nullable Instant> unavailableSince = new AtomicReference<>();

    private volatile @Nullable String lastFailure;

    private volatile @Nullable Disposable recoveryCheck;

    private volatile boolean closed;

    /**
     * Whether Redis ever answered: until then, a command may have to open a connection.
     */
    private volatile boolean connected;

    private RedisRateLimitStore(Builder builder) {
        this.redis = new ReactiveStringRedisTemplate(builder.connectionFactory);
        this.keyPrefix = builder.keyPrefix;
        this.commandTimeout = builder.commandTimeout;
        this.connectTimeout = builder.connectTimeout;
        this.pollInterval = builder.pollInterval;
        this.recoveryInterval = builder.recoveryInterval;
    }

    /**
     * Start building a store on a Redis connection factory, such as the
     * {@code LettuceConnectionFactory} Spring Boot configures from
     * {@code spring.data.redis.*}.
     * @param connectionFactory the connections to Redis, which the store does not close
     * @return a builder
     */
    public static Builder builder(ReactiveRedisConnectionFactory connectionFactory) {
        return new Builder(Arguments.notNull("connectionFactory", connectionFactory));
    }

    @Override
    public Mono<Acquisition> acquire(String key, int limit, Duration abandonAfter) {
        Arguments.notBlank("key", key);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, but was " + limit);
        }
        long abandonAfterMillis = millis(positive("abandonAfter", abandonAfter));
        return Mono.defer(() -> {
            if (!isAvailable()) {
                return acquireLocally(key, limit, abandonAfter);
            }
            String slot = this.instance + "-" + this.slots.incrementAndGet();
            Mono<Acquisition> shared = run(ACQUIRE, this.keyPrefix + "window:" + key, Integer.toString(limit),
                    Long.toString(abandonAfterMillis), slot)
                .map((wait) -> (wait < 0) ? Acquisition.granted(slot) : Acquisition.denied(pollAfter(wait)));
            return orLocally(shared, () -> acquireLocally(key, limit, abandonAfter));
        });
    }

    private Mono<Acquisition> acquireLocally(String key, int limit, Duration abandonAfter) {
        return this.local.acquire(key, limit, abandonAfter)
            .map((answer) -> (answer.slot() != null) ? Acquisition.granted(LOCAL_SLOT + answer.slot()) : answer);
    }

    @Override
    public Mono<Void> release(String key, String slot, Duration hold) {
        Arguments.notBlank("key", key);
        Arguments.notBlank("slot", slot);
        Arguments.notNull("hold", hold);
        if (slot.startsWith(LOCAL_SLOT)) {
            return this.local.release(key, slot.substring(LOCAL_SLOT.length()), hold);
        }
        return Mono.defer(() -> {
            if (!isAvailable()) {
                // Redis frees the slot once it is abandoned.
                return Mono.empty();
            }
            long holdMillis = hold.isNegative() ? 0 : millis(hold);
            return orLocally(run(RELEASE, this.keyPrefix + "window:" + key, slot, Long.toString(holdMillis)).then(),
                    Mono::empty);
        });
    }

    @Override
    public Mono<Void> markDailyLimitReached(String key, Instant until) {
        Arguments.notBlank("key", key);
        Arguments.notNull("until", until);
        return Mono.defer(() -> {
            if (!isAvailable()) {
                return this.local.markDailyLimitReached(key, until);
            }
            return orLocally(
                    run(DAILY_LIMIT_REACHED, this.keyPrefix + "daily:" + key, Long.toString(until.toEpochMilli()))
                        .then(),
                    () -> this.local.markDailyLimitReached(key, until));
        });
    }

    @Override
    public Mono<Instant> dailyLimitReachedUntil(String key) {
        Arguments.notBlank("key", key);
        return Mono.defer(() -> {
            if (!isAvailable()) {
                return this.local.dailyLimitReachedUntil(key);
            }
            Mono<Instant> shared = timed(
                    Mono.defer(() -> this.redis.opsForValue().get(this.keyPrefix + "daily:" + key)))
                .map((until) -> Instant.ofEpochMilli(Long.parseLong(until)));
            return orLocally(shared, () -> this.local.dailyLimitReachedUntil(key));
        });
    }

    /**
     * Shared while Redis answers: every instance's requests are among the slots.
     * @return {@code true} unless Redis is unavailable and the store counts locally
     */
    @Override
    public boolean isShared() {
        return isAvailable();
    }

    /**
     * Whether Redis answered the last time it was asked.
     * @return {@code true} unless the store counts locally until Redis answers again
     */
    public boolean isAvailable() {
        return this.unavailableSince.get() == null;
    }

    /**
     * Since when Redis has been unavailable.
     * @return the instant of the failure that made the store count locally, or
     * {@code null} while Redis is available
     */
    public @Nullable Instant unavailableSince() {
        return this.unavailableSince.get();
    }

    /**
     * What went wrong the last time Redis failed the store: the exception and its
     * message, kept after Redis is back.
     * @return the failure, or {@code null} if Redis never failed the store
     */
    public @Nullable String lastFailure() {
        return this.lastFailure;
    }

    /**
     * Stop checking whether Redis is back. The connection factory stays open; the store
     * keeps answering, from Redis or locally.
     */
    @Override
    public void close() {
        this.closed = true;
        Disposable check = this.recoveryCheck;
        if (check != null) {
            check.dispose();
        }
    }

    @Override
    public String toString() {
        return "RedisRateLimitStore[keyPrefix=" + this.keyPrefix + ", available=" + isAvailable() + "]";
    }

    private Mono<Long> run(RedisScript<Long> script, String key, String... args) {
        // The caller's work goes on off Lettuce's event loop, which then only reads
        // answers: a slow caller must not hold up every other command's answer
        return timed(Mono.defer(() -> this.redis.execute(script, List.of(key), Arrays.asList(args)).single())
            .publishOn(Schedulers.parallel()));
    }

    /**
     * A command that fails if Redis does not answer within the command timeout. The
     * connection factory opens its shared connection on first use, blocking, so until
     * Redis first answered, commands are sent from a thread that may block.
     */
    private <T> Mono<T> timed(Mono<T> command) {
        boolean connected = this.connected;
        Mono<T> sent = connected ? command
                : command.subscribeOn(Schedulers.boundedElastic()).doOnSuccess((answer) -> this.connected = true);
        // Until Redis first answered, a command also opens the connection and loads the
        // scripts: a cold instance would otherwise count locally for its first requests
        Duration timeout = connected ? this.commandTimeout : this.connectTimeout;
        return sent.timeout(timeout, Mono.error(() -> new TimeoutException("Redis did not answer within " + timeout)));
    }

    /**
     * The answer from Redis or, if Redis failed, the local one.
     */
    private <T> Mono<T> orLocally(Mono<T> shared, Supplier<Mono<T>> locally) {
        return shared.onErrorResume((failure) -> {
            unavailable(failure);
            return locally.get();
        });
    }

    private Duration pollAfter(long waitMillis) {
        Duration wait = Duration.ofMillis(waitMillis);
        return (wait.compareTo(this.pollInterval) > 0) ? this.pollInterval : wait;
    }

    private void unavailable(Throwable failure) {
        String description = describe(failure);
        this.lastFailure = description;
        if (this.unavailableSince.compareAndSet(null, this.clock.instant())) {
            logger.warn("Redis is unavailable to the HubSpot rate-limit store (" + description + "): this instance "
                    + "paces its requests alone, and HubSpot's rate-limit headers slow the instances that share its "
                    + "window, until Redis answers again");
            checkRecovery();
        }
    }

    /**
     * Send Redis a {@code PING} every recovery interval until it answers.
     */
    private void checkRecovery() {
        if (this.closed) {
            return;
        }
        Disposable check = timed(Mono.defer(() -> this.redis.execute((connection) -> connection.ping()).single()))
            .delaySubscription(this.recoveryInterval, Schedulers.boundedElastic())
            .doOnError((failure) -> this.lastFailure = describe(failure))
            .retry()
            .subscribe((pong) -> recovered());
        this.recoveryCheck = check;
        if (this.closed) {
            check.dispose();
        }
    }

    private void recovered() {
        Instant since = this.unavailableSince.getAndSet(null);
        if (since != null) {
            logger.info("Redis answers the HubSpot rate-limit store again after "
                    + Duration.between(since, this.clock.instant()).toMillis() + " ms: the instances share the burst "
                    + "window again");
        }
    }

    private static String describe(Throwable failure) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        return (cause.getMessage() != null) ? cause.getClass().getSimpleName() + ": " + cause.getMessage()
                : cause.getClass().getSimpleName();
    }

    private static Duration positive(String name, @Nullable Duration value) {
        Arguments.notNull(name, value);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, but was " + value);
        }
        return value;
    }

    /** Whole milliseconds, rounded up so that a slot is never held shorter. */
    private static long millis(Duration duration) {
        long millis = duration.toMillis();
        return (duration.minusMillis(millis).isZero()) ? millis : millis + 1;
    }

    private static RedisScript<Long> script(String name) {
        try (InputStream script = RedisRateLimitStore.class.getResourceAsStream(name)) {
            if (script == null) {
                throw new IllegalStateException("Lua script " + name + " is missing from the class path");
            }
            return RedisScript.of(new String(script.readAllBytes(), StandardCharsets.UTF_8), Long.class);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Builds a {@link RedisRateLimitStore}.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private final ReactiveRedisConnectionFactory connectionFactory;

        private String keyPrefix = DEFAULT_KEY_PREFIX;

        private Duration commandTimeout = Duration.ofSeconds(1);

        private Duration connectTimeout = Duration.ofSeconds(10);

        private Duration pollInterval = Duration.ofMillis(100);

        private Duration recoveryInterval = Duration.ofSeconds(1);

        private Builder(ReactiveRedisConnectionFactory connectionFactory) {
            this.connectionFactory = connectionFactory;
        }

        /**
         * Start every key with this prefix (default
         * {@value RedisRateLimitStore#DEFAULT_KEY_PREFIX}): the burst windows are
         * {@code <prefix>window:<key>}, the daily quotas {@code <prefix>daily:<key>}.
         * @param keyPrefix the prefix, which may be empty
         * @return this builder
         */
        public Builder keyPrefix(String keyPrefix) {
            this.keyPrefix = Arguments.notNull("keyPrefix", keyPrefix);
            return this;
        }

        /**
         * Count locally when Redis does not answer a command within this time (default 1
         * second).
         * @param commandTimeout how long a command may take, positive
         * @return this builder
         */
        public Builder commandTimeout(Duration commandTimeout) {
            this.commandTimeout = positive("commandTimeout", commandTimeout);
            return this;
        }

        /**
         * Count locally when Redis does not answer the first command within this time
         * (default 10 seconds): until Redis first answered, a command also opens the
         * connection and loads the store's scripts. A Redis that refuses the connection
         * fails at once, whatever this time.
         * @param connectTimeout how long the first command may take, positive
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * Ask again after at most this time when every slot of a window is taken (default
         * 100 milliseconds): a slot in flight may be freed at any moment. Shorter finds a
         * freed slot sooner, at the cost of more commands while clients wait.
         * @param pollInterval the longest wait a denied acquisition answers, positive
         * @return this builder
         */
        public Builder pollInterval(Duration pollInterval) {
            this.pollInterval = positive("pollInterval", pollInterval);
            return this;
        }

        /**
         * While Redis is unavailable, check this often whether it answers again (default
         * 1 second).
         * @param recoveryInterval the time between two checks, positive
         * @return this builder
         */
        public Builder recoveryInterval(Duration recoveryInterval) {
            this.recoveryInterval = positive("recoveryInterval", recoveryInterval);
            return this;
        }

        /**
         * Build the store.
         * @return the store
         */
        public RedisRateLimitStore build() {
            return new RedisRateLimitStore(this);
        }

    }

}
