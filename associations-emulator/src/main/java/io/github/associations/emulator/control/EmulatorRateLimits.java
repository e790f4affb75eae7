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

package io.github.associations.emulator.control;

import java.time.Duration;

/**
 * Runtime control of the emulated rate limits. The burst window is a true rolling window
 * per app (each private-app token is an app; OAuth tokens count per client id): a request
 * is admitted when fewer than {@link #maxRequests()} requests were admitted in the last
 * {@link #interval()}. The daily quota is shared by every private app of the account and
 * resets at midnight in the configured zone; OAuth requests have no daily quota. Rejected
 * requests consume neither. Every method is thread-safe.
 *
 * @since 0.1.0
 */
public interface EmulatorRateLimits {

    /**
     * Change the burst window and turn it on. Requests already admitted stay in the
     * window.
     * @param maxRequests requests admitted within any interval, positive
     * @param interval the window length, at least a millisecond
     */
    void window(int maxRequests, Duration interval);

    /**
     * Turn the burst window on or off.
     * @param enabled whether the burst window is enforced
     */
    void windowEnabled(boolean enabled);

    /**
     * Whether the burst window is enforced.
     * @return whether it is on
     */
    boolean windowEnabled();

    /**
     * Requests admitted per app within the interval.
     * @return the maximum
     */
    int maxRequests();

    /**
     * The burst window's length.
     * @return the interval
     */
    Duration interval();

    /**
     * What is left of the burst window for the app a token belongs to.
     * @param token a private-app token or an issued OAuth access token
     * @return the requests that would still be admitted now
     * @throws IllegalArgumentException if the token is unknown
     */
    int remaining(String token);

    /**
     * Change the daily quota and turn it on.
     * @param requestsPerDay the quota, zero or more
     */
    void dailyLimit(long requestsPerDay);

    /**
     * Turn the daily quota on or off.
     * @param enabled whether the daily quota is enforced
     */
    void dailyEnabled(boolean enabled);

    /**
     * Whether the daily quota is enforced.
     * @return whether it is on
     */
    boolean dailyEnabled();

    /**
     * The daily quota.
     * @return the requests allowed per day
     */
    long dailyLimit();

    /**
     * What is left of today's quota.
     * @return the requests still allowed today
     */
    long dailyRemaining();

    /**
     * Use up today's quota: private-app requests get 429 {@code DAILY} until midnight or
     * {@link #resetDaily()}.
     */
    void exhaustDaily();

    /**
     * Give back today's whole quota.
     */
    void resetDaily();

    /**
     * Empty every app's burst window.
     */
    void resetWindows();

}
