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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

import io.github.associations.error.HubSpotError;
import io.github.associations.error.HubSpotException;
import io.github.associations.error.HubSpotRateLimitException;
import io.github.associations.model.Operation;
import io.github.associations.model.RateLimitHeaders;
import io.github.associations.observation.AssociationsListener;
import io.github.associations.resilience.RateLimitSettings;
import io.github.resilience4j.ratelimiter.RateLimiter;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * What every HTTP attempt passes before it is sent: the daily fail-fast, a permit from
 * the Resilience4j rate limiter, and (when adaptive) a slot in the client's picture of
 * HubSpot's rolling window. Every response then teaches the gate what HubSpot's headers
 * say.
 *
 * @since 0.1.0
 */
public final class RateLimitGate {

    private final RateLimitSettings settings;

    private final @Nullable RateLimiter rateLimiter;

    private final @Nullable ServerWindow window;

    private final Clock clock;

    private final AssociationsListener listener;

    private final AtomicReference<@Nullable Instant> dailyBlockedUntil = new AtomicReference<>();

    /**
     * Create a gate.
     * @param settings how many requests, how long a call may wait, and whether the daily
     * limit and headers are heeded
     * @param rateLimiter the limiter, {@code null} for none
     * @param clock the clock deciding when the daily window resets
     * @param nanoTime the time source of the rolling window
     * @param listener the listener told of waits and of the daily limit
     */
    public RateLimitGate(RateLimitSettings settings, @Nullable RateLimiter rateLimiter, Clock clock,
            LongSupplier nanoTime, AssociationsListener listener) {
        this.settings = settings;
        this.rateLimiter = settings.enabled() ? rateLimiter : null;
        this.window = (settings.enabled() && settings.adaptive())
                ? new ServerWindow(nanoTime, settings.safetyMargin().toNanos()) : null;
        this.clock = clock;
        this.listener = listener;
    }

    /**
     * Wait until an attempt may be sent.
     * @param operation the operation of the attempt, for messages and the listener
     * @return a {@code Mono} completing when the attempt may go, or failing fast after a
     * daily 429
     */
    public Mono<Void> acquire(Operation operation) {
        return Mono.defer(() -> {
            Instant blocked = this.dailyBlockedUntil.get();
            if (blocked != null) {
                if (this.clock.instant().isBefore(blocked)) {
                    return Mono.error(dailyLimitReached(operation, blocked));
                }
                this.dailyBlockedUntil.compareAndSet(blocked, null);
            }
            long waitNanos = 0;
            if (this.rateLimiter != null) {
                waitNanos = this.rateLimiter.reservePermission();
                if (waitNanos < 0) {
                    return Mono.error(tooLongAWait(operation));
                }
            }
            if (this.window != null) {
                waitNanos = this.window.reserve(waitNanos);
            }
            if (waitNanos <= 0) {
                return Mono.empty();
            }
            Duration wait = Duration.ofNanos(waitNanos);
            this.listener.rateLimiterWait(operation, wait);
            return Mono.delay(wait).then();
        });
    }

    /**
     * Learn from an answer: the rate-limit headers, and whether it was a daily 429.
     * @param headers the rate-limit headers
     * @param failure the exception the answer became, or {@code null} for a success
     * @param sentAt when the answered request was sent, on the gate's time source
     */
    public void observe(RateLimitHeaders headers, @Nullable HubSpotException failure, long sentAt) {
        if (this.window != null) {
            this.window.observe(headers, sentAt);
        }
        if (failure instanceof HubSpotRateLimitException rateLimit && rateLimit.isDailyLimit()) {
            Instant until = dailyReset();
            this.dailyBlockedUntil.set(until);
            this.listener.dailyLimitReached(until);
        }
    }

    /**
     * When calls are attempted again after the daily limit was reached.
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

}
