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

import io.github.associations.autoconfigure.HubSpotAutoConfiguration;
import io.github.associations.autoconfigure.HubSpotClientStatus;
import io.github.associations.redis.RedisRateLimitStore;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the {@code hubspot} health
 * indicator.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = HubSpotAutoConfiguration.class)
@ConditionalOnClass({ HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(HubSpotClientStatus.class)
@ConditionalOnEnabledHealthIndicator("hubspot")
public final class HubSpotHealthContributorAutoConfiguration {

    // The bean's name, less its suffix, names the health component: hubspot, as in
    // management.health.hubspot.enabled.
    @Bean
    @ConditionalOnMissingBean(name = { "hubspotHealthIndicator", "hubspotHealthContributor" })
    HubSpotHealthIndicator hubspotHealthIndicator(HubSpotClientStatus status) {
        return new HubSpotHealthIndicator(status);
    }

    /**
     * With the Redis rate-limit store, the {@code hubspot} health shows its state too.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(RedisRateLimitStore.class)
    static class RedisRateLimitStoreHealthConfiguration {

        @Bean
        @ConditionalOnBean(RedisRateLimitStore.class)
        @ConditionalOnMissingBean(name = { "hubspotHealthIndicator", "hubspotHealthContributor" })
        HubSpotHealthIndicator hubspotHealthIndicator(HubSpotClientStatus status, RedisRateLimitStore store) {
            return new RedisRateLimitStoreHubSpotHealthIndicator(status, store);
        }

    }

}
