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

import java.time.Duration;
import java.time.Instant;

import io.github.associations.check.Arguments;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Where the client keeps HubSpot's burst window and the state of the daily limit: in the
 * JVM ({@link InMemoryRateLimitStore}, the default) or in a store that several instances
 * share.
 * <p>
 * A burst window is a set of <em>slots</em>, one per request that may still count in
 * HubSpot's rolling window. The client takes a slot before a request is sent
 * ({@link #acquire(String, int, Duration)}, an atomic check-and-record) and, once HubSpot
 * answered it (or the attempt failed or was cancelled), keeps it for the window's
 * interval plus a safety margin ({@link #release(String, String, Duration)}). HubSpot
 * counted the request no later than it answered, and a later request arrives no earlier
 * than it is sent, so a request sent once the slot is free can never share a window with
 * it at HubSpot. While at most {@code limit} slots are taken, no rolling window at
 * HubSpot holds more than {@code limit} of the requests counted here, whatever the
 * network delay.
 * <p>
 * Windows and daily quotas are named by keys (see {@link RateLimitKeys}): a burst window
 * belongs to an app (for a public app, to the app and the installing account), the daily
 * quota to an account. Time is the store's own: a store shared by several JVMs measures
 * every hold on one clock. Every method returns a cold {@code Mono}; a store must not
 * block the calling thread.
 *
 * @since 0.1.0
 */
public interface RateLimitStore {

    /**
     * Take a slot of a burst window if fewer than {@code limit} of its slots are taken,
     * atomically, or say when to ask again. Slots whose hold has run out are free. A slot
     * taken is held until {@link #release(String, String, Duration) released}; one that
     * is never released (its JVM stopped) is freed after {@code abandonAfter}.
     * @param key the burst window's key
     * @param limit how many slots may be taken at once, positive
     * @param abandonAfter how long a slot that is never released stays taken
     * @return the slot taken, or how long until a slot is expected to be free (which may
     * be sooner, when another holder releases one)
     */
    Mono<Acquisition> acquire(String key, int limit, Duration abandonAfter);

    /**
     * Keep a slot for {@code hold} from now, on the store's clock, then free it: called
     * once HubSpot answered the slot's request (or its attempt failed or was cancelled;
     * with {@link Duration#ZERO} when the request was never sent).
     * @param key the burst window's key
     * @param slot the slot, as {@link #acquire(String, int, Duration)} returned it
     * @param hold how much longer the slot stays taken, zero to free it now
     * @return a {@code Mono} completing once the store has recorded the release
     */
    Mono<Void> release(String key, String slot, Duration hold);

    /**
     * Record that HubSpot reported an account's daily limit reached, until a given
     * instant.
     * @param key the daily quota's key
     * @param until when calls may be attempted again
     * @return a {@code Mono} completing once the store has recorded it
     */
    Mono<Void> markDailyLimitReached(String key, Instant until);

    /**
     * Until when an account's daily limit was reported reached, if it still is.
     * @param key the daily quota's key
     * @return the instant calls may be attempted again, or empty while calls are not held
     * back
     */
    Mono<Instant> dailyLimitReachedUntil(String key);

    /**
     * Whether this store sees the requests of every client sharing a window. Then the
     * client keeps no reserve for others whose use HubSpot's headers reveal: their
     * requests are among the slots. A store may answer differently over time (a shared
     * store that fell back to local counting while it is unreachable).
     * @return {@code true} if others' use of a window is counted in the store itself
     */
    boolean isShared();

    /**
     * The answer of {@link RateLimitStore#acquire(String, int, Duration)}: a slot, or how
     * long until one is expected to be free.
     *
     * @param slot the slot taken, or {@code null} when none was free
     * @param retryIn when none was free, how long until one is expected to be; zero
     * otherwise
     * @since 0.1.0
     */
    record Acquisition(@Nullable String slot, Duration retryIn) {

        /**
         * Validate: a slot, or a wait that is not negative.
         */
        public Acquisition {
            Arguments.notNull("retryIn", retryIn);
            if (retryIn.isNegative()) {
                throw new IllegalArgumentException("retryIn must not be negative, but was " + retryIn);
            }
        }

        /**
         * A slot taken.
         * @param slot the slot's name within its window, to release it with
         * @return the answer
         */
        public static Acquisition granted(String slot) {
            return new Acquisition(Arguments.notBlank("slot", slot), Duration.ZERO);
        }

        /**
         * No slot free.
         * @param retryIn how long until one is expected to be free
         * @return the answer
         */
        public static Acquisition denied(Duration retryIn) {
            return new Acquisition(null, retryIn);
        }

        /**
         * Whether a slot was taken.
         * @return {@code true} if {@link #slot()} is set
         */
        public boolean isGranted() {
            return this.slot != null;
        }

    }

}
