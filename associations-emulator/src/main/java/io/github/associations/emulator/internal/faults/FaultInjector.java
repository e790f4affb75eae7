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

package io.github.associations.emulator.internal.faults;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorFaults;
import io.github.associations.emulator.control.Fault;
import io.github.associations.emulator.control.RandomFaults;
import org.jspecify.annotations.Nullable;

/**
 * Decides which fault, if any, each request gets. One lock guards everything: it is taken
 * once per request for a few map lookups, and it keeps seeded draws in a well-defined
 * order.
 *
 * @since 0.1.0
 */
public final class FaultInjector implements EmulatorFaults {

    private final Object lock = new Object();

    private final Map<EmulatorEndpoint, Deque<Script>> scriptedForEndpoint = new EnumMap<>(EmulatorEndpoint.class);

    private final Deque<Script> scriptedForAny = new ArrayDeque<>();

    private final Map<EmulatorEndpoint, Draw> randomForEndpoint = new EnumMap<>(EmulatorEndpoint.class);

    private @Nullable Draw randomForAny;

    /**
     * Whether any fault is configured: read without the lock so that requests pay nothing
     * when none is.
     */
    private volatile boolean armed;

    private volatile boolean statusDrift;

    /**
     * The fault for the next request to an endpoint.
     * @param endpoint one of the HubSpot endpoints the emulator serves
     * @return the fault, or {@code null} for none
     */
    public @Nullable Fault next(EmulatorEndpoint endpoint) {
        if (!this.armed) {
            return null;
        }
        boolean anyApplies = endpoint.isRateLimited();
        synchronized (this.lock) {
            Fault fault = take(this.scriptedForEndpoint.get(endpoint));
            if (fault == null && anyApplies) {
                fault = take(this.scriptedForAny);
            }
            if (fault == null) {
                Draw draw = this.randomForEndpoint.get(endpoint);
                if (draw == null && anyApplies) {
                    draw = this.randomForAny;
                }
                fault = (draw != null) ? draw.next() : null;
            }
            rearm();
            return fault;
        }
    }

    private static @Nullable Fault take(@Nullable Deque<Script> scripts) {
        if (scripts == null || scripts.isEmpty()) {
            return null;
        }
        Script script = scripts.peekFirst();
        if (--script.remaining == 0) {
            scripts.removeFirst();
        }
        return script.fault;
    }

    /** Call holding the lock. */
    private void rearm() {
        this.armed = !this.scriptedForAny.isEmpty() || this.randomForAny != null || !this.randomForEndpoint.isEmpty()
                || this.scriptedForEndpoint.values().stream().anyMatch((scripts) -> !scripts.isEmpty());
    }

    @Override
    public void injectNext(EmulatorEndpoint endpoint, int times, Fault fault) {
        requirePositive(times);
        synchronized (this.lock) {
            this.scriptedForEndpoint.computeIfAbsent(endpoint, (e) -> new ArrayDeque<>())
                .addLast(new Script(fault, times));
            rearm();
        }
    }

    @Override
    public void injectNext(int times, Fault fault) {
        requirePositive(times);
        synchronized (this.lock) {
            this.scriptedForAny.addLast(new Script(fault, times));
            rearm();
        }
    }

    @Override
    public void injectRandomly(RandomFaults faults) {
        synchronized (this.lock) {
            this.randomForAny = new Draw(faults);
            rearm();
        }
    }

    @Override
    public void injectRandomly(EmulatorEndpoint endpoint, RandomFaults faults) {
        synchronized (this.lock) {
            this.randomForEndpoint.put(endpoint, new Draw(faults));
            rearm();
        }
    }

    @Override
    public void statusDrift(boolean enabled) {
        this.statusDrift = enabled;
    }

    @Override
    public boolean statusDrift() {
        return this.statusDrift;
    }

    @Override
    public int pendingScripted() {
        synchronized (this.lock) {
            int pending = this.scriptedForAny.stream().mapToInt((script) -> script.remaining).sum();
            for (Deque<Script> scripts : this.scriptedForEndpoint.values()) {
                pending += scripts.stream().mapToInt((script) -> script.remaining).sum();
            }
            return pending;
        }
    }

    @Override
    public void clear() {
        synchronized (this.lock) {
            this.scriptedForEndpoint.clear();
            this.scriptedForAny.clear();
            this.randomForEndpoint.clear();
            this.randomForAny = null;
            rearm();
        }
        this.statusDrift = false;
    }

    private static void requirePositive(int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be positive: " + times);
        }
    }

    private static final class Script {

        private final Fault fault;

        private int remaining;

        Script(Fault fault, int remaining) {
            this.fault = fault;
            this.remaining = remaining;
        }

    }

    /** One uniform draw per request, mapped onto the faults' cumulative probabilities. */
    private static final class Draw {

        private final RandomFaults faults;

        private final Random random;

        Draw(RandomFaults faults) {
            this.faults = faults;
            this.random = new Random(faults.seed());
        }

        public @Nullable Fault next() {
            double draw = this.random.nextDouble();
            double cumulative = 0;
            for (RandomFaults.Entry entry : this.faults.entries()) {
                cumulative += entry.probability();
                if (draw < cumulative) {
                    return entry.fault();
                }
            }
            return null;
        }

    }

}
