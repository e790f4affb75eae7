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

package io.github.associations.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

import io.github.associations.error.HubSpotError;
import io.github.associations.error.HubSpotException;
import io.github.associations.error.HubSpotRateLimitException;
import io.github.associations.model.Operation;
import io.github.associations.model.RateLimitHeaders;
import io.github.associations.observation.AssociationsListener;
import io.github.associations.resilience.InMemoryRateLimitStore;
import io.github.associations.resilience.RateLimitKeys;
import io.github.associations.resilience.RateLimitSettings;
import io.github.associations.resilience.RateLimitStore;
import io.github.resilience4j.ratelimiter.RateLimiter;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * What every HTTP attempt passes before it is sent: the daily fail-fast, a permit from
 * the Resilience4j rate limiter, then a slot of HubSpot's burst window in the
 * {@link RateLimitStore}.
 * <p>
 * A slot is taken while fewer than the window's limit are taken, and is held for as long
 * as its attempt runs; once HubSpot answered, for the window's interval plus a margin
 * more. HubSpot counted the request no later than it answered, and any later request
 * arrives no earlier than it is sent, so no rolling window at HubSpot holds more than the
 * limit, however late or bunched requests leave. A slot whose request was never handed to
 * the connector (the token could not be had, the call was cancelled first) is freed at
 * once. The {@link #sendMarker() send marker}, a filter on the client's
 * {@code WebClient}, tells the gate the moment a request is handed to the connector, and
 * what HubSpot's headers said of it.
 *
 * @since 0.1.0
 */
public final class RateLimitGate {

    private static final Log logger = LogFactory.getLog(RateLimitGate.class);

    /** The key of a window and a quota in a store that only this JVM uses. */
    static final String LOCAL_KEY = "local";

    /** The longest wait before a waiting attempt asks the store again. */
    private static final long MAX_POLL_NANOS = Duration.ofMillis(100).toNanos();

    private final RateLimitSettings settings;

    private final @Nullable RateLimiter rateLimiter;

    private final RateLimitStore store;

    private final @Nullable RateLimitKeys keys;

    private final RateLimitKeys sharedKeys;

    private final ServerWindow window;

    private final Duration abandonAfter;

    private final Clock clock;

    private final LongSupplier nanoTime;

    private final AssociationsListener listener;

    private final AtomicReference<Sinks.Empty<Void>> released = new AtomicReference<>(Sinks.empty());

    private final AtomicReference<@Nullable Instant> dailyBlockedUntil = new AtomicReference<>();

    /**
     * When the next request may go while requests are spread (see {@link #spreadWait()}).
     */
    private final AtomicLong nextSpreadSend = new AtomicLong();

    private volatile boolean spreading;

    /**
     * Create a gate.
     * @param settings how many requests, how long a call may wait, and whether the daily
     * limit and headers are heeded
     * @param rateLimiter the limiter, {@code null} for none
     * @param store where the burst window's slots and the daily-limit state are kept
     * @param keys the keys of the window and quota, {@code null} to use
     * {@code sharedKeys} only while the store is shared
     * @param sharedKeys the keys while the store is shared and no {@code keys} are given
     * @param abandonAfter how long a slot that is never released stays taken
     * @param clock the clock deciding when the daily window resets
     * @param nanoTime the time source of waits and of the window's log
     * @param listener the listener told of waits and of the daily limit
     */
    public RateLimitGate(RateLimitSettings settings, @Nullable RateLimiter rateLimiter, RateLimitStore store,
            @Nullable RateLimitKeys keys, RateLimitKeys sharedKeys, Duration abandonAfter, Clock clock,
            LongSupplier nanoTime, AssociationsListener listener) {
        this.settings = settings;
        this.rateLimiter = settings.enabled() ? rateLimiter : null;
        this.store = store;
        this.keys = (keys != null) ? cached(keys) : null;
        this.sharedKeys = cached(sharedKeys);
        this.window = new ServerWindow(nanoTime, settings.enabled() && settings.adaptive(),
                settings.interval().toNanos(), settings.safetyMargin().toNanos());
        this.abandonAfter = abandonAfter;
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.listener = listener;
    }

    private static RateLimitKeys cached(RateLimitKeys keys) {
        return RateLimitKeys.of(keys.burstWindow().cache(), keys.dailyQuota().cache());
    }

    /**
     * Wait until an attempt may be sent, and take its slot of the burst window.
     * @param operation the operation of the attempt, for messages and the listener
     * @return a {@code Mono} of the attempt's permit, to {@link #release(Permit) release}
     * whatever becomes of the attempt, or failing fast after a daily 429 or when the wait
     * would be longer than allowed
     */
    public Mono<Permit> acquire(Operation operation) {
        return Mono.defer(() -> {
            RateLimitKeys keys = keys();
            if (this.keys == null && !this.store.isShared() && this.store instanceof InMemoryRateLimitStore memory) {
                // The common case, answered without a chain of operators per attempt
                Instant until = memory.dailyLimitReachedUntilNow(LOCAL_KEY);
                if (until != null && this.clock.instant().isBefore(until)) {
                    this.dailyBlockedUntil.set(until);
                    return Mono.error(dailyLimitReached(operation, until));
                }
                return admitted(operation, keys);
            }
            Mono<Permit> permit = key(keys.dailyQuota()).flatMap(this.store::dailyLimitReachedUntil)
                .filter((until) -> this.clock.instant().isBefore(until))
                .flatMap((until) -> {
                    this.dailyBlockedUntil.set(until);
                    return Mono.<Permit>error(dailyLimitReached(operation, until));
                })
                .switchIfEmpty(Mono.defer(() -> admitted(operation, keys)));
            return permit;
        });
    }

    /**
     * The permit of an attempt the daily limit does not hold back: paced, or at once when
     * rate limiting is off.
     */
    private Mono<Permit> admitted(Operation operation, RateLimitKeys keys) {
        return this.settings.enabled() ? paced(operation, keys) : Mono.just(new Permit(null, null));
    }

    private Mono<String> key(Mono<String> key) {
        return (this.keys != null || this.store.isShared()) ? key : Mono.just(LOCAL_KEY);
    }

    private RateLimitKeys keys() {
        return (this.keys != null) ? this.keys : this.sharedKeys;
    }

    private Mono<Permit> paced(Operation operation, RateLimitKeys keys) {
        long started = this.nanoTime.getAsLong();
        long deadline = started + this.settings.maxWait().toNanos();
        long waitNanos = 0;
        if (this.rateLimiter != null) {
            waitNanos = this.rateLimiter.reservePermission();
            if (waitNanos < 0) {
                return Mono.error(tooLongAWait(operation));
            }
        }
        long spacing = this.window.spacingNanos(this.settings.maxRequests(), this.store.isShared());
        long spreadAt = spreadAt(started, spacing);
        if (spreadAt - started > deadline - started) {
            giveBack(spreadAt, spacing);
            return Mono.error(tooLongAWait(operation));
        }
        // The Resilience4j wait is bounded by the limiter's own timeout
        waitNanos = Math.max(waitNanos, spreadAt - started);
        Mono<Permit> slot = key(keys.burstWindow()).flatMap((key) -> slot(operation, key, deadline))
            .doOnNext((permit) -> {
                permit.spread(spreadAt, spacing);
                long waited = this.nanoTime.getAsLong() - started;
                if (waited > 0) {
                    this.listener.rateLimiterWait(operation, Duration.ofNanos(waited));
                }
            });
        Mono<Permit> permit = (waitNanos > 0) ? Mono.delay(Duration.ofNanos(waitNanos)).then(slot) : slot;
        return (spacing > 0)
                ? permit.doOnCancel(() -> giveBack(spreadAt, spacing)).doOnError((ex) -> giveBack(spreadAt, spacing))
                : permit;
    }

    /**
     * When this request may go to keep requests evenly spaced, while the window may be
     * shared with clients the store does not see: before HubSpot's headers have told
     * whether anyone else uses it, and while they show others. A client known to be
     * alone, or whose store counts everyone, takes a whole window at once instead: two
     * instances starting together with their own windows would otherwise both do so.
     * @param now the time now
     * @param spacing how far apart requests go, zero for a whole window at once
     * @return when the request may go, {@code now} at the earliest
     */
    private long spreadAt(long now, long spacing) {
        if (spacing <= 0) {
            this.spreading = false;
            return now;
        }
        if (!this.spreading) {
            this.spreading = true;
            this.nextSpreadSend.set(now);
        }
        long at = this.nextSpreadSend.getAndUpdate((next) -> ((next - now > 0) ? next : now) + spacing);
        return (at - now > 0) ? at : now;
    }

    /**
     * Give back the place of a request that is not sent, if no later one took the next.
     */
    private void giveBack(long spreadAt, long spacing) {
        if (spacing > 0) {
            this.nextSpreadSend.compareAndSet(spreadAt + spacing, spreadAt);
        }
    }

    private Mono<Permit> slot(Operation operation, String key, long deadline) {
        return Mono.defer(() -> {
            // Taken before asking, so that a release while the store answers is not
            // missed
            Mono<Void> nextRelease = this.released.get().asMono();
            int limit = this.window.limit(this.settings.maxRequests(), this.store.isShared());
            return this.store.acquire(key, limit, this.abandonAfter).flatMap((acquisition) -> {
                String slot = acquisition.slot();
                if (slot != null) {
                    return Mono.just(new Permit(key, slot));
                }
                long now = this.nanoTime.getAsLong();
                long wait = Math.max(1, acquisition.retryIn().toNanos());
                if (now + wait > deadline) {
                    return Mono.error(tooLongAWait(operation));
                }
                // A release of this gate's own slots may free one (or tell when) sooner
                Mono<Void> retry = Mono
                    .firstWithSignal(Mono.delay(Duration.ofNanos(Math.min(wait, MAX_POLL_NANOS))).then(), nextRelease);
                return retry.then(slot(operation, key, deadline));
            });
        });
    }

    /**
     * Release an attempt's slot, whatever became of the attempt: held for the window's
     * interval and margin from now when its request was handed to the connector, freed at
     * once when it was not.
     * @param permit the attempt's permit
     * @return a {@code Mono} completing at once; the store records the release in the
     * background
     */
    public Mono<Void> release(Permit permit) {
        return Mono.fromRunnable(() -> {
            String key = permit.key;
            String slot = permit.slot;
            if (key == null || slot == null || !permit.release()) {
                return;
            }
            if (!permit.wasSent()) {
                giveBack(permit.spreadAt, permit.spacing);
            }
            Duration hold = permit.wasSent() ? Duration.ofNanos(this.window.holdNanos()) : Duration.ZERO;
            this.store.release(key, slot, hold)
                .doFinally((signal) -> this.released.getAndSet(Sinks.empty()).tryEmitEmpty())
                .subscribe(null, (ex) -> logger.debug("The rate-limit store could not release a slot", ex));
        });
    }

    /**
     * The filter that marks the moment each attempt's request is handed to the connector,
     * for the client's {@code WebClient}: the attempt's permit comes in the Reactor
     * context. It also learns HubSpot's rate-limit headers of each answer.
     * @return the filter
     */
    public ExchangeFilterFunction sendMarker() {
        return (request, next) -> Mono.deferContextual((context) -> {
            Permit permit = context.getOrDefault(Permit.class, null);
            if (permit == null || permit.slot == null) {
                // Not paced (rate limiting is off): nothing to count
                return next.exchange(request);
            }
            long sentAt = this.nanoTime.getAsLong();
            permit.sent();
            this.window.sent(sentAt);
            return next.exchange(request).doOnNext((response) -> {
                if (response.statusCode().value() != 429) {
                    this.window.answered(this.nanoTime.getAsLong());
                }
                this.window.observe(ErrorResponses.rateLimitHeaders(response.headers().asHttpHeaders()), sentAt);
            });
        });
    }

    /**
     * Learn from a failed answer whether it was a daily 429, which holds back every call
     * until the daily window resets.
     * @param failure the exception the answer became
     */
    public void observe(HubSpotException failure) {
        if (failure instanceof HubSpotRateLimitException rateLimit && rateLimit.isDailyLimit()) {
            Instant until = dailyReset();
            this.dailyBlockedUntil.set(until);
            keys().dailyQuota()
                .onErrorResume((ex) -> Mono.empty())
                .transform(this::key)
                .flatMap((key) -> this.store.markDailyLimitReached(key, until))
                .subscribe(null, (ex) -> logger.debug("The rate-limit store could not record the daily limit", ex));
            this.listener.dailyLimitReached(until);
        }
    }

    /**
     * How long to wait before the next attempt after a failure: for a burst 429 that
     * names no {@code Retry-After}, until HubSpot's window has room again, as the
     * client's own answered requests and HubSpot's headers tell; otherwise as given.
     * @param failure the failure of the last attempt
     * @param otherwise the wait the retry policy asks for
     * @return how long to wait
     */
    public Duration retryWait(Throwable failure, Duration otherwise) {
        if (failure instanceof HubSpotRateLimitException rateLimit && rateLimit.getStatus() == 429
                && !rateLimit.isDailyLimit() && rateLimit.getRetryAfter() == null) {
            return Duration.ofNanos(this.window.untilRoom(rateLimit.getRateLimitHeaders()));
        }
        return otherwise;
    }

    /**
     * The client's picture of HubSpot's window.
     * @return the window
     */
    ServerWindow window() {
        return this.window;
    }

    /**
     * When calls are attempted again after the daily limit was reached, as far as this
     * gate has seen.
     * @return the instant, or {@code null} while calls are not held back
     */
    public @Nullable Instant dailyBlockedUntil() {
        Instant blocked = this.dailyBlockedUntil.get();
        return (blocked != null && this.clock.instant().isBefore(blocked)) ? blocked : null;
    }

    private Instant dailyReset() {
        if (this.settings.dailyCoolDown() != null) {
            return this.clock.instant().plus(this.settings.dailyCoolDown());
        }
        LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.settings.dailyResetZone());
        return today.plusDays(1).atStartOfDay(this.settings.dailyResetZone()).toInstant();
    }

    private static HubSpotRateLimitException dailyLimitReached(Operation operation, Instant until) {
        String message = "HubSpot " + operation.id() + " not sent: the account's daily limit was reached; calls "
                + "resume at " + until;
        HubSpotError error = new HubSpotError("error", null, null, "You have reached your daily limit.", null, Map.of(),
                List.of(), Map.of(), null, "RATE_LIMIT", "DAILY", null, null);
        return new HubSpotRateLimitException(message, operation, 0, error, null, Duration.between(Instant.now(), until),
                RateLimitHeaders.NONE);
    }

    private HubSpotRateLimitException tooLongAWait(Operation operation) {
        String message = "HubSpot " + operation.id() + " not sent: the client's rate limiter would make it wait "
                + "longer than " + this.settings.maxWait();
        HubSpotError error = new HubSpotError("error", null, null, message, null, Map.of(), List.of(), Map.of(), null,
                "RATE_LIMIT", "CLIENT", null, null);
        return new HubSpotRateLimitException(message, operation, 0, error, null, null, RateLimitHeaders.NONE);
    }

    /**
     * The permit of one attempt: its slot of the burst window (none when the client does
     * not limit its rate), and whether and when its request was handed to the connector.
     */
    public static final class Permit {

        private final @Nullable String key;

        private final @Nullable String slot;

        private volatile boolean sent;

        private boolean released;

        private long spreadAt;

        private long spacing;

        Permit(@Nullable String key, @Nullable String slot) {
            this.key = key;
            this.slot = slot;
        }

        /** The attempt's place among evenly spread requests, if they are spread. */
        void spread(long at, long spacing) {
            this.spreadAt = at;
            this.spacing = spacing;
        }

        void sent() {
            this.sent = true;
        }

        /**
         * Whether the attempt's request was handed to the connector.
         * @return {@code true} once it was
         */
        public boolean wasSent() {
            return this.sent;
        }

        /** Whether this call is the first release: a slot is released once. */
        private synchronized boolean release() {
            boolean first = !this.released;
            this.released = true;
            return first;
        }

        @Override
        public String toString() {
            return "Permit[slot=" + this.slot + ", sent=" + this.sent + "]";
        }

    }

}
