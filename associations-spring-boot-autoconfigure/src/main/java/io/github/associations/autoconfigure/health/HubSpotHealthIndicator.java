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

package io.github.associations.autoconfigure.health;

import java.time.Instant;

import io.github.associations.autoconfigure.HubSpotClientStatus;
import io.github.associations.model.RateLimitHeaders;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The health of the HubSpot client from what it last saw, without spending a request:
 * DOWN while the account's daily limit is reached, while authentication fails (a 401, a
 * 403 for missing scopes, or a failed OAuth token refresh), UP otherwise; with the last
 * seen rate-limit headers and the access token's expiry as details.
 *
 * @since 0.1.0
 */
public class HubSpotHealthIndicator extends AbstractHealthIndicator {

    private final HubSpotClientStatus status;

    /**
     * Create an indicator.
     * @param status what the client last saw, which the health is read from
     */
    public HubSpotHealthIndicator(HubSpotClientStatus status) {
        super("HubSpot health check failed");
        this.status = status;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Instant dailyLimitUntil = this.status.getDailyLimitUntil();
        String authenticationFailure = this.status.getAuthenticationFailure();
        String tokenRefreshFailure = this.status.getTokenRefreshFailure();
        if (dailyLimitUntil != null) {
            builder.down()
                .withDetail("reason", "daily limit reached")
                .withDetail("dailyLimitResetsAt", dailyLimitUntil);
        }
        else if (tokenRefreshFailure != null) {
            builder.down().withDetail("reason", "access token refresh failed").withDetail("error", tokenRefreshFailure);
        }
        else if (authenticationFailure != null) {
            builder.down().withDetail("reason", "authentication failed").withDetail("error", authenticationFailure);
        }
        else {
            builder.up();
        }
        RateLimitHeaders headers = this.status.getLastRateLimitHeaders();
        if (headers != null) {
            detail(builder, "rateLimitMax", headers.max());
            detail(builder, "rateLimitRemaining", headers.remaining());
            detail(builder, "dailyLimit", headers.daily());
            detail(builder, "dailyRemaining", headers.dailyRemaining());
        }
        detail(builder, "lastResponseAt", this.status.getLastResponseAt());
        detail(builder, "accessTokenExpiresAt", this.status.getAccessTokenExpiresAt());
    }

    private static void detail(Health.Builder builder, String name, @Nullable Object value) {
        if (value != null) {
            builder.withDetail(name, value);
        }
    }

}
