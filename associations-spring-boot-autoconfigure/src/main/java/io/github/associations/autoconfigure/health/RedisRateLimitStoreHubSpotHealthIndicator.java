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
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.associations.autoconfigure.HubSpotClientStatus;
import io.github.associations.redis.RedisRateLimitStore;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code hubspot} health with the state of the Redis rate-limit store among its
 * details: whether the burst window is shared, and while Redis is unavailable since when
 * and why. The status stays what the client's calls make it, since calls go on with local
 * pacing while Redis is down.
 */
class RedisRateLimitStoreHubSpotHealthIndicator extends HubSpotHealthIndicator {

    private final RedisRateLimitStore store;

    RedisRateLimitStoreHubSpotHealthIndicator(HubSpotClientStatus status, RedisRateLimitStore store) {
        super(status);
        this.store = store;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        super.doHealthCheck(builder);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("type", "redis");
        details.put("shared", this.store.isShared());
        Instant unavailableSince = this.store.unavailableSince();
        if (unavailableSince != null) {
            details.put("unavailableSince", unavailableSince);
            String failure = this.store.lastFailure();
            if (failure != null) {
                details.put("error", failure);
            }
        }
        builder.withDetail("rateLimitStore", details);
    }

}
