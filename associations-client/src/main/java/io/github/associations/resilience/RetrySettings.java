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

import org.jspecify.annotations.Nullable;

/**
 * Retry of failed HTTP attempts. What is retried, and how long to wait, follow HubSpot: a
 * 10-secondly (or secondly) 429 waits for the window ({@code Retry-After}, else
 * {@code X-HubSpot-RateLimit-Interval-Milliseconds}); 502, 503, 504, 521, 523, 524,
 * connection failures and response timeouts back off exponentially with jitter. A daily
 * 429, 400, 401, 403 and 404 are never retried, and calls that are not idempotent are
 * repeated only when the request certainly was not processed (429, connection refused).
 * See {@link HubSpotRetryPolicy}.
 *
 * @param enabled whether failed attempts are retried
 * @param maxAttempts the most attempts of one call, the first included
 * @param maxTotalTime the most time spent on one call's attempts and waits; no retry
 * starts that would end later
 * @param initialBackoff the first backoff after a server or connection failure
 * @param maxBackoff the longest backoff
 * @param multiplier the backoff's growth per attempt
 * @param jitter the random share of each backoff, 0..1
 * @since 0.1.0
 */
public record RetrySettings(boolean enabled, int maxAttempts, Duration maxTotalTime, Duration initialBackoff,
        Duration maxBackoff, double multiplier, double jitter) {

    /**
     * Validate.
     */
    public RetrySettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be positive, but was " + maxAttempts);
        }
        requirePositive("maxTotalTime", maxTotalTime);
        requirePositive("initialBackoff", initialBackoff);
        requirePositive("maxBackoff", maxBackoff);
        if (multiplier < 1) {
            throw new IllegalArgumentException("multiplier must be at least 1, but was " + multiplier);
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter must be between 0 and 1, but was " + jitter);
        }
    }

    /**
     * Five attempts within two minutes, backoff from 500 ms doubling up to 10 s with 50%
     * jitter.
     * @return the default settings
     */
    public static RetrySettings defaults() {
        return new RetrySettings(true, 5, Duration.ofMinutes(2), Duration.ofMillis(500), Duration.ofSeconds(10), 2.0,
                0.5);
    }

    /**
     * No retry: every failure ends the call.
     * @return disabled settings
     */
    public static RetrySettings disabled() {
        return new RetrySettings(false, 1, Duration.ofMinutes(2), Duration.ofMillis(500), Duration.ofSeconds(10), 2.0,
                0.5);
    }

    /**
     * These settings with other attempt and time limits.
     * @param maxAttempts the most attempts
     * @param maxTotalTime the time budget of a call
     * @return a copy with those limits
     */
    public RetrySettings withLimits(int maxAttempts, Duration maxTotalTime) {
        return new RetrySettings(this.enabled, maxAttempts, maxTotalTime, this.initialBackoff, this.maxBackoff,
                this.multiplier, this.jitter);
    }

    /**
     * These settings with another backoff.
     * @param initialBackoff the first backoff
     * @param maxBackoff the longest backoff
     * @param multiplier the growth
     * @param jitter the random share
     * @return a copy with that backoff
     */
    public RetrySettings withBackoff(Duration initialBackoff, Duration maxBackoff, double multiplier, double jitter) {
        return new RetrySettings(this.enabled, this.maxAttempts, this.maxTotalTime, initialBackoff, maxBackoff,
                multiplier, jitter);
    }

    private static void requirePositive(String name, @Nullable Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, but was " + value);
        }
    }

}
