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

/**
 * HubSpot's published rate limits (burst per 10 seconds and, where one applies, daily),
 * as presets for {@link RateLimitSettings}. The associations-specific tiers are the
 * limits HubSpot's associations guide states for the Associations API; they differ from
 * the general ones for Professional and Enterprise accounts.
 *
 * @since 0.1.0
 */
public enum RateLimitTier {

    /** Private app on a Free or Starter account: 100 per 10 s, 250,000 per day. */
    PRIVATE_APP_FREE_STARTER(100, 250_000),

    /** Private app on a Professional account: 190 per 10 s, 625,000 per day. */
    PRIVATE_APP_PROFESSIONAL(190, 625_000),

    /** Private app on an Enterprise account: 190 per 10 s, 1,000,000 per day. */
    PRIVATE_APP_ENTERPRISE(190, 1_000_000),

    /**
     * Private app with HubSpot's API limit increase: 250 per 10 s (the daily limit grows
     * by 1,000,000 per increase).
     */
    PRIVATE_APP_API_LIMIT_INCREASE(250, 0),

    /**
     * Public (OAuth) app: 110 per 10 s per installing account; no daily limit is stated
     * for OAuth calls.
     */
    OAUTH_APP(110, 0),

    /** Associations API, Free and Starter: 100 per 10 s. */
    ASSOCIATIONS_FREE_STARTER(100, 250_000),

    /** Associations API, Professional: 150 per 10 s, 500,000 per day. */
    ASSOCIATIONS_PROFESSIONAL(150, 500_000),

    /** Associations API, Enterprise: 150 per 10 s, 500,000 per day. */
    ASSOCIATIONS_ENTERPRISE(150, 500_000),

    /**
     * Associations API with an API limit increase: 200 per 10 s, 1,000,000 per day
     * (HubSpot's ceiling).
     */
    ASSOCIATIONS_API_LIMIT_INCREASE(200, 1_000_000);

    /** HubSpot's burst window. */
    public static final Duration INTERVAL = Duration.ofSeconds(10);

    private final int burstLimit;

    private final long dailyLimit;

    RateLimitTier(int burstLimit, long dailyLimit) {
        this.burstLimit = burstLimit;
        this.dailyLimit = dailyLimit;
    }

    /**
     * Requests allowed per {@link #INTERVAL}.
     * @return the number of requests
     */
    public int burstLimit() {
        return this.burstLimit;
    }

    /**
     * Requests allowed per day, shared by every app of the account.
     * @return the daily limit, {@code 0} where HubSpot states none or it depends on the
     * account
     */
    public long dailyLimit() {
        return this.dailyLimit;
    }

}
