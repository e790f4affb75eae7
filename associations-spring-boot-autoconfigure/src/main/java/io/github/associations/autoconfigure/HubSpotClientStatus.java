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

package io.github.associations.autoconfigure;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import io.github.associations.error.HubSpotAuthenticationException;
import io.github.associations.error.HubSpotException;
import io.github.associations.error.HubSpotForbiddenException;
import io.github.associations.model.Operation;
import io.github.associations.model.RateLimitHeaders;
import io.github.associations.observation.AssociationsListener;
import org.jspecify.annotations.Nullable;

/**
 * What the auto-configured client last saw: HubSpot's rate-limit headers, whether the
 * daily limit is reached, whether authentication failed, and the state of an OAuth access
 * token. Health and metrics read it without spending a request. Thread-safe; every field
 * holds the latest value.
 *
 * @since 0.1.0
 */
public final class HubSpotClientStatus implements AssociationsListener {

    private final Clock clock;

    private volatile @Nullable RateLimitHeaders lastHeaders;

    private volatile @Nullable Instant lastResponseAt;

    private volatile @Nullable Instant dailyLimitUntil;

    private volatile @Nullable String authenticationFailure;

    private volatile @Nullable Instant accessTokenExpiresAt;

    private volatile @Nullable String tokenRefreshFailure;

    private final AtomicLong tokenRefreshes = new AtomicLong();

    private volatile long rateLimitRemaining = -1;

    private volatile long dailyRemaining = -1;

    /**
     * Create a status.
     * @param clock the clock that dates what is seen
     */
    public HubSpotClientStatus(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void responded(Operation operation, int status, RateLimitHeaders headers) {
        this.lastResponseAt = this.clock.instant();
        if (headers.remaining() != null || headers.dailyRemaining() != null) {
            this.lastHeaders = headers;
        }
        if (headers.remaining() != null) {
            this.rateLimitRemaining = headers.remaining();
        }
        if (headers.dailyRemaining() != null) {
            this.dailyRemaining = headers.dailyRemaining();
        }
        if (status >= 200 && status < 300) {
            this.authenticationFailure = null;
        }
    }

    @Override
    public void dailyLimitReached(Instant until) {
        this.dailyLimitUntil = until;
    }

    @Override
    public void failed(Operation operation, HubSpotException failure) {
        if (failure instanceof HubSpotAuthenticationException
                || (failure instanceof HubSpotForbiddenException forbidden && forbidden.isMissingScopes())) {
            this.authenticationFailure = failure.getMessage();
        }
    }

    @Override
    public void tokenRefreshed(Instant expiresAt) {
        this.tokenRefreshes.incrementAndGet();
        this.accessTokenExpiresAt = expiresAt;
        this.tokenRefreshFailure = null;
    }

    @Override
    public void tokenRefreshFailed(String reason) {
        this.tokenRefreshFailure = reason;
    }

    /**
     * The {@code X-HubSpot-RateLimit-*} headers of the last response that had them.
     * @return the headers, or {@code null} before any
     */
    public @Nullable RateLimitHeaders getLastRateLimitHeaders() {
        return this.lastHeaders;
    }

    /**
     * The last seen {@code X-HubSpot-RateLimit-Remaining}.
     * @return the value, {@code -1} before any
     */
    public long getRateLimitRemaining() {
        return this.rateLimitRemaining;
    }

    /**
     * The last seen {@code X-HubSpot-RateLimit-Daily-Remaining} (private apps only).
     * @return the value, {@code -1} before any
     */
    public long getDailyRemaining() {
        return this.dailyRemaining;
    }

    /**
     * When HubSpot last answered.
     * @return the instant, or {@code null} before any answer
     */
    public @Nullable Instant getLastResponseAt() {
        return this.lastResponseAt;
    }

    /**
     * Until when calls fail fast because HubSpot reported the daily limit reached.
     * @return the instant, or {@code null} when calls are not held back
     */
    public @Nullable Instant getDailyLimitUntil() {
        Instant until = this.dailyLimitUntil;
        return (until != null && this.clock.instant().isBefore(until)) ? until : null;
    }

    /**
     * Why the last call failed authentication (401, or 403 for missing scopes), until a
     * call succeeds again.
     * @return the failure's message, or {@code null}
     */
    public @Nullable String getAuthenticationFailure() {
        return this.authenticationFailure;
    }

    /**
     * When the current OAuth access token expires.
     * @return the instant, or {@code null} for a private app or before the first refresh
     */
    public @Nullable Instant getAccessTokenExpiresAt() {
        return this.accessTokenExpiresAt;
    }

    /**
     * Why the last OAuth token refresh failed, until one succeeds.
     * @return the reason, or {@code null}
     */
    public @Nullable String getTokenRefreshFailure() {
        return this.tokenRefreshFailure;
    }

    /**
     * How many OAuth access tokens were obtained.
     * @return the count
     */
    public long getTokenRefreshes() {
        return this.tokenRefreshes.get();
    }

}
