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
import java.time.Duration;

import io.github.associations.AssociationsOperations;
import io.github.associations.AssociationsTemplate;
import io.github.associations.client.AccessTokenProvider;
import io.github.associations.client.AssociationsSettings;
import io.github.associations.oauth.HubSpotRefreshTokenListener;
import io.github.associations.observation.AssociationsListener;
import io.github.associations.observation.AssociationsObservationConvention;
import io.github.associations.resilience.HubSpotRetryPolicy;
import io.github.associations.resilience.RateLimitSettings;
import io.github.associations.resilience.RetrySettings;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.netty.channel.ChannelOption;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the HubSpot Associations client,
 * active when HubSpot credentials are configured. Credentials and the base URL reach
 * beans through {@link HubSpotConnectionDetails}, from the {@code hubspot.*} properties
 * unless the application (or a {@code @ServiceConnection}) supplies its own.
 * <p>
 * The {@link AssociationsOperations} bean is built from a clone of the application's
 * {@code WebClient.Builder} (so its codecs, connector settings and observation apply),
 * then {@link HubSpotWebClientCustomizer}s; nothing is published that would change the
 * rest of the application: the OAuth2 objects of a public app stay inside the
 * access-token provider, and Resilience4j instances are taken from the application's
 * registries only if it has them.
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

    @Bean
    @ConditionalOnMissingBean(HubSpotConnectionDetails.class)
    PropertiesHubSpotConnectionDetails hubSpotConnectionDetails(HubSpotProperties properties) {
        return new PropertiesHubSpotConnectionDetails(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    HubSpotClientStatus hubSpotClientStatus() {
        return new HubSpotClientStatus(Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean(AssociationsOperations.class)
    AssociationsTemplate associationsTemplate(HubSpotConnectionDetails connectionDetails, HubSpotProperties properties,
            ObjectProvider<WebClient.Builder> webClientBuilder, ObjectProvider<HubSpotWebClientCustomizer> customizers,
            ObjectProvider<HubSpotClientConnectorFactory> connectorFactory,
            ObjectProvider<AccessTokenProvider> accessTokenProvider,
            ObjectProvider<HubSpotRefreshTokenListener> refreshTokenListeners,
            ObjectProvider<AssociationsListener> listeners, ObjectProvider<ObservationRegistry> observationRegistry,
            ObjectProvider<AssociationsObservationConvention> observationConvention,
            ObjectProvider<RateLimiterRegistry> rateLimiterRegistry, ObjectProvider<RetryRegistry> retryRegistry) {
        ClientHttpConnector connector = connectorFactory
            .getIfAvailable(() -> HubSpotClientConnectorFactory.REACTOR_NETTY)
            .connector(properties.getConnectTimeout());
        WebClient.Builder base = webClientBuilder.getIfAvailable(WebClient::builder).clone().clientConnector(connector);
        WebClient.Builder forApi = base.clone();
        customizers.orderedStream().forEach((customizer) -> customizer.customize(forApi));
        AssociationsSettings settings = settings(connectionDetails, properties);
        // The token endpoint's client: the application's builder without our customizers,
        // with the response timeout
        // (a hung token endpoint would otherwise hold every caller waiting on the shared
        // refresh).
        Duration responseTimeout = properties.getResponseTimeout();
        // Every listener, the status among them, hears the calls and the token refreshes.
        AssociationsListener listener = AssociationsListener.of(listeners.orderedStream().toList());
        AccessTokenProvider tokens = accessTokenProvider.getIfUnique(() -> AccessTokenProviderFactory.create(
                connectionDetails, properties.getOauth().getRefreshBeforeExpiry(),
                () -> base.clone().filter((request, next) -> next.exchange(request).timeout(responseTimeout)).build(),
                refreshTokenListeners.orderedStream().toList(), Clock.systemUTC(), getClass().getClassLoader(),
                listener));
        AssociationsTemplate.Builder template = AssociationsTemplate.builder()
            .webClient(forApi.build())
            .accessTokenProvider(tokens)
            .settings(settings)
            .listener(listener)
            .observationRegistry(observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP));
        observationConvention.ifAvailable(template::observationConvention);
        RateLimiter rateLimiter = rateLimiter(rateLimiterRegistry.getIfAvailable(), settings.rateLimit());
        if (rateLimiter != null) {
            template.rateLimiter(rateLimiter);
        }
        Retry retry = retry(retryRegistry.getIfAvailable(), settings.retry());
        if (retry != null) {
            template.retry(retry);
        }
        return template.build();
    }

    private static AssociationsSettings settings(HubSpotConnectionDetails connectionDetails,
            HubSpotProperties properties) {
        HubSpotProperties.Batch batch = properties.getBatch();
        return AssociationsSettings.builder()
            .baseUrl(connectionDetails.getBaseUrl())
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

    /**
     * The application's rate limiter named {@value AssociationsTemplate#RESILIENCE_NAME}
     * if its YAML configures one; otherwise one with HubSpot's spread permits, registered
     * so that its metrics show; {@code null} without a registry (the template then builds
     * its own).
     */
    static @Nullable RateLimiter rateLimiter(@Nullable RateLimiterRegistry registry, RateLimitSettings settings) {
        if (registry == null || !settings.enabled()) {
            return null;
        }
        return registry.find(AssociationsTemplate.RESILIENCE_NAME)
            .orElseGet(() -> registry.rateLimiter(AssociationsTemplate.RESILIENCE_NAME,
                    AssociationsTemplate.rateLimiterConfig(settings)));
    }

    /**
     * The application's retry named {@value AssociationsTemplate#RESILIENCE_NAME} if its
     * YAML configures one, its attempts and waits kept and HubSpot's rules added (what is
     * never retried, the wait a 429 asks for), replacing the registry's instance;
     * otherwise one from the settings, registered so that its metrics show; {@code null}
     * without a registry (the template then builds its own).
     */
    static @Nullable Retry retry(@Nullable RetryRegistry registry, RetrySettings settings) {
        if (registry == null || !settings.enabled()) {
            return null;
        }
        String name = AssociationsTemplate.RESILIENCE_NAME;
        return registry.find(name).map((configured) -> {
            Retry merged = Retry.of(name, HubSpotRetryPolicy.retryConfig(configured.getRetryConfig(), settings),
                    configured.getTags());
            registry.replace(name, merged);
            return merged;
        }).orElseGet(() -> registry.retry(name, HubSpotRetryPolicy.retryConfig(settings)));
    }

    /**
     * Builds the connector of the HubSpot client with its connect timeout. The response
     * timeout is applied per attempt by the client itself.
     */
    @FunctionalInterface
    interface HubSpotClientConnectorFactory {

        /**
         * Reactor Netty, when Spring Boot's connector builder is not on the classpath.
         */
        HubSpotClientConnectorFactory REACTOR_NETTY = (connectTimeout) -> new ReactorClientHttpConnector(
                HttpClient.create().option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) connectTimeout.toMillis()));

        ClientHttpConnector connector(Duration connectTimeout);

    }

    /**
     * The connector from the application's connector builder and HTTP client settings
     * (its SSL bundle, proxy, redirects), with the HubSpot connect timeout.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ClientHttpConnectorBuilder.class)
    static class BootConnectorConfiguration {

        @Bean
        HubSpotClientConnectorFactory hubSpotClientConnectorFactory(
                ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder,
                ObjectProvider<HttpClientSettings> httpClientSettings) {
            return (connectTimeout) -> connectorBuilder
                .getIfAvailable(() -> ClientHttpConnectorBuilder.detect(getClass().getClassLoader()))
                .build(httpClientSettings.getIfAvailable(HttpClientSettings::defaults)
                    .withConnectTimeout(connectTimeout));
        }

    }

}
