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

package io.github.associations.error;

import java.time.Duration;
import java.util.Locale;

import io.github.associations.model.Operation;
import io.github.associations.model.RateLimitHeaders;
import org.jspecify.annotations.Nullable;

/**
 * HTTP 429: a rate limit was hit. {@link #getPolicyName()} says which
 * ({@code TEN_SECONDLY_ROLLING}, {@code SECONDLY}, {@code DAILY}); a daily limit does not
 * reset until midnight in the account's time zone.
 *
 * @since 0.1.0
 */
public class HubSpotRateLimitException extends HubSpotException {

    private final @Nullable Duration retryAfter;

    private final RateLimitHeaders rateLimitHeaders;

    /**
     * Create an exception.
     * @param message the full message, naming the operation; never a token
     * @param operation the operation that failed
     * @param status the HTTP status
     * @param error the error body
     * @param responseBodyExcerpt an excerpt of a non-JSON body
     * @param retryAfter the {@code Retry-After} header as a duration, if present
     * @param rateLimitHeaders the {@code X-HubSpot-RateLimit-*} headers
     */
    public HubSpotRateLimitException(String message, Operation operation, int status, HubSpotError error,
            @Nullable String responseBodyExcerpt, @Nullable Duration retryAfter, RateLimitHeaders rateLimitHeaders) {
        super(message, operation, status, error, responseBodyExcerpt, null);
        this.retryAfter = retryAfter;
        this.rateLimitHeaders = rateLimitHeaders;
    }

    /**
     * The policy that was hit, from the body's {@code policyName}.
     * @return for example {@code TEN_SECONDLY_ROLLING} or {@code DAILY}, or {@code null}
     */
    public @Nullable String getPolicyName() {
        return getError().policyName();
    }

    /**
     * Whether this is the daily limit, which retrying will not fix before the day ends.
     * @return {@code true} for policy {@code DAILY} (or, without a policy name, a message
     * about the daily limit)
     */
    public boolean isDailyLimit() {
        String policy = getPolicyName();
        if (policy != null) {
            return "DAILY".equalsIgnoreCase(policy);
        }
        String message = getHubSpotMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("daily limit");
    }

    /**
     * The {@code Retry-After} header (seconds or an HTTP date) as a duration; HubSpot
     * does not document it on 429s.
     * @return the time to wait, or {@code null} when the header is absent or unreadable
     */
    public @Nullable Duration getRetryAfter() {
        return this.retryAfter;
    }

    /**
     * The {@code X-HubSpot-RateLimit-*} headers of the response.
     * @return the header values (each {@code null} when absent)
     */
    public RateLimitHeaders getRateLimitHeaders() {
        return this.rateLimitHeaders;
    }

}
