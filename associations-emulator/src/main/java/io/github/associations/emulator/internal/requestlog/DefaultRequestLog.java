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

package io.github.associations.emulator.internal.requestlog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.LoggedRequest;
import io.github.associations.emulator.control.RequestLog;

/**
 * The bounded request log and its unbounded per-endpoint counters.
 *
 * @since 0.1.0
 */
public final class DefaultRequestLog implements RequestLog {

    private final int capacity;

    private final Deque<LoggedRequest> entries = new ArrayDeque<>();

    private final AtomicLong sequence = new AtomicLong();

    private final LongAdder total = new LongAdder();

    private final AtomicLongArray perEndpoint = new AtomicLongArray(EmulatorEndpoint.values().length);

    public DefaultRequestLog(int capacity) {
        this.capacity = capacity;
    }

    /**
     * The next sequence number, taken when a request arrives.
     * @return the sequence number, from 1
     */
    public long nextSequence() {
        return this.sequence.incrementAndGet();
    }

    /**
     * Record a request whose response is ready.
     * @param request the entry
     */
    public void record(LoggedRequest request) {
        this.total.increment();
        if (request.endpoint() != null) {
            this.perEndpoint.incrementAndGet(request.endpoint().ordinal());
        }
        if (this.capacity == 0) {
            return;
        }
        synchronized (this.entries) {
            if (this.entries.size() == this.capacity) {
                this.entries.removeFirst();
            }
            this.entries.addLast(request);
        }
    }

    @Override
    public List<LoggedRequest> all() {
        synchronized (this.entries) {
            return List.copyOf(this.entries);
        }
    }

    @Override
    public List<LoggedRequest> forEndpoint(EmulatorEndpoint endpoint) {
        List<LoggedRequest> matching = new ArrayList<>();
        synchronized (this.entries) {
            for (LoggedRequest entry : this.entries) {
                if (entry.endpoint() == endpoint) {
                    matching.add(entry);
                }
            }
        }
        return List.copyOf(matching);
    }

    @Override
    public long count(EmulatorEndpoint endpoint) {
        return this.perEndpoint.get(endpoint.ordinal());
    }

    @Override
    public long count() {
        return this.total.sum();
    }

    @Override
    public void clear() {
        synchronized (this.entries) {
            this.entries.clear();
            this.total.reset();
            for (int i = 0; i < this.perEndpoint.length(); i++) {
                this.perEndpoint.set(i, 0);
            }
        }
    }

}
