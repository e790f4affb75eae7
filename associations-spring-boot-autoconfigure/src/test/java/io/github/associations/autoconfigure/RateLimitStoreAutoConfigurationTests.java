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

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.associations.AssociationsTemplate;
import io.github.associations.autoconfigure.health.HubSpotHealthContributorAutoConfiguration;
import io.github.associations.autoconfigure.health.HubSpotHealthIndicator;
import io.github.associations.redis.RedisRateLimitStore;
import io.github.associations.resilience.InMemoryRateLimitStore;
import io.github.associations.resilience.RateLimitKeys;
import io.github.associations.resilience.RateLimitStore;
import io.github.associations.resilience.RateLimitStore.Acquisition;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code hubspot.rate-limit.store}: in memory by default, in Redis on the application's
 * Redis connection with {@code redis}, and a startup failure naming what to add when the
 * Redis store or the connection is missing. No test here needs a running Redis: the
 * connection factory connects on first use.
 */
class RateLimitStoreAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(HubSpotAutoConfiguration.class))
        .withPropertyValues("hubspot.access-token=pat-na1-test");

    private final ApplicationContextRunner withRedis = this.contextRunner
        .withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
        .withPropertyValues("spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + closedPort());

    @Test
    void theStoreIsInMemoryByDefault() {
        this.withRedis.run((context) -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(HubSpotProperties.class).getRateLimit().getStore())
                .isEqualTo(RateLimitStoreType.MEMORY);
            // The template keeps its own window
            assertThat(context).doesNotHaveBean(RateLimitStore.class);
        });
    }

    @Test
    void whenStoreIsMemoryThenNoSharedStoreIsCreated() {
        this.withRedis.withPropertyValues("hubspot.rate-limit.store=memory")
            .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(RateLimitStore.class));
    }

    @Test
    void whenStoreIsRedisThenTheRedisStoreIsCreatedOnTheApplicationsConnection() {
        this.withRedis.withPropertyValues("hubspot.rate-limit.store=redis").run((context) -> {
            assertThat(context).hasNotFailed().hasSingleBean(RateLimitStore.class);
            RedisRateLimitStore store = context.getBean(RedisRateLimitStore.class);
            assertThat(store.isShared()).isTrue();
            assertThat(store).hasToString(
                    "RedisRateLimitStore[keyPrefix=" + RedisRateLimitStore.DEFAULT_KEY_PREFIX + ", available=true]");
        });
    }

    @Test
    void whenStoreIsRedisThenTheTemplateCountsItsRequestsInIt() {
        this.withRedis.withPropertyValues("hubspot.rate-limit.store=redis")
            .run((context) -> assertThat(context.getBean(AssociationsTemplate.class).getRateLimitStore())
                .isSameAs(context.getBean(RedisRateLimitStore.class)));
    }

    @Test
    void theTemplateTakesTheSharedKeysFromTheirProperties() {
        List<String> keys = new CopyOnWriteArrayList<>();
        this.withRedis
            .withPropertyValues("hubspot.rate-limit.store=redis", "hubspot.rate-limit.shared-window-key=app-42",
                    "hubspot.rate-limit.shared-daily-key=account-7",
                    "hubspot.base-url=http://127.0.0.1:" + closedPort(), "hubspot.retry.enabled=false")
            .withBean("applicationRateLimitStore", RateLimitStore.class, () -> new RecordingStore(keys))
            .run((context) -> {
                AssociationsTemplate template = context.getBean(AssociationsTemplate.class);
                assertThat(template.getRateLimitStore()).isSameAs(context.getBean(RateLimitStore.class));
                // Nothing answers at the base URL: what matters is the keys asked for
                template.records()
                    .listPage("contacts", "1", "companies", 10, null)
                    .onErrorResume((ex) -> Mono.empty())
                    .block(Duration.ofSeconds(30));
                assertThat(keys).containsSubsequence("daily:account-7", "window:app-42");
                assertThat(keys).noneMatch((key) -> key.contains("pat-na1-test"));
            });
    }

    @Test
    void withoutSharedKeyPropertiesAPrivateAppsKeysAreAHashOfItsToken() {
        List<String> keys = new CopyOnWriteArrayList<>();
        this.withRedis
            .withPropertyValues("hubspot.rate-limit.store=redis", "hubspot.base-url=http://127.0.0.1:" + closedPort(),
                    "hubspot.retry.enabled=false")
            .withBean("applicationRateLimitStore", RateLimitStore.class, () -> new RecordingStore(keys))
            .run((context) -> {
                context.getBean(AssociationsTemplate.class)
                    .records()
                    .listPage("contacts", "1", "companies", 10, null)
                    .onErrorResume((ex) -> Mono.empty())
                    .block(Duration.ofSeconds(30));
                String hashed = "private-app:" + RateLimitKeys.hash("pat-na1-test");
                assertThat(keys).containsSubsequence("daily:" + hashed, "window:" + hashed);
                assertThat(keys).noneMatch((key) -> key.contains("pat-na1-test"));
            });
    }

    @Test
    void theRedisStoreTakesItsKeyPrefixFromItsProperty() {
        this.withRedis.withPropertyValues("hubspot.rate-limit.store=REDIS", "hubspot.rate-limit.redis.key-prefix=app:")
            .run((context) -> assertThat(context.getBean(RedisRateLimitStore.class))
                .hasToString("RedisRateLimitStore[keyPrefix=app:, available=true]"));
    }

    @Test
    void whenRedisDoesNotAnswerCallsGoOnLocallyAndHealthSaysSo() {
        this.withRedis.withConfiguration(AutoConfigurations.of(HubSpotHealthContributorAutoConfiguration.class))
            .withPropertyValues("hubspot.rate-limit.store=redis", "hubspot.rate-limit.redis.command-timeout=30s",
                    "hubspot.rate-limit.redis.recovery-interval=1h")
            .run((context) -> {
                RedisRateLimitStore store = context.getBean(RedisRateLimitStore.class);
                Health shared = context.getBean(HubSpotHealthIndicator.class).health(true);
                assertThat(shared.getDetails()).containsEntry("rateLimitStore",
                        Map.of("type", "redis", "shared", true));

                // Nothing listens on the port: the connection is refused, the slot is
                // local
                Acquisition acquisition = store.acquire("window", 1, Duration.ofMinutes(1))
                    .block(Duration.ofSeconds(30));
                assertThat(acquisition.isGranted()).isTrue();
                assertThat(store.isShared()).isFalse();

                Health local = context.getBean(HubSpotHealthIndicator.class).health(true);
                assertThat(local.getStatus()).isEqualTo(Status.UP);
                assertThat(local.getDetails().get("rateLimitStore"))
                    .asInstanceOf(InstanceOfAssertFactories.map(String.class, Object.class))
                    .containsEntry("type", "redis")
                    .containsEntry("shared", false)
                    .containsKey("error")
                    .hasEntrySatisfying("unavailableSince", (since) -> assertThat(since).isInstanceOf(Instant.class));
            });
    }

    @Test
    void whenStoreIsRedisWithoutTheRedisStoreStartupFailsNamingTheDependency() {
        this.withRedis.withPropertyValues("hubspot.rate-limit.store=redis")
            .withClassLoader(new FilteredClassLoader(RedisRateLimitStore.class))
            .run((context) -> {
                assertThat(context).hasFailed();
                FailureAnalysis analysis = new InvalidHubSpotConfigurationFailureAnalyzer()
                    .analyze(context.getStartupFailure());
                assertThat(analysis).isNotNull();
                assertThat(analysis.getDescription()).contains("hubspot.rate-limit.store is 'redis'",
                        "Redis rate-limit store is not on the classpath");
                assertThat(analysis.getAction()).contains("io.github.associations:associations-rate-limit-redis",
                        "spring-boot-starter-data-redis-reactive", "hubspot.rate-limit.store to 'memory'");
            });
    }

    @Test
    void whenStoreIsRedisWithoutARedisConnectionStartupFailsNamingSpringBootsRedisStarter() {
        this.contextRunner.withPropertyValues("hubspot.rate-limit.store=redis").run((context) -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = new InvalidHubSpotConfigurationFailureAnalyzer()
                .analyze(context.getStartupFailure());
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains("hubspot.rate-limit.store is 'redis'",
                    "no ReactiveRedisConnectionFactory");
            assertThat(analysis.getAction()).contains("spring-boot-starter-data-redis-reactive", "spring.data.redis.*");
        });
    }

    @Test
    void withoutTheRedisStoreTheDefaultStoreStillStarts() {
        this.contextRunner.withClassLoader(new FilteredClassLoader(RedisRateLimitStore.class))
            .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(RateLimitStore.class));
    }

    @Test
    void anApplicationsRateLimitStoreMakesTheRedisStoreBackOff() {
        this.withRedis.withPropertyValues("hubspot.rate-limit.store=redis")
            .withUserConfiguration(ApplicationStore.class)
            .run((context) -> assertThat(context).hasNotFailed()
                .hasSingleBean(RateLimitStore.class)
                .doesNotHaveBean(RedisRateLimitStore.class)
                .hasBean("applicationRateLimitStore"));
    }

    /** A port nothing listens on. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * A shared store that records the keys it is asked about.
     */
    static final class RecordingStore implements RateLimitStore {

        private final InMemoryRateLimitStore store = new InMemoryRateLimitStore();

        private final List<String> keys;

        RecordingStore(List<String> keys) {
            this.keys = keys;
        }

        @Override
        public Mono<Acquisition> acquire(String key, int limit, Duration abandonAfter) {
            this.keys.add("window:" + key);
            return this.store.acquire(key, limit, abandonAfter);
        }

        @Override
        public Mono<Void> release(String key, String slot, Duration hold) {
            return this.store.release(key, slot, hold);
        }

        @Override
        public Mono<Void> markDailyLimitReached(String key, Instant until) {
            return this.store.markDailyLimitReached(key, until);
        }

        @Override
        public Mono<Instant> dailyLimitReachedUntil(String key) {
            this.keys.add("daily:" + key);
            return this.store.dailyLimitReachedUntil(key);
        }

        @Override
        public boolean isShared() {
            return true;
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class ApplicationStore {

        @Bean
        RateLimitStore applicationRateLimitStore() {
            return new InMemoryRateLimitStore();
        }

    }

}
