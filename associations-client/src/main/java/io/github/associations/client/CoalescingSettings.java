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

package io.github.associations.client;

import java.time.Duration;

import io.github.associations.check.Arguments;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Whether and how record-level writes are coalesced into HubSpot's batch calls: calls of
 * {@code records().associate(...)}, {@code records().associateDefault(...)} and (in the
 * date-based API versions) {@code records().remove(...)} made within a short window, for
 * the same pair of object types, go out as one batch create, batch associate-default or
 * batch archive request. Off by default.
 * <p>
 * Worth turning on when an application makes many record-level calls at once, as event or
 * webhook handlers do: HubSpot counts one request against its burst and daily limits for
 * up to {@code maxInputs} calls. The cost is up to one window of latency per call, and
 * batch semantics: HubSpot applies a batch input by input, and a call that touches the
 * same two records as an earlier one waits until the earlier one's request is answered.
 *
 * @param enabled whether record-level writes are coalesced
 * @param window how long the first call of a batch waits for others to join it
 * @param maxInputs the most calls one request carries; a batch call's chunk size, when
 * smaller, caps it
 * @param scheduler where the window is measured
 * @since 0.1.0
 */
public record CoalescingSettings(boolean enabled, Duration window, int maxInputs, Scheduler scheduler) {

    /** The default window: long enough for concurrent callers to meet, short for one. */
    public static final Duration DEFAULT_WINDOW = Duration.ofMillis(5);

    /** The longest window accepted. */
    public static final Duration MAX_WINDOW = Duration.ofSeconds(1);

    /**
     * The default of the most calls one request carries: large enough to save most
     * requests, small enough that a batch HubSpot refuses as a whole costs few single
     * requests.
     */
    public static final int DEFAULT_MAX_INPUTS = 100;

    /**
     * Validate every setting.
     * @throws IllegalArgumentException naming the first invalid setting
     */
    public CoalescingSettings {
        Arguments.notNull("window", window);
        if (window.isNegative() || window.isZero() || window.compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException(
                    "window must be positive and at most " + MAX_WINDOW.toMillis() + " ms, but was " + window);
        }
        Arguments.between1And("maxInputs", maxInputs, AssociationsSettings.MAX_BATCH_CREATE_INPUTS);
        Arguments.notNull("scheduler", scheduler);
    }

    /**
     * No coalescing: every record-level call is a request of its own (the default).
     * @return settings with coalescing off
     */
    public static CoalescingSettings disabled() {
        return builder().build();
    }

    /**
     * Coalescing on, with the default window and maximum inputs.
     * @return settings with coalescing on
     */
    public static CoalescingSettings enabledWithDefaults() {
        return builder().enabled(true).build();
    }

    /**
     * A builder starting from the defaults (off).
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link CoalescingSettings}; validated by {@link #build()}.
     */
    public static final class Builder {

        private boolean enabled;

        private Duration window = DEFAULT_WINDOW;

        private int maxInputs = DEFAULT_MAX_INPUTS;

        private Scheduler scheduler = Schedulers.parallel();

        private Builder() {
        }

        /**
         * Set whether record-level writes are coalesced (default {@code false}).
         * @param enabled whether calls are coalesced
         * @return this builder
         */
        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * Set how long the first call of a batch waits for others (default 5 ms).
         * @param window positive, at most one second
         * @return this builder
         */
        public Builder window(Duration window) {
            this.window = window;
            return this;
        }

        /**
         * Set the most calls one request carries (default 100).
         * @param maxInputs 1..2000
         * @return this builder
         */
        public Builder maxInputs(int maxInputs) {
            this.maxInputs = maxInputs;
            return this;
        }

        /**
         * Measure the window on this scheduler (default {@link Schedulers#parallel()}),
         * for example a virtual-time scheduler in tests.
         * @param scheduler the scheduler the window's end is scheduled on
         * @return this builder
         */
        public Builder scheduler(Scheduler scheduler) {
            this.scheduler = scheduler;
            return this;
        }

        /**
         * Build the settings.
         * @return the settings
         * @throws IllegalArgumentException naming the first invalid setting
         */
        public CoalescingSettings build() {
            return new CoalescingSettings(this.enabled, this.window, this.maxInputs, this.scheduler);
        }

    }

}
