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

import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.github.associations.resilience.RateLimitTier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metadata that {@code spring-boot-configuration-processor} generates, which IDEs use
 * to complete and document {@code hubspot.*} properties.
 */
class ConfigurationMetadataTests {

    /**
     * Every property and its default as the metadata shows it ({@code null}: no default).
     */
    private static final Map<String, Object> PROPERTIES = properties();

    private static Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("hubspot.base-url", "https://api.hubapi.com");
        properties.put("hubspot.api-version", "2026-09");
        properties.put("hubspot.access-token", null);
        properties.put("hubspot.connect-timeout", "10s");
        properties.put("hubspot.response-timeout", "30s");
        properties.put("hubspot.oauth.client-id", null);
        properties.put("hubspot.oauth.client-secret", null);
        properties.put("hubspot.oauth.refresh-token", null);
        properties.put("hubspot.oauth.token-uri", null);
        properties.put("hubspot.oauth.refresh-before-expiry", "60s");
        properties.put("hubspot.batch.read-chunk-size", 1000);
        properties.put("hubspot.batch.create-chunk-size", 2000);
        properties.put("hubspot.batch.associate-default-chunk-size", 1000);
        properties.put("hubspot.batch.archive-chunk-size", 1000);
        properties.put("hubspot.batch.archive-labels-chunk-size", 1000);
        properties.put("hubspot.batch.concurrency", 2);
        properties.put("hubspot.rate-limit.enabled", true);
        properties.put("hubspot.rate-limit.tier", "private-app-free-starter");
        properties.put("hubspot.rate-limit.max-requests", null);
        properties.put("hubspot.rate-limit.interval", "10s");
        properties.put("hubspot.rate-limit.max-wait", "5m");
        properties.put("hubspot.rate-limit.adaptive", true);
        properties.put("hubspot.rate-limit.safety-margin", "200ms");
        properties.put("hubspot.rate-limit.daily-reset-zone", "UTC");
        properties.put("hubspot.rate-limit.daily-cool-down", null);
        properties.put("hubspot.rate-limit.store", "memory");
        properties.put("hubspot.rate-limit.shared-window-key", null);
        properties.put("hubspot.rate-limit.shared-daily-key", null);
        properties.put("hubspot.rate-limit.redis.key-prefix", "hubspot:rate-limit:");
        properties.put("hubspot.rate-limit.redis.command-timeout", "1s");
        properties.put("hubspot.rate-limit.redis.poll-interval", "100ms");
        properties.put("hubspot.rate-limit.redis.recovery-interval", "1s");
        properties.put("hubspot.retry.enabled", true);
        properties.put("hubspot.retry.max-attempts", 5);
        properties.put("hubspot.retry.max-total-time", "2m");
        properties.put("hubspot.retry.initial-backoff", "500ms");
        properties.put("hubspot.retry.max-backoff", "10s");
        properties.put("hubspot.retry.multiplier", 2.0);
        properties.put("hubspot.retry.jitter", 0.5);
        properties.put("management.health.hubspot.enabled", true);
        properties.put("hubspot.coalescing.enabled", false);
        properties.put("hubspot.coalescing.window", "5ms");
        properties.put("hubspot.coalescing.max-inputs", 100);
        return properties;
    }

    @Test
    void everyPropertyHasADescriptionAndItsDefault() throws Exception {
        JsonNode metadata = metadata();
        Map<String, JsonNode> described = new HashMap<>();
        metadata.get("properties").forEach((property) -> described.put(property.get("name").asString(), property));

        assertThat(described.keySet()).containsExactlyInAnyOrderElementsOf(PROPERTIES.keySet());
        PROPERTIES.forEach((name, defaultValue) -> {
            JsonNode property = described.get(name);
            assertThat(property.path("description").asString()).as(name).isNotBlank().endsWith(".");
            if (defaultValue == null) {
                assertThat(property.has("defaultValue")).as(name).isFalse();
            }
            else if (defaultValue instanceof Integer number) {
                assertThat(property.get("defaultValue").asInt()).as(name).isEqualTo(number);
            }
            else if (defaultValue instanceof Double number) {
                assertThat(property.get("defaultValue").asDouble()).as(name).isEqualTo(number);
            }
            else if (defaultValue instanceof Boolean flag) {
                assertThat(property.get("defaultValue").asBoolean()).as(name).isEqualTo(flag);
            }
            else {
                assertThat(property.get("defaultValue").asString()).as(name).isEqualTo(defaultValue);
            }
        });
    }

    @Test
    void descriptionsDoNotRepeatTheirDefault() throws Exception {
        metadata().get("properties").forEach((property) -> {
            String description = property.get("description").asString();
            JsonNode defaultValue = property.get("defaultValue");
            if (defaultValue != null) {
                assertThat(description).as(property.get("name").asString()).doesNotContain(defaultValue.asString());
            }
        });
    }

    @Test
    void groupsAreDescribedForOAuthBatchRateLimitAndRetry() throws Exception {
        Map<String, String> groups = new HashMap<>();
        metadata().get("groups")
            .forEach((group) -> groups.put(group.get("name").asString(), group.get("type").asString()));

        assertThat(groups).containsEntry("hubspot", HubSpotProperties.class.getName())
            .containsEntry("hubspot.oauth", HubSpotProperties.OAuth.class.getName())
            .containsEntry("hubspot.batch", HubSpotProperties.Batch.class.getName())
            .containsEntry("hubspot.rate-limit", HubSpotProperties.RateLimit.class.getName())
            .containsEntry("hubspot.rate-limit.redis", HubSpotProperties.RateLimit.Redis.class.getName())
            .containsEntry("hubspot.retry", HubSpotProperties.Retry.class.getName());
    }

    @Test
    void tokenUriHintsOfferHubSpotsTokenEndpoints() throws Exception {
        JsonNode tokenUri = null;
        for (JsonNode hint : metadata().get("hints")) {
            if (hint.get("name").asString().equals("hubspot.oauth.token-uri")) {
                tokenUri = hint;
            }
        }

        assertThat(tokenUri).isNotNull();
        assertThat(tokenUri.get("values").findValuesAsString("value")).containsExactly(
                "https://api.hubapi.com/oauth/2026-09/token", "https://api.hubapi.com/oauth/2026-03/token",
                "https://api.hubapi.com/oauth/v1/token");
    }

    @Test
    void theHealthIndicatorsSwitchIsDescribed() throws Exception {
        JsonNode health = null;
        for (JsonNode property : metadata().get("properties")) {
            if (property.get("name").asString().equals("management.health.hubspot.enabled")) {
                health = property;
            }
        }

        assertThat(health).isNotNull();
        assertThat(health.get("type").asString()).isEqualTo("java.lang.Boolean");
        assertThat(health.get("description").asString()).isEqualTo("Whether to enable the HubSpot health check.");
        assertThat(health.get("defaultValue").asBoolean()).isTrue();
    }

    @Test
    void everyRateLimitTierIsAHintWithItsRequestLimits() throws Exception {
        Map<String, String> hints = new HashMap<>();
        for (JsonNode hint : metadata().get("hints")) {
            if (hint.get("name").asString().equals("hubspot.rate-limit.tier")) {
                hint.get("values")
                    .forEach((value) -> hints.put(value.get("value").asString(), value.get("description").asString()));
            }
        }

        assertThat(hints).hasSize(RateLimitTier.values().length);
        for (RateLimitTier tier : RateLimitTier.values()) {
            String value = tier.name().toLowerCase(Locale.ROOT).replace('_', '-');
            assertThat(hints).as(value).containsKey(value);
            assertThat(hints.get(value)).as(value)
                .contains(String.format(Locale.ROOT, "%,d requests per 10 seconds", tier.burstLimit()))
                .endsWith(".");
            if (tier.dailyLimit() > 0) {
                assertThat(hints.get(value)).as(value)
                    .contains(String.format(Locale.ROOT, "%,d per day", tier.dailyLimit()));
            }
        }
    }

    private static JsonNode metadata() throws Exception {
        // Other jars ship the same resource: read this module's.
        for (URL url : Collections.list(ConfigurationMetadataTests.class.getClassLoader()
            .getResources("META-INF/spring-configuration-metadata.json"))) {
            if (url.toString().contains("associations-spring-boot-autoconfigure")) {
                try (InputStream json = url.openStream()) {
                    return JsonMapper.builder().build().readTree(json);
                }
            }
        }
        throw new IllegalStateException("No generated configuration metadata for this module");
    }

}
