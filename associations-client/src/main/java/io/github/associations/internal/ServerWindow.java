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
 * The client's picture of HubSpot's rolling window, learned from the {@code X-HubSpot-RateLimit-*} headers: how many
 * requests the window allows, how long it is, and how many of those requests others (other instances, other apps
 * of the account) have used. The client's own requests are logged at the time they are sent and counted for the
 * window plus a safety margin; a request is scheduled when the window has room for it.
 * <p>
 * Until a response has taught the window's size, nothing is held back.
 */
final class ServerWindow {

    private final LongSupplier nanoTime;

    private final long marginNanos;

    private final Object lock = new Object();

    // Guarded by lock: send times of own requests (sorted, some possibly in the future), the learned limit.
    private final List<Long> sends = new ArrayList<>();

    private int max = -1;

    // HubSpot's documented window until a response says otherwise, so that early sends are remembered.
    private long intervalNanos = 10_000_000_000L;

    private int usedByOthers;

    ServerWindow(LongSupplier nanoTime, long marginNanos) {
        this.nanoTime = nanoTime;
        this.marginNanos = marginNanos;
    }

    /**
     * Reserve a slot for a request that cannot be sent before {@code notBefore} nanoseconds from now, and say how
     * long to wait for it.
     * @param notBefore the earliest the request can be sent, in nanoseconds from now
     * @return nanoseconds to wait before sending, at least {@code notBefore}
     */
    long reserve(long notBefore) {
        synchronized (this.lock) {
            long now = this.nanoTime.getAsLong();
            purge(now);
            long at = now + notBefore;
            int room = this.max - this.usedByOthers;
            if (this.max > 0) {
                room = Math.max(1, room);
                if (this.sends.size() >= room) {
                    long expiring = this.sends.get(this.sends.size() - room);
                    at = Math.max(at, expiring + this.intervalNanos + this.marginNanos);
                }
            }
            insert(at);
            return at - now;
        }
    }

    /**
     * Learn from a response's headers; absent headers teach nothing.
     * @param headers the headers
     */
    void observe(RateLimitHeaders headers) {
        if (headers.max() == null || headers.remaining() == null || headers.intervalMilliseconds() == null
                || headers.max() < 1 || headers.intervalMilliseconds() < 1) {
            return;
        }
        synchronized (this.lock) {
            long now = this.nanoTime.getAsLong();
            this.max = (int) Math.min(Integer.MAX_VALUE, headers.max());
            this.intervalNanos = headers.intervalMilliseconds() * 1_000_000L;
            purge(now);
            int own = 0;
            for (long sent : this.sends) {
                if (sent <= now && sent > now - this.intervalNanos) {
                    own++;
                }
            }
            // What HubSpot counts beyond the client's own requests: others sharing the limit.
            this.usedByOthers = (int) Math.max(0, this.max - headers.remaining() - own);
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

    private void insert(long at) {
        int index = this.sends.size();
        while (index > 0 && this.sends.get(index - 1) > at) {
            index--;
        }
        this.sends.add(index, at);
    }

}
