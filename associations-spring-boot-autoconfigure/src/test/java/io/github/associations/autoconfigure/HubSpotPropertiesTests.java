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

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Binding of every {@code hubspot.*} property, its default, and the masking of secrets in
 * {@code toString()}.
 */
class HubSpotPropertiesTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withUserConfiguration(PropertiesConfiguration.class);

    @Test
    void everyPropertyHasItsDefault() {
        this.contextRunner.run((context) -> {
            HubSpotProperties properties = context.getBean(HubSpotProperties.class);
            assertThat(properties.getBaseUrl()).isEqualTo("https://api.hubapi.com");
            assertThat(properties.getApiVersion()).isEqualTo("2026-09");
            assertThat(properties.getAccessToken()).isNull();
            assertThat(properties.getConnectTimeout()).isEqualTo(Duration.ofSeconds(10));
            assertThat(properties.getResponseTimeout()).isEqualTo(Duration.ofSeconds(30));
            HubSpotProperties.OAuth oauth = properties.getOauth();
            assertThat(oauth.getClientId()).isNull();
            assertThat(oauth.getClientSecret()).isNull();
            assertThat(oauth.getRefreshToken()).isNull();
            assertThat(oauth.getTokenUri()).isNull();
            assertThat(oauth.getRefreshBeforeExpiry()).isEqualTo(Duration.ofSeconds(60));
            HubSpotProperties.Batch batch = properties.getBatch();
            assertThat(batch.getReadChunkSize()).isEqualTo(1000);
            assertThat(batch.getCreateChunkSize()).isEqualTo(2000);
            assertThat(batch.getAssociateDefaultChunkSize()).isEqualTo(1000);
            assertThat(batch.getArchiveChunkSize()).isEqualTo(1000);
            assertThat(batch.getArchiveLabelsChunkSize()).isEqualTo(1000);
            assertThat(batch.getConcurrency()).isEqualTo(2);
            HubSpotProperties.RateLimit rateLimit = properties.getRateLimit();
            assertThat(rateLimit.getStore()).isEqualTo(RateLimitStoreType.MEMORY);
            assertThat(rateLimit.getSharedWindowKey()).isNull();
            assertThat(rateLimit.getSharedDailyKey()).isNull();
            HubSpotProperties.RateLimit.Redis redis = rateLimit.getRedis();
            assertThat(redis.getKeyPrefix()).isEqualTo("hubspot:rate-limit:");
            assertThat(redis.getCommandTimeout()).isEqualTo(Duration.ofSeconds(1));
            assertThat(redis.getPollInterval()).isEqualTo(Duration.ofMillis(100));
            assertThat(redis.getRecoveryInterval()).isEqualTo(Duration.ofSeconds(1));
        });
    }

    @Test
    void rateLimitStorePropertiesBind() {
        this.contextRunner
            .withPropertyValues("hubspot.rate-limit.store=redis", "hubspot.rate-limit.shared-window-key=team-app",
                    "hubspot.rate-limit.shared-daily-key=team-account", "hubspot.rate-limit.redis.key-prefix=app:",
                    "hubspot.rate-limit.redis.command-timeout=250ms", "hubspot.rate-limit.redis.poll-interval=50ms",
                    "hubspot.rate-limit.redis.recovery-interval=5s")
            .run((context) -> {
                HubSpotProperties.RateLimit rateLimit = context.getBean(HubSpotProperties.class).getRateLimit();
                assertThat(rateLimit.getStore()).isEqualTo(RateLimitStoreType.REDIS);
                assertThat(rateLimit.getSharedWindowKey()).isEqualTo("team-app");
                assertThat(rateLimit.getSharedDailyKey()).isEqualTo("team-account");
                HubSpotProperties.RateLimit.Redis redis = rateLimit.getRedis();
                assertThat(redis.getKeyPrefix()).isEqualTo("app:");
                assertThat(redis.getCommandTimeout()).isEqualTo(Duration.ofMillis(250));
                assertThat(redis.getPollInterval()).isEqualTo(Duration.ofMillis(50));
                assertThat(redis.getRecoveryInterval()).isEqualTo(Duration.ofSeconds(5));
            });
    }

    @Test
    void everyPropertyBinds() {
        this.contextRunner
            .withPropertyValues("hubspot.base-url=http://localhost:8089", "hubspot.access-token=pat-na1-test",
                    "hubspot.connect-timeout=3s", "hubspot.response-timeout=45s", "hubspot.oauth.client-id=client-1",
                    "hubspot.oauth.client-secret=secret-1", "hubspot.oauth.refresh-token=refresh-1",
                    "hubspot.oauth.token-uri=http://localhost:8089/oauth/v1/token",
                    "hubspot.oauth.refresh-before-expiry=5m", "hubspot.batch.read-chunk-size=100",
                    "hubspot.batch.create-chunk-size=200", "hubspot.batch.associate-default-chunk-size=300",
                    "hubspot.batch.archive-chunk-size=400", "hubspot.batch.archive-labels-chunk-size=500",
                    "hubspot.batch.concurrency=4")
            .run((context) -> {
                HubSpotProperties properties = context.getBean(HubSpotProperties.class);
                assertThat(properties.getBaseUrl()).isEqualTo("http://localhost:8089");
                assertThat(properties.getAccessToken()).isEqualTo("pat-na1-test");
                assertThat(properties.getConnectTimeout()).isEqualTo(Duration.ofSeconds(3));
                assertThat(properties.getResponseTimeout()).isEqualTo(Duration.ofSeconds(45));
                HubSpotProperties.OAuth oauth = properties.getOauth();
                assertThat(oauth.getClientId()).isEqualTo("client-1");
                assertThat(oauth.getClientSecret()).isEqualTo("secret-1");
                assertThat(oauth.getRefreshToken()).isEqualTo("refresh-1");
                assertThat(oauth.getTokenUri()).isEqualTo("http://localhost:8089/oauth/v1/token");
                assertThat(oauth.getRefreshBeforeExpiry()).isEqualTo(Duration.ofMinutes(5));
                HubSpotProperties.Batch batch = properties.getBatch();
                assertThat(batch.getReadChunkSize()).isEqualTo(100);
                assertThat(batch.getCreateChunkSize()).isEqualTo(200);
                assertThat(batch.getAssociateDefaultChunkSize()).isEqualTo(300);
                assertThat(batch.getArchiveChunkSize()).isEqualTo(400);
                assertThat(batch.getArchiveLabelsChunkSize()).isEqualTo(500);
                assertThat(batch.getConcurrency()).isEqualTo(4);
            });
    }

    @Test
    void durationsBindFromSimpleAndIsoFormatsWithMillisecondsAsTheDefaultUnit() {
        this.contextRunner
            .withPropertyValues("hubspot.connect-timeout=PT2.5S", "hubspot.response-timeout=1500",
                    "hubspot.oauth.refresh-before-expiry=2m")
            .run((context) -> {
                HubSpotProperties properties = context.getBean(HubSpotProperties.class);
                assertThat(properties.getConnectTimeout()).isEqualTo(Duration.ofMillis(2500));
                assertThat(properties.getResponseTimeout()).isEqualTo(Duration.ofMillis(1500));
                assertThat(properties.getOauth().getRefreshBeforeExpiry()).isEqualTo(Duration.ofMinutes(2));
            });
    }

    @Test
    void relaxedNamesBind() {
        this.contextRunner
            .withPropertyValues("hubspot.accessToken=pat-camel", "hubspot.oauth.client_secret=secret-underscore",
                    "hubspot.batch.readChunkSize=10")
            .run((context) -> {
                HubSpotProperties properties = context.getBean(HubSpotProperties.class);
                assertThat(properties.getAccessToken()).isEqualTo("pat-camel");
                assertThat(properties.getOauth().getClientSecret()).isEqualTo("secret-underscore");
                assertThat(properties.getBatch().getReadChunkSize()).isEqualTo(10);
            });
    }

    @Test
    void toStringMasksTheAccessTokenClientSecretAndRefreshToken() {
        HubSpotProperties properties = new HubSpotProperties();
        properties.setAccessToken("pat-na1-secret-value");
        properties.getOauth().setClientId("client-1");
        properties.getOauth().setClientSecret("client-secret-value");
        properties.getOauth().setRefreshToken("refresh-token-value");

        assertThat(properties.toString()).contains("client-1", "******", "https://api.hubapi.com", "concurrency = 2")
            .doesNotContain("pat-na1-secret-value", "client-secret-value", "refresh-token-value");
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(HubSpotProperties.class)
    static class PropertiesConfiguration {

    }

}
