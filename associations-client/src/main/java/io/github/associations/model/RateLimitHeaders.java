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

package io.github.associations.model;

import org.jspecify.annotations.Nullable;

/**
 * The {@code X-HubSpot-RateLimit-*} header values of a response; each is {@code null}
 * when absent (OAuth calls carry no daily headers, and HubSpot omits all of them when it
 * cannot gather them).
 *
 * @param daily {@code X-HubSpot-RateLimit-Daily}: requests allowed per day
 * @param dailyRemaining {@code X-HubSpot-RateLimit-Daily-Remaining}: requests left today
 * @param intervalMilliseconds {@code X-HubSpot-RateLimit-Interval-Milliseconds}: the
 * rolling window
 * @param max {@code X-HubSpot-RateLimit-Max}: requests allowed per window
 * @param remaining {@code X-HubSpot-RateLimit-Remaining}: requests left in the window
 * @param secondly {@code X-HubSpot-RateLimit-Secondly} (deprecated by HubSpot)
 * @param secondlyRemaining {@code X-HubSpot-RateLimit-Secondly-Remaining} (deprecated by
 * HubSpot)
 * @since 0.1.0
 */
public record RateLimitHeaders(@Nullable Long daily, @Nullable Long dailyRemaining, @Nullable Long intervalMilliseconds,
        @Nullable Long max, @Nullable Long remaining, @Nullable Long secondly, @Nullable Long secondlyRemaining) {

    /** No header present. */
    public static final RateLimitHeaders NONE = new RateLimitHeaders(null, null, null, null, null, null, null);

}
