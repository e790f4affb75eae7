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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.github.associations.error.HubSpotError;
import io.github.associations.error.HubSpotRateLimitException;
import io.github.associations.model.Operation;
import io.github.associations.model.RateLimitHeaders;
import io.github.associations.observation.AssociationsListener;
import io.github.associations.resilience.InMemoryRateLimitStore;
import io.github.associations.resilience.RateLimitKeys;
import io.github.associations.resilience.RateLimitSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gate with an in-memory store on virtual time: a whole window at once, a slot held
 * for the interval and margin from its answer, freed at once when its request was never
 * sent, and a burst 429 waited out only until the oldest answered request left the
 * window.
 */
class RateLimitGateTests {

    private static final Operation OPERATION = Operation.RECORDS_LIST;

    private VirtualTimeScheduler time;

    private RateLimitGate gate;

    @BeforeEach
    void createGate() {
        this.time = VirtualTimeScheduler.getOrSet();
        InMemoryRateLimitStore store = new InMemoryRateLimitStore(this::now, Clock.systemUTC());
        // Not adaptive: no answers teach it HubSpot's headers here, and an adaptive gate
        // spreads its requests until they show it alone in the window
        this.gate = new RateLimitGate(
                RateLimitSettings.defaults().withLimit(3, Duration.ofSeconds(10)).withAdaptive(false), null, store,
                RateLimitKeys.of("window", "daily"), RateLimitKeys.of("unused", "unused"), Duration.ofMinutes(2),
                Clock.systemUTC(), this::now, AssociationsListener.NONE);
    }

    @AfterEach
    void resetTime() {
        VirtualTimeScheduler.reset();
    }

    private long now() {
        return this.time.now(TimeUnit.NANOSECONDS);
    }

    @Test
    void aWholeWindowGoesAtOnceAndTheNextSlotOnlyAnIntervalAndMarginAfterTheFirstAnswer() {
        List<RateLimitGate.Permit> permits = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            permits.add(this.gate.acquire(OPERATION).block(Duration.ZERO));
            permits.get(i).sent();
        }
        this.time.advanceTimeBy(Duration.ofSeconds(1));
        permits.forEach((permit) -> this.gate.release(permit).block(Duration.ZERO));
        AtomicReference<RateLimitGate.Permit> fourth = new AtomicReference<>();

        this.gate.acquire(OPERATION).subscribe(fourth::set);
        this.time.advanceTimeBy(Duration.ofMillis(10_199));
        assertThat(fourth).as("before the first answer + 10.2 s").hasNullValue();
        this.time.advanceTimeBy(Duration.ofMillis(1));

        assertThat(fourth.get()).isNotNull();
        assertThat(now()).isEqualTo(Duration.ofMillis(11_200).toNanos());
    }

    @Test
    void aSlotWhoseRequestWasNeverSentIsFreeAtOnce() {
        List<RateLimitGate.Permit> permits = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            permits.add(this.gate.acquire(OPERATION).block(Duration.ZERO));
        }
        AtomicReference<RateLimitGate.Permit> fourth = new AtomicReference<>();
        this.gate.acquire(OPERATION).subscribe(fourth::set);
        assertThat(fourth).hasNullValue();

        this.gate.release(permits.get(0)).block(Duration.ZERO);

        assertThat(fourth.get()).as("granted at once, without time passing").isNotNull();
        assertThat(now()).isZero();
    }

    @Test
    void aBurst429WaitsUntilTheOldestOwnAnswerHasLeftTheWindow() {
        this.gate.window().answered(now());
        this.time.advanceTimeBy(Duration.ofSeconds(4));
        HubSpotRateLimitException rateLimit = new HubSpotRateLimitException("429", OPERATION, 429, HubSpotError.EMPTY,
                null, null, new RateLimitHeaders(null, null, 10_000L, 3L, 0L, null, null));

        Duration wait = this.gate.retryWait(rateLimit, Duration.ofSeconds(10));

        assertThat(wait).isEqualTo(Duration.ofMillis(6_200));
    }

}
