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

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

import io.github.associations.model.RateLimitHeaders;

/**
 * The client's picture of HubSpot's rolling window, learned from the
 * {@code X-HubSpot-RateLimit-*} headers: how many requests the window allows, how long it
 * is, and how many of those requests others (other instances, other apps of the account)
 * have used. The client's own requests are logged when they are handed to the connector
 * and when HubSpot answered them.
 * <p>
 * The window decides how many slots of the burst window the client may take at once (the
 * configured limit, lowered to HubSpot's, less what others use and a reserve of 5% while
 * others use the window and the store does not count them) and how long a slot is held
 * after its answer. After a 429 it says how long until the window has room again.
 */
final class ServerWindow {

    private final LongSupplier nanoTime;

    private final boolean adaptive;

    private final long marginNanos;

    private final Object lock = new Object();

    // Guarded by lock: send times and answer times of own requests (in order), the
    // learned limit and interval.
    private final Deque<Long> sends = new ArrayDeque<>();

    private final Deque<Long> answers = new ArrayDeque<>();

    private int max = -1;

    private long intervalNanos;

    private int usedByOthers;

    // The latest estimates of others' use; their minimum is used, since requests that
    // overtake each other on the way make single estimates too high for a moment, while
    // a real neighbour shows in every one.
    private final int[] recentEstimates = new int[8];

    private int estimates;

    /**
     * Create a window.
     * @param nanoTime the time source
     * @param adaptive whether HubSpot's headers change the limit and interval
     * @param intervalNanos the configured interval, until HubSpot's headers say otherwise
     * @param marginNanos how much longer than the interval a slot is held after its
     * answer
     */
    ServerWindow(LongSupplier nanoTime, boolean adaptive, long intervalNanos, long marginNanos) {
        this.nanoTime = nanoTime;
        this.adaptive = adaptive;
        this.intervalNanos = intervalNanos;
        this.marginNanos = marginNanos;
    }

    /**
     * How many slots of the burst window the client may take at once.
     * @param configured the configured limit
     * @param shared whether the store counts the requests of everyone using the window
     * @return the limit, at least 1
     */
    int limit(int configured, boolean shared) {
        synchronized (this.lock) {
            int limit = (this.max > 0) ? Math.min(configured, this.max) : configured;
            if (!shared && this.usedByOthers > 0) {
                // Sharing the window with clients the store does not see: what they use
                // is known only as of the last answer, so leave them a reserve rather
                // than race them for the last slots.
                limit -= this.usedByOthers + Math.max(1, limit / 20);
            }
            return Math.max(1, limit);
        }
    }

    /**
     * How long a slot stays taken after HubSpot answered its request: the interval plus
     * the margin.
     * @return nanoseconds
     */
    long holdNanos() {
        synchronized (this.lock) {
            return this.intervalNanos + this.marginNanos;
        }
    }

    /**
     * Log an own request handed to the connector.
     * @param at when, on this window's time source
     */
    void sent(long at) {
        synchronized (this.lock) {
            purge(at);
            this.sends.addLast(at);
        }
    }

    /**
     * Log the answer of an own request that HubSpot counted (any answer but a 429).
     * @param at when, on this window's time source
     */
    void answered(long at) {
        synchronized (this.lock) {
            purge(at);
            this.answers.addLast(at);
        }
    }

    /**
     * Learn from a response's headers; absent headers teach nothing.
     * @param headers HubSpot's rate-limit headers of the answer
     * @param sentAt when the answered request was handed to the connector, on this
     * window's time source
     */
    void observe(RateLimitHeaders headers, long sentAt) {
        if (!this.adaptive || headers.max() == null || headers.remaining() == null
                || headers.intervalMilliseconds() == null || headers.max() < 1 || headers.intervalMilliseconds() < 1) {
            return;
        }
        synchronized (this.lock) {
            this.max = (int) Math.min(Integer.MAX_VALUE, headers.max());
            this.intervalNanos = headers.intervalMilliseconds() * 1_000_000L;
            purge(this.nanoTime.getAsLong());
            // HubSpot's count when it answered includes the client's requests sent up to
            // this one, not those sent after it (still on their way); what it counts
            // beyond them was used by others sharing the limit.
            int own = 0;
            for (long sent : this.sends) {
                if (sent <= sentAt && sent > sentAt - this.intervalNanos) {
                    own++;
                }
            }
            int estimate = (int) Math.max(0, this.max - headers.remaining() - own);
            this.recentEstimates[this.estimates++ % this.recentEstimates.length] = estimate;
            int lowest = estimate;
            for (int i = 0; i < Math.min(this.estimates, this.recentEstimates.length); i++) {
                lowest = Math.min(lowest, this.recentEstimates[i]);
            }
            this.usedByOthers = lowest;
        }
    }

    /**
     * How long until HubSpot's window has room again after a burst 429 that named no
     * {@code Retry-After}: HubSpot counted each of the client's answered requests no
     * later than its answer, so the window has room once the oldest of them still in it
     * has left. Without such a request (the window is full of others' requests) the whole
     * interval.
     * @param headers the headers of the 429
     * @return nanoseconds to wait, from now
     */
    long untilRoom(RateLimitHeaders headers) {
        synchronized (this.lock) {
            long now = this.nanoTime.getAsLong();
            long interval = (headers.intervalMilliseconds() != null && headers.intervalMilliseconds() > 0)
                    ? headers.intervalMilliseconds() * 1_000_000L : this.intervalNanos;
            purge(now);
            for (long answer : this.answers) {
                if (answer > now - interval) {
                    return Math.max(0, answer + interval + this.marginNanos - now);
                }
            }
            return interval;
        }
    }

    private void purge(long now) {
        long horizon = now - this.intervalNanos - this.marginNanos;
        while (!this.sends.isEmpty() && this.sends.peekFirst() <= horizon) {
            this.sends.removeFirst();
        }
        while (!this.answers.isEmpty() && this.answers.peekFirst() <= horizon) {
            this.answers.removeFirst();
        }
    }

}
