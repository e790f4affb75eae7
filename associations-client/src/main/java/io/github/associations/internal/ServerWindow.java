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

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import io.github.associations.model.RateLimitHeaders;

/**
 * The client's picture of HubSpot's rolling window, learned from the
 * {@code X-HubSpot-RateLimit-*} headers: how many requests the window allows, how long it
 * is, and how many of those requests others (other instances, other apps of the account)
 * have used. The client's own requests are logged at the time they are sent and counted
 * for the window plus a safety margin; a request is scheduled when the window has room
 * for it (less a reserve of 5% while others use the window too).
 * <p>
 * Until a response has taught the window's size, nothing is held back.
 */
final class ServerWindow {

    private final LongSupplier nanoTime;

    private final long marginNanos;

    private final Object lock = new Object();

    // Guarded by lock: send times of own requests (in order, the latest possibly in the
    // future), the learned limit.
    private final List<Long> sends = new ArrayList<>();

    private int max = -1;

    // HubSpot's documented window until a response says otherwise, so that early sends
    // are remembered.
    private long intervalNanos = 10_000_000_000L;

    private int usedByOthers;

    // The latest estimates of others' use; their minimum is used, since requests that
    // overtake each other on the way
    // make single estimates too high for a moment, while a real neighbour shows in every
    // one.
    private final int[] recentEstimates = new int[8];

    private int estimates;

    ServerWindow(LongSupplier nanoTime, long marginNanos) {
        this.nanoTime = nanoTime;
        this.marginNanos = marginNanos;
    }

    /**
     * Reserve a slot for a request that cannot be sent before {@code notBefore}
     * nanoseconds from now, and say how long to wait for it.
     * @param notBefore the earliest the request can be sent, in nanoseconds from now
     * @return nanoseconds to wait before sending, at least {@code notBefore}
     */
    long reserve(long notBefore) {
        synchronized (this.lock) {
            long now = this.nanoTime.getAsLong();
            purge(now);
            // First come, first served: a slot is never taken before one already
            // reserved, so that every window
            // checked for an earlier reservation stays as it was checked.
            long at = now + notBefore;
            if (!this.sends.isEmpty()) {
                at = Math.max(at, this.sends.get(this.sends.size() - 1));
            }
            int room = this.max - this.usedByOthers;
            if (this.usedByOthers > 0) {
                // Sharing the window: what others use is known only as of the last
                // answer, so leave them a reserve
                // rather than race them for the last slots.
                room -= Math.max(1, this.max / 20);
            }
            if (this.max > 0) {
                room = Math.max(1, room);
                if (this.sends.size() >= room) {
                    long expiring = this.sends.get(this.sends.size() - room);
                    at = Math.max(at, expiring + this.intervalNanos + this.marginNanos);
                }
            }
            this.sends.add(at);
            return at - now;
        }
    }

    /**
     * Learn from a response's headers; absent headers teach nothing.
     * @param headers HubSpot's rate-limit headers of the answer
     * @param sentAt when the answered request was sent, on this window's time source
     */
    void observe(RateLimitHeaders headers, long sentAt) {
        if (headers.max() == null || headers.remaining() == null || headers.intervalMilliseconds() == null
                || headers.max() < 1 || headers.intervalMilliseconds() < 1) {
            return;
        }
        synchronized (this.lock) {
            long now = this.nanoTime.getAsLong();
            this.max = (int) Math.min(Integer.MAX_VALUE, headers.max());
            this.intervalNanos = headers.intervalMilliseconds() * 1_000_000L;
            purge(now);
            // HubSpot's count when it answered includes the client's requests sent up to
            // this one, not those sent
            // after it (still on their way); what it counts beyond them was used by
            // others sharing the limit.
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

    private void purge(long now) {
        long horizon = now - this.intervalNanos - this.marginNanos;
        int expired = 0;
        while (expired < this.sends.size() && this.sends.get(expired) <= horizon) {
            expired++;
        }
        if (expired > 0) {
            this.sends.subList(0, expired).clear();
        }
    }

}
