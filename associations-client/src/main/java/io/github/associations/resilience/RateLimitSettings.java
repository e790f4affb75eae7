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
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * Client-side rate limiting of the HTTP attempts to one HubSpot account (every page,
 * batch chunk and retry takes a permit).
 * <p>
 * HubSpot counts a rolling window. Every attempt takes a Resilience4j permit
 * ({@code maxRequests} per {@code interval}) and then a slot of the rolling window in the
 * client's {@link RateLimitStore}: at most {@code maxRequests} slots are taken at once,
 * and a slot is held until HubSpot answered its request and for {@code interval} plus
 * {@code safetyMargin} after, so that no rolling window at HubSpot holds more than
 * {@code maxRequests} however late requests leave. A lone client may thus send a whole
 * window at once, then one request as each earlier one leaves the window. When
 * {@code adaptive}, the {@code X-HubSpot-RateLimit-*} headers of each response also keep
 * the client within what HubSpot says is left, so that instances that do not share a
 * store slow down when they see each other. After a {@code DAILY} 429, calls fail fast
 * without a request until the daily window resets (midnight in {@code dailyResetZone})
 * or, if set, {@code dailyCoolDown} has passed.
 *
 * @param enabled whether the client limits its own rate
 * @param maxRequests requests allowed per {@code interval}
 * @param interval HubSpot's window
 * @param maxWait the longest a call waits for a permit before failing
 * @param adaptive whether HubSpot's rate-limit headers correct the client's pace
 * @param safetyMargin how much longer than the interval a request's slot is held after
 * HubSpot answered it, for clocks that do not tick alike (a larger margin costs
 * throughput: {@code interval / (interval + safetyMargin)})
 * @param dailyResetZone the account's time zone, whose midnight resets the daily limit
 * @param dailyCoolDown how long to fail fast after a daily 429 instead of waiting for
 * midnight, or {@code null}
 * @since 0.1.0
 */
public record RateLimitSettings(boolean enabled, int maxRequests, Duration interval, Duration maxWait, boolean adaptive,
        Duration safetyMargin, ZoneId dailyResetZone, @Nullable Duration dailyCoolDown) {

    /**
     * Validate.
     */
    public RateLimitSettings {
        if (maxRequests < 1) {
            throw new IllegalArgumentException("maxRequests must be positive, but was " + maxRequests);
        }
        requirePositive("interval", interval);
        requirePositive("maxWait", maxWait);
        if (safetyMargin == null || safetyMargin.isNegative()) {
            throw new IllegalArgumentException("safetyMargin must not be negative, but was " + safetyMargin);
        }
        if (dailyResetZone == null) {
            throw new IllegalArgumentException("dailyResetZone must not be null");
        }
        if (dailyCoolDown != null) {
            requirePositive("dailyCoolDown", dailyCoolDown);
        }
    }

    /**
     * HubSpot's Free/Starter private-app limit: 100 per 10 s, adaptive with a 200 ms
     * safety margin, waits of up to 5 minutes, daily reset at midnight UTC.
     * @return the default settings
     */
    public static RateLimitSettings defaults() {
        return of(RateLimitTier.PRIVATE_APP_FREE_STARTER);
    }

    /**
     * The settings for one of HubSpot's published tiers, otherwise defaults.
     * @param tier the HubSpot tier whose published burst limit applies
     * @return settings with the tier's published limit
     */
    public static RateLimitSettings of(RateLimitTier tier) {
        return new RateLimitSettings(true, tier.burstLimit(), RateLimitTier.INTERVAL, Duration.ofMinutes(5), true,
                Duration.ofMillis(200), ZoneOffset.UTC, null);
    }

    /**
     * No client-side limiting (HubSpot's 429s are still retried by the retry policy).
     * @return disabled settings
     */
    public static RateLimitSettings disabled() {
        return new RateLimitSettings(false, 1, RateLimitTier.INTERVAL, Duration.ofMinutes(5), false, Duration.ZERO,
                ZoneOffset.UTC, null);
    }

    /**
     * These settings with another limit.
     * @param maxRequests requests per interval
     * @param interval the window
     * @return a copy with that limit
     */
    public RateLimitSettings withLimit(int maxRequests, Duration interval) {
        return new RateLimitSettings(this.enabled, maxRequests, interval, this.maxWait, this.adaptive,
                this.safetyMargin, this.dailyResetZone, this.dailyCoolDown);
    }

    /**
     * These settings with adaptation to HubSpot's headers on or off.
     * @param adaptive whether headers correct the pace
     * @return a copy with adaptation on or off
     */
    public RateLimitSettings withAdaptive(boolean adaptive) {
        return new RateLimitSettings(this.enabled, this.maxRequests, this.interval, this.maxWait, adaptive,
                this.safetyMargin, this.dailyResetZone, this.dailyCoolDown);
    }

    /**
     * These settings with another daily reset.
     * @param zone the account's time zone
     * @param coolDown how long to fail fast after a daily 429 instead of waiting for
     * midnight, or {@code null}
     * @return a copy with that daily reset
     */
    public RateLimitSettings withDailyReset(ZoneId zone, @Nullable Duration coolDown) {
        return new RateLimitSettings(this.enabled, this.maxRequests, this.interval, this.maxWait, this.adaptive,
                this.safetyMargin, zone, coolDown);
    }

    /**
     * The spacing of evenly spread permits: one per {@code interval / (maxRequests - 1)},
     * so that no rolling window of {@code interval} holds more than {@code maxRequests};
     * for a Resilience4j limiter that is to pace without the client's rolling window.
     * @return the time between two permits
     */
    public Duration permitSpacing() {
        return (this.maxRequests == 1) ? this.interval : this.interval.dividedBy(this.maxRequests - 1);
    }

    private static void requirePositive(String name, @Nullable Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, but was " + value);
        }
    }

}
