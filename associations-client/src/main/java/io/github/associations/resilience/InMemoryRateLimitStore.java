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

package io.github.associations.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import io.github.associations.check.Arguments;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * A {@link RateLimitStore} in the JVM: the default, for one instance of an application
 * (or several templates of one JVM that share it). Every operation completes at once,
 * without blocking beyond a short lock per window.
 *
 * @since 0.1.0
 */
public final class InMemoryRateLimitStore implements RateLimitStore {

    private final LongSupplier nanoTime;

    private final Clock clock;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private final Map<String, Instant> dailyLimits = new ConcurrentHashMap<>();

    /**
     * Create a store on the system's clocks.
     */
    public InMemoryRateLimitStore() {
        this(System::nanoTime, Clock.systemUTC());
    }

    /**
     * Create a store on the given clocks.
     * @param nanoTime the monotonic time, in nanoseconds, that holds are measured on
     * @param clock the clock the end of a daily limit is compared with
     */
    public InMemoryRateLimitStore(LongSupplier nanoTime, Clock clock) {
        this.nanoTime = Arguments.notNull("nanoTime", nanoTime);
        this.clock = Arguments.notNull("clock", clock);
    }

    @Override
    public Mono<Acquisition> acquire(String key, int limit, Duration abandonAfter) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, but was " + limit);
        }
        return Mono.fromSupplier(() -> this.windows.computeIfAbsent(key, (name) -> new Window())
            .acquire(this.nanoTime.getAsLong(), limit, abandonAfter.toNanos()));
    }

    @Override
    public Mono<Void> release(String key, String slot, Duration hold) {
        return Mono.fromRunnable(() -> {
            Window window = this.windows.get(key);
            if (window != null) {
                window.release(slot, this.nanoTime.getAsLong() + hold.toNanos(), hold.isZero() || hold.isNegative());
            }
        });
    }

    @Override
    public Mono<Void> markDailyLimitReached(String key, Instant until) {
        return Mono.fromRunnable(
                () -> this.dailyLimits.merge(key, until, (previous, next) -> next.isAfter(previous) ? next : previous));
    }

    @Override
    public Mono<Instant> dailyLimitReachedUntil(String key) {
        return Mono.fromSupplier(() -> dailyLimitReachedUntilNow(key));
    }

    /**
     * Until when an account's daily limit was reported reached, answered at once: this
     * store is in memory.
     * @param key the daily quota's key
     * @return the instant calls may be attempted again, or {@code null} while calls are
     * not held back
     */
    public @Nullable Instant dailyLimitReachedUntilNow(String key) {
        Instant until = this.dailyLimits.get(key);
        if (until != null && !this.clock.instant().isBefore(until)) {
            this.dailyLimits.remove(key, until);
            return null;
        }
        return until;
    }

    /**
     * Not shared: every JVM has its own.
     * @return {@code false}
     */
    @Override
    public boolean isShared() {
        return false;
    }

    @Override
    public String toString() {
        return "InMemoryRateLimitStore[windows=" + this.windows.keySet() + "]";
    }

    /**
     * The taken slots of one window and when each is free again.
     */
    private static final class Window {

        /** Slot name to the time (nanoTime) it is free again. */
        private final Map<String, Long> freeAt = new LinkedHashMap<>();

        private long nextSlot;

        synchronized Acquisition acquire(long now, int limit, long abandonAfterNanos) {
            long soonest = Long.MAX_VALUE;
            for (Iterator<Long> slots = this.freeAt.values().iterator(); slots.hasNext();) {
                long wait = slots.next() - now;
                if (wait <= 0) {
                    slots.remove();
                }
                else {
                    soonest = Math.min(soonest, wait);
                }
            }
            if (this.freeAt.size() < limit) {
                String slot = Long.toString(++this.nextSlot);
                this.freeAt.put(slot, now + abandonAfterNanos);
                return Acquisition.granted(slot);
            }
            return Acquisition.denied(Duration.ofNanos(soonest));
        }

        synchronized void release(String slot, long at, boolean now) {
            if (now) {
                this.freeAt.remove(slot);
            }
            else {
                this.freeAt.replace(slot, at);
            }
        }

    }

}
