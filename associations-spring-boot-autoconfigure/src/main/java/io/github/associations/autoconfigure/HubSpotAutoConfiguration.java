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
import java.util.List;

import io.github.associations.AssociationsOperations;
import io.github.associations.AssociationsTemplate;
import io.github.associations.autoconfigure.HubSpotConnectionDetails.OAuthCredentials;
import io.github.associations.blocking.BlockingAssociationsOperations;
import io.github.associations.blocking.BlockingAssociationsTemplate;
import io.github.associations.client.AccessTokenProvider;
import io.github.associations.client.ApiVersion;
import io.github.associations.client.AssociationsSettings;
import io.github.associations.client.CoalescingSettings;
import io.github.associations.oauth.HubSpotRefreshTokenListener;
import io.github.associations.oauth.OAuthSettingNames;
import io.github.associations.oauth.RefreshTokenAccessTokenProvider;
import io.github.associations.observation.AssociationsListener;
import io.github.associations.observation.AssociationsObservationConvention;
import io.github.associations.redis.RedisRateLimitStore;
import io.github.associations.resilience.HubSpotRetryPolicy;
import io.github.associations.resilience.RateLimitKeys;
import io.github.associations.resilience.RateLimitSettings;
import io.github.associations.resilience.RateLimitStore;
import io.github.associations.resilience.RetrySettings;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.netty.channel.ChannelOption;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the HubSpot Associations client.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = { "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration",
        "org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration",
        "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration",
        "io.github.resilience4j.springboot.retry.autoconfigure.RetryAutoConfiguration",
        "io.github.resilience4j.springboot.ratelimiter.autoconfigure.RateLimiterAutoConfiguration",
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration" })
@Conditional(OnHubSpotCredentialsCondition.class)
@EnableConfigurationProperties(HubSpotProperties.class)
public final class HubSpotAutoConfiguration {

    private static final Log logger = LogFactory.getLog(HubSpotAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean(HubSpotConnectionDetails.class)
    PropertiesHubSpotConnectionDetails hubspotConnectionDetails(HubSpotProperties properties) {
        return new PropertiesHubSpotConnectionDetails(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    HubSpotClientStatus hubspotClientStatus() {
        return new HubSpotClientStatus(Clock.systemUTC());
    }

    // Reactor Netty, when Spring Boot's connector builder is not on the class path
    // (ClientHttpConnectorBuilderConfiguration comes first when it is).
    @Bean
    @ConditionalOnMissingBean
    HubSpotHttpConnector hubspotHttpConnector(HubSpotProperties properties) {
        int connectTimeout = (int) properties.getConnectTimeout().toMillis();
        return new HubSpotHttpConnector(new ReactorClientHttpConnector(
                HttpClient.create().option(ChannelOption.CONNECT_TIMEOUT_MILLIS, connectTimeout)));
    }

    @Bean
    @ConditionalOnMissingBean
    HubSpotWebClients hubspotWebClients(HubSpotHttpConnector connector,
            ObjectProvider<WebClient.Builder> webClientBuilder,
            ObjectProvider<HubSpotWebClientCustomizer> customizers) {
        return new HubSpotWebClients(webClientBuilder.getIfAvailable(WebClient::builder), connector,
                customizers.orderedStream().toList());
    }

    @Bean
    @ConditionalOnMissingBean
    HubSpotObservation hubspotObservation(ObjectProvider<AssociationsListener> listeners,
            ObjectProvider<ObservationRegistry> observationRegistry,
            ObjectProvider<AssociationsObservationConvention> observationConvention) {
        return new HubSpotObservation(AssociationsListener.of(listeners.orderedStream().toList()),
                observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP),
                observationConvention.getIfAvailable());
    }

    // A private app's token. OAuth2ClientConfiguration comes first when Spring
    // Security's OAuth2 client is on the class path: here it is not.
    @Bean
    @ConditionalOnMissingBean(AccessTokenProvider.class)
    AccessTokenProvider hubspotAccessTokenProvider(HubSpotConnectionDetails connectionDetails) {
        if (connectionDetails.getOAuth() != null && connectionDetails.getAccessToken() == null) {
            throw new InvalidHubSpotConfigurationException(
                    "HubSpot OAuth credentials are configured, but Spring Security's OAuth2 client, which refreshes the "
                            + "access tokens, is not on the classpath.",
                    "Add org.springframework.security:spring-security-oauth2-client (its version managed by Spring "
                            + "Boot) to the application's dependencies, or set " + CredentialProperties.ACCESS_TOKEN
                            + " to a private app's access token instead of OAuth credentials.");
        }
        return privateAppAccessTokenProvider(connectionDetails);
    }

    @Bean
    @ConditionalOnMissingBean
    AssociationsSettings hubspotSettings(HubSpotConnectionDetails connectionDetails, HubSpotProperties properties) {
        HubSpotProperties.Batch batch = properties.getBatch();
        return AssociationsSettings.builder()
            .baseUrl(connectionDetails.getBaseUrl())
            .apiVersion(apiVersion(properties.getApiVersion()))
            .responseTimeout(properties.getResponseTimeout())
            .batchReadChunkSize(batch.getReadChunkSize())
            .batchCreateChunkSize(batch.getCreateChunkSize())
            .batchAssociateDefaultChunkSize(batch.getAssociateDefaultChunkSize())
            .batchArchiveChunkSize(batch.getArchiveChunkSize())
            .batchArchiveLabelsChunkSize(batch.getArchiveLabelsChunkSize())
            .batchConcurrency(batch.getConcurrency())
            .rateLimit(properties.getRateLimit().toSettings())
            .retry(properties.getRetry().toSettings())
            .build();
    }

    @Bean
    @ConditionalOnMissingBean
    CoalescingSettings hubspotCoalescingSettings(HubSpotProperties properties) {
        // Valid: HubSpotProperties validates hubspot.coalescing.* as it binds them
        return properties.getCoalescing().toSettings();
    }

    @Bean
    @ConditionalOnMissingBean
    HubSpotResilience hubspotResilience(AssociationsSettings settings,
            ObjectProvider<RateLimiterRegistry> rateLimiterRegistry, ObjectProvider<RetryRegistry> retryRegistry) {
        return new HubSpotResilience(rateLimiter(rateLimiterRegistry.getIfAvailable(), settings.rateLimit()),
                retry(retryRegistry.getIfAvailable(), settings.retry()));
    }

    @Bean
    @ConditionalOnMissingBean(AssociationsOperations.class)
    AssociationsTemplate associationsTemplate(AssociationsSettings settings, AccessTokenProvider accessTokenProvider,
            HubSpotWebClients webClients, HubSpotResilience resilience, HubSpotObservation observation,
            HubSpotProperties properties, ObjectProvider<RateLimitStore> rateLimitStore,
            CoalescingSettings coalescing) {
        AssociationsTemplate.Builder template = AssociationsTemplate.builder()
            .webClient(webClients.api())
            .accessTokenProvider(accessTokenProvider)
            .settings(settings)
            .coalescing(coalescing)
            .listener(observation.listener())
            .observationRegistry(observation.registry());
        AssociationsObservationConvention convention = observation.convention();
        if (convention != null) {
            template.observationConvention(convention);
        }
        RateLimiter rateLimiter = resilience.rateLimiter();
        if (rateLimiter != null) {
            template.rateLimiter(rateLimiter);
        }
        Retry retry = resilience.retry();
        if (retry != null) {
            template.retry(retry);
        }
        RateLimitStore store = rateLimitStore.getIfAvailable();
        if (store != null) {
            template.rateLimitStore(store);
        }
        RateLimitKeys keys = rateLimitKeys(properties.getRateLimit(), accessTokenProvider);
        if (keys != null) {
            template.rateLimitKeys(keys);
        }
        return template.build();
    }

    // The blocking facade for Spring MVC applications, over whichever reactive client
    // the application has.
    @Bean
    @ConditionalOnMissingBean(BlockingAssociationsOperations.class)
    BlockingAssociationsTemplate blockingAssociationsTemplate(AssociationsOperations associations,
            AssociationsSettings settings) {
        return new BlockingAssociationsTemplate(associations, null, settings.pageSize());
    }

    /**
     * The keys of the burst window and the daily quota when a property sets either; the
     * other is the one the token provider names (a private app's hash of its token, a
     * public app's client id and account), as the template derives both otherwise.
     */
    static @Nullable RateLimitKeys rateLimitKeys(HubSpotProperties.RateLimit properties,
            AccessTokenProvider accessTokenProvider) {
        String window = properties.getSharedWindowKey();
        String daily = properties.getSharedDailyKey();
        if (!StringUtils.hasText(window) && !StringUtils.hasText(daily)) {
            return null;
        }
        RateLimitKeys named = accessTokenProvider.rateLimitKeys();
        return RateLimitKeys.of(StringUtils.hasText(window) ? Mono.just(window) : named.burstWindow(),
                StringUtils.hasText(daily) ? Mono.just(daily) : named.dailyQuota());
    }

    /**
     * The API version a property names (validated as it was bound); v4 is accepted with a
     * warning of its end of support.
     */
    static ApiVersion apiVersion(String property) {
        ApiVersion version = ApiVersion.of(property.strip());
        if (!version.isDated()) {
            logger.warn("hubspot.api-version is " + version.value() + ": HubSpot stops supporting its v4 APIs on "
                    + version.endOfSupport() + ". Set hubspot.api-version to " + ApiVersion.V2026_09.value()
                    + " (the default) to move to a dated version; nothing else changes.");
        }
        return version;
    }

    /**
     * The provider of a private app's token.
     * @throws IllegalStateException if the connection details supply both kinds of
     * credentials, or none
     */
    static AccessTokenProvider privateAppAccessTokenProvider(HubSpotConnectionDetails connectionDetails) {
        String accessToken = connectionDetails.getAccessToken();
        if (accessToken != null && connectionDetails.getOAuth() != null) {
            throw new IllegalStateException(connectionDetails.getClass().getName()
                    + " supplies both a private app's access token and OAuth credentials; it must supply one of them");
        }
        if (accessToken == null) {
            throw new IllegalStateException(connectionDetails.getClass().getName()
                    + " supplies no HubSpot credentials: neither an access token nor OAuth credentials");
        }
        // A 401 names the setting to check: the property, or the connection details it
        // came from.
        String settingName = (connectionDetails instanceof PropertiesHubSpotConnectionDetails)
                ? CredentialProperties.ACCESS_TOKEN : "the access token of " + connectionDetails.getClass().getName();
        return AccessTokenProvider.ofPrivateAppToken(accessToken, settingName);
    }

    /**
     * The application's rate limiter named {@value AssociationsTemplate#RESILIENCE_NAME}
     * as its configuration made it; otherwise one with HubSpot's spread permits,
     * registered so that its metrics show; {@code null} without a registry (the template
     * then builds its own).
     */
    private static @Nullable RateLimiter rateLimiter(@Nullable RateLimiterRegistry registry,
            RateLimitSettings settings) {
        if (registry == null || !settings.enabled()) {
            return null;
        }
        return registry.find(AssociationsTemplate.RESILIENCE_NAME)
            .orElseGet(() -> registry.rateLimiter(AssociationsTemplate.RESILIENCE_NAME,
                    AssociationsTemplate.rateLimiterConfig(settings)));
    }

    /**
     * The application's retry named {@value AssociationsTemplate#RESILIENCE_NAME} as its
     * configuration made it (the client's pipeline keeps HubSpot's rules around it);
     * otherwise one from the settings, registered so that its metrics show; {@code null}
     * without a registry (the template then builds its own).
     */
    private static @Nullable Retry retry(@Nullable RetryRegistry registry, RetrySettings settings) {
        if (registry == null || !settings.enabled()) {
            return null;
        }
        return registry.find(AssociationsTemplate.RESILIENCE_NAME)
            .orElseGet(() -> registry.retry(AssociationsTemplate.RESILIENCE_NAME,
                    HubSpotRetryPolicy.retryConfig(settings)));
    }

    /**
     * The connector from the application's connector builder and HTTP client settings
     * (its SSL bundle, proxy, redirects), with the HubSpot connect timeout.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ClientHttpConnectorBuilder.class)
    static class ClientHttpConnectorBuilderConfiguration {

        @Bean
        @ConditionalOnMissingBean
        HubSpotHttpConnector hubspotHttpConnector(HubSpotProperties properties,
                ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder,
                ObjectProvider<HttpClientSettings> httpClientSettings) {
            ClientHttpConnectorBuilder<?> builder = connectorBuilder
                .getIfAvailable(() -> ClientHttpConnectorBuilder.detect(getClass().getClassLoader()));
            return new HubSpotHttpConnector(
                    builder.build(httpClientSettings.getIfAvailable(HttpClientSettings::defaults)
                        .withConnectTimeout(properties.getConnectTimeout())));
        }

    }

    /**
     * With {@code hubspot.rate-limit.store=redis}, the store every instance shares: the
     * burst window and the daily-limit state in Redis, on the application's Redis
     * connection ({@code spring.data.redis.*}).
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(RedisRateLimitStore.class)
    @ConditionalOnProperty(name = "hubspot.rate-limit.store", havingValue = "redis")
    static class RedisRateLimitStoreConfiguration {

        @Bean
        @ConditionalOnMissingBean(RateLimitStore.class)
        RedisRateLimitStore hubspotRateLimitStore(HubSpotProperties properties,
                ObjectProvider<ReactiveRedisConnectionFactory> connectionFactory) {
            ReactiveRedisConnectionFactory redis = connectionFactory.getIfAvailable();
            if (redis == null) {
                throw new InvalidHubSpotConfigurationException(
                        "hubspot.rate-limit.store is 'redis', but the application has no ReactiveRedisConnectionFactory "
                                + "to reach Redis with.",
                        "Add org.springframework.boot:spring-boot-starter-data-redis-reactive to the application's "
                                + "dependencies and point spring.data.redis.* at the Redis that every instance "
                                + "shares, or set hubspot.rate-limit.store to 'memory'.");
            }
            HubSpotProperties.RateLimit.Redis settings = properties.getRateLimit().getRedis();
            return RedisRateLimitStore.builder(redis)
                .keyPrefix(settings.getKeyPrefix())
                .commandTimeout(settings.getCommandTimeout())
                .pollInterval(settings.getPollInterval())
                .recoveryInterval(settings.getRecoveryInterval())
                .build();
        }

    }

    /**
     * {@code hubspot.rate-limit.store=redis} without the Redis store on the class path
     * fails at startup, naming the dependency to add.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingClass("io.github.associations.redis.RedisRateLimitStore")
    @ConditionalOnProperty(name = "hubspot.rate-limit.store", havingValue = "redis")
    static class MissingRedisRateLimitStoreConfiguration {

        @Bean
        @ConditionalOnMissingBean(RateLimitStore.class)
        RateLimitStore hubspotRateLimitStore() {
            throw new InvalidHubSpotConfigurationException(
                    "hubspot.rate-limit.store is 'redis', but HubSpot's Redis rate-limit store is not on the "
                            + "classpath.",
                    "Add io.github.associations:associations-rate-limit-redis (managed by associations-bom) and "
                            + "org.springframework.boot:spring-boot-starter-data-redis-reactive to the application's "
                            + "dependencies, or set hubspot.rate-limit.store to 'memory'.");
        }

    }

    /**
     * The provider for OAuth credentials, with Spring Security's OAuth2 client; its
     * OAuth2 objects stay private to it, so the application gets no security filter
     * chain.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ReactiveOAuth2AuthorizedClientManager.class)
    static class OAuth2ClientConfiguration {

        /** Messages of the provider name the properties the credentials come from. */
        static final OAuthSettingNames PROPERTY_NAMES = new OAuthSettingNames(CredentialProperties.CLIENT_ID,
                CredentialProperties.CLIENT_SECRET, CredentialProperties.REFRESH_TOKEN, "hubspot.oauth.token-uri");

        @Bean
        @ConditionalOnMissingBean(AccessTokenProvider.class)
        AccessTokenProvider hubspotAccessTokenProvider(HubSpotConnectionDetails connectionDetails,
                AssociationsSettings settings, HubSpotProperties properties, HubSpotWebClients webClients,
                HubSpotObservation observation, ObjectProvider<HubSpotRefreshTokenListener> refreshTokenListeners) {
            OAuthCredentials oauth = connectionDetails.getOAuth();
            if (oauth == null || connectionDetails.getAccessToken() != null) {
                return privateAppAccessTokenProvider(connectionDetails);
            }
            // HubSpot's token endpoint moves with the base URL and the API version unless
            // one is set.
            String tokenUri = (oauth.tokenUri() != null) ? oauth.tokenUri()
                    : RefreshTokenAccessTokenProvider.tokenUri(settings.baseUrl(), settings.apiVersion());
            RefreshTokenAccessTokenProvider.Builder provider = RefreshTokenAccessTokenProvider.builder()
                .clientId(oauth.clientId())
                .clientSecret(oauth.clientSecret())
                .refreshToken(oauth.refreshToken())
                .tokenUri(tokenUri)
                .refreshBeforeExpiry(properties.getOauth().getRefreshBeforeExpiry())
                .webClient(webClients.tokenEndpoint(settings.responseTimeout()))
                .listener(observation.listener())
                .settingNames(PROPERTY_NAMES);
            HubSpotRefreshTokenListener refreshTokenListener = compose(refreshTokenListeners.orderedStream().toList());
            if (refreshTokenListener != null) {
                provider.refreshTokenListener(refreshTokenListener);
            }
            return provider.build();
        }

        /**
         * One listener calling every given listener in order.
         * @param listeners the application's listener beans, in order
         * @return the composed listener, or {@code null} when there are none
         */
        static @Nullable HubSpotRefreshTokenListener compose(List<HubSpotRefreshTokenListener> listeners) {
            if (listeners.isEmpty()) {
                return null;
            }
            if (listeners.size() == 1) {
                return listeners.get(0);
            }
            return (newRefreshToken) -> listeners.forEach((listener) -> listener.refreshTokenRotated(newRefreshToken));
        }

    }

}
