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
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.associations.AssociationsOperations;
import io.github.associations.AssociationsTemplate;
import io.github.associations.client.CoalescingSettings;
import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.emulator.control.Fault;
import io.github.associations.emulator.control.LoggedRequest;
import io.github.associations.error.HubSpotAuthenticationException;
import io.github.associations.error.HubSpotRateLimitException;
import io.github.associations.error.HubSpotServerException;
import io.github.associations.resilience.RateLimitSettings;
import io.github.associations.resilience.RetrySettings;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.springboot.ratelimiter.autoconfigure.RateLimiterAutoConfiguration;
import io.github.resilience4j.springboot.retry.autoconfigure.RetryAutoConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.Mockito;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The auto-configured {@link AssociationsOperations} against the in-process emulator.
 */
class AssociationsOperationsAutoConfigurationTests {

    private static HubSpotEmulator emulator;

    private ApplicationContextRunner contextRunner;

    @BeforeAll
    static void startEmulator() {
        emulator = HubSpotEmulator.start(EmulatorOptions.builder()
            .strictRecords(false)
            .noRateLimit()
            .noDailyLimit()
            .oauthClient("client-1", "secret-1", "refresh-1")
            .build());
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void freshEmulator() {
        emulator.reset();
        this.contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HubSpotAutoConfiguration.class))
            .withPropertyValues("hubspot.base-url=" + emulator.baseUrl(), "hubspot.rate-limit.enabled=false");
    }

    private ApplicationContextRunner withOAuth() {
        return this.contextRunner.withPropertyValues("hubspot.oauth.client-id=client-1",
                "hubspot.oauth.client-secret=secret-1", "hubspot.oauth.refresh-token=refresh-1");
    }

    @Test
    void whenAccessTokenIsSetThenOperationsBeanIsCreatedAndSendsIt() {
        this.contextRunner.withPropertyValues("hubspot.access-token=" + emulator.privateAppToken()).run((context) -> {
            AssociationsOperations hubSpot = context.getBean(AssociationsOperations.class);
            hubSpot.records().associateDefault("contacts", "1", "companies", "2").block();

            LoggedRequest request = emulator.requests().forEndpoint(EmulatorEndpoint.RECORDS_ASSOCIATE_DEFAULT).get(0);
            assertThat(request.status()).isEqualTo(200);
            assertThat(request.bearerToken()).isEqualTo(emulator.privateAppToken());
        });
    }

    @Test
    void withoutTheApplicationsWebClientBuilderTheClientStillWorks() {
        this.contextRunner.withPropertyValues("hubspot.access-token=" + emulator.privateAppToken()).run((context) -> {
            assertThat(context).doesNotHaveBean(WebClient.Builder.class);
            context.getBean(AssociationsOperations.class).labels().list("contacts", "companies").blockLast();
            assertThat(emulator.requests().count(EmulatorEndpoint.LABELS_LIST)).isEqualTo(1);
        });
    }

    @Test
    void whenOAuthIsSetThenCallsUseAnAccessTokenFromTheTokenEndpoint() {
        withOAuth().run((context) -> {
            context.getBean(AssociationsOperations.class).labels().list("contacts", "companies").blockLast();

            assertThat(emulator.tokens().requestCount()).isEqualTo(1);
            LoggedRequest request = emulator.requests().forEndpoint(EmulatorEndpoint.LABELS_LIST).get(0);
            assertThat(request.status()).isEqualTo(200);
            assertThat(request.bearerToken()).isNotBlank().isNotEqualTo(emulator.privateAppToken());
        });
    }

    @Test
    void oauthRefreshesAtTheDefaultVersionsTokenEndpointOfTheBaseUrlWithNothingInTheQuery() {
        withOAuth().run((context) -> {
            context.getBean(AssociationsOperations.class).labels().list("contacts", "companies").blockLast();

            assertThat(emulator.requests().forEndpoint(EmulatorEndpoint.OAUTH_TOKEN)).singleElement()
                .satisfies((token) -> {
                    assertThat(token.path()).isEqualTo("/oauth/2026-09/token");
                    assertThat(token.query()).isNull();
                    assertThat(token.status()).isEqualTo(200);
                });
        });
    }

    @ParameterizedTest
    @CsvSource({ "2026-03, /oauth/2026-03/token", "v4, /oauth/2026-03/token", "2026-09, /oauth/2026-09/token" })
    void theTokenEndpointFollowsTheApiVersion(String apiVersion, String tokenPath) {
        withOAuth().withPropertyValues("hubspot.api-version=" + apiVersion).run((context) -> {
            context.getBean(AssociationsOperations.class).labels().list("contacts", "companies").blockLast();

            assertThat(emulator.requests().forEndpoint(EmulatorEndpoint.OAUTH_TOKEN)).extracting(LoggedRequest::path)
                .containsExactly(tokenPath);
        });
    }

    @Test
    void aTokenUriThatIsSetIsUsedAsItIs() {
        withOAuth().withPropertyValues("hubspot.oauth.token-uri=" + emulator.baseUrl() + "/oauth/v1/token")
            .run((context) -> {
                context.getBean(AssociationsOperations.class).labels().list("contacts", "companies").blockLast();

                assertThat(emulator.requests().forEndpoint(EmulatorEndpoint.OAUTH_TOKEN))
                    .extracting(LoggedRequest::path)
                    .containsExactly("/oauth/v1/token");
            });
    }

    @Test
    void anExpiredOAuthTokenIsRefreshedOnceAndTheCallRepeatedOnce() {
        withOAuth().run((context) -> {
            AssociationsOperations hubSpot = context.getBean(AssociationsOperations.class);
            hubSpot.labels().list("contacts", "companies").blockLast();
            emulator.tokens().expireAccessTokens();

            hubSpot.records().remove("contacts", "1", "companies", "2").block();

            List<LoggedRequest> calls = emulator.requests().forEndpoint(EmulatorEndpoint.RECORDS_REMOVE);
            assertThat(calls).extracting(LoggedRequest::status).containsExactly(401, 204);
            assertThat(calls.get(1).bearerToken()).isNotEqualTo(calls.get(0).bearerToken());
            assertThat(emulator.tokens().requestCount()).isEqualTo(2);
        });
    }

    @Test
    void twoHundredCallsStartedTogetherWithAnExpiredTokenCauseOneTokenRequest() {
        withOAuth().run((context) -> {
            AssociationsOperations hubSpot = context.getBean(AssociationsOperations.class);
            hubSpot.labels().list("contacts", "companies").blockLast();
            emulator.tokens().expireAccessTokens();

            Long done = Flux.range(1, 200)
                .flatMap((i) -> hubSpot.records().listPage("contacts", Integer.toString(i), "companies", 10, null), 200)
                .count()
                .block(Duration.ofSeconds(30));

            assertThat(done).isEqualTo(200);
            assertThat(emulator.tokens().requestCount()).isEqualTo(2);
        });
    }

    @Test
    void aRejectedRefreshTokenIsAnAuthenticationErrorNamingTheProperty() {
        this.contextRunner
            .withPropertyValues("hubspot.oauth.client-id=client-1", "hubspot.oauth.client-secret=secret-1",
                    "hubspot.oauth.refresh-token=refresh-revoked")
            .run((context) -> {
                Throwable thrown = catchThrowable(() -> context.getBean(AssociationsOperations.class)
                    .labels()
                    .list("contacts", "companies")
                    .blockLast());

                assertThat(thrown).isInstanceOf(HubSpotAuthenticationException.class)
                    .hasMessageContaining("labels.list")
                    .hasMessageContaining("hubspot.oauth.refresh-token")
                    .hasMessageNotContaining("refresh-revoked")
                    .hasMessageNotContaining("secret-1");
                assertThat(emulator.requests().count(EmulatorEndpoint.LABELS_LIST)).isZero();
            });
    }

    @Test
    void userDefinedOperationsBeanMakesAutoConfigurationBackOff() {
        this.contextRunner.withPropertyValues("hubspot.access-token=pat-local")
            .withUserConfiguration(UserOperationsConfiguration.class)
            .run((context) -> assertThat(context).hasSingleBean(AssociationsOperations.class)
                .doesNotHaveBean(AssociationsTemplate.class));
    }

    @Test
    @SuppressWarnings("deprecation") // v3 keeps working until HubSpot stops it
    void userDefinedConnectionDetailsPointTheClient() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(HubSpotAutoConfiguration.class))
            .withPropertyValues("hubspot.rate-limit.enabled=false")
            .withBean(HubSpotConnectionDetails.class, () -> new HubSpotConnectionDetails() {

                @Override
                public String getBaseUrl() {
                    return emulator.baseUrl();
                }

                @Override
                public String getAccessToken() {
                    return emulator.privateAppToken();
                }

            })
            .run((context) -> {
                context.getBean(AssociationsOperations.class).v3().types("contacts", "deals").blockLast();
                assertThat(emulator.requests().forEndpoint(EmulatorEndpoint.V3_TYPES)).singleElement()
                    .satisfies((request) -> assertThat(request.status()).isEqualTo(200));
            });
    }

    @Test
    void customizersApplyToTheHubSpotClientOnly() {
        AtomicInteger filtered = new AtomicInteger();
        this.contextRunner.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class))
            .withPropertyValues("hubspot.access-token=" + emulator.privateAppToken())
            .withBean(HubSpotWebClientCustomizer.class, () -> (builder) -> builder.filter((request, next) -> {
                filtered.incrementAndGet();
                return next.exchange(request);
            }))
            .run((context) -> {
                context.getBean(AssociationsOperations.class).labels().list("contacts", "companies").blockLast();
                context.getBean(WebClient.Builder.class)
                    .build()
                    .get()
                    .uri(emulator.baseUrl() + "/__emulator/requests")
                    .retrieve()
                    .toBodilessEntity()
                    .block();

                assertThat(filtered).hasValue(1);
            });
    }

    @Test
    void propertiesBecomeTheClientsSettings() {
        this.contextRunner.withPropertyValues("hubspot.access-token=pat-local", "hubspot.rate-limit.enabled=true",
                "hubspot.rate-limit.tier=associations-professional", "hubspot.rate-limit.daily-reset-zone=Europe/Paris",
                "hubspot.rate-limit.daily-cool-down=30m", "hubspot.retry.max-attempts=3",
                "hubspot.retry.max-total-time=45s", "hubspot.response-timeout=12s", "hubspot.batch.read-chunk-size=250",
                "hubspot.batch.create-chunk-size=500", "hubspot.batch.concurrency=4")
            .run((context) -> {
                AssociationsTemplate template = context.getBean(AssociationsTemplate.class);
                RateLimitSettings rateLimit = template.getSettings().rateLimit();
                RetrySettings retry = template.getSettings().retry();
                assertThat(rateLimit.enabled()).isTrue();
                assertThat(rateLimit.maxRequests()).isEqualTo(150);
                assertThat(rateLimit.dailyResetZone()).hasToString("Europe/Paris");
                assertThat(rateLimit.dailyCoolDown()).isEqualTo(Duration.ofMinutes(30));
                assertThat(retry.maxAttempts()).isEqualTo(3);
                assertThat(retry.maxTotalTime()).isEqualTo(Duration.ofSeconds(45));
                assertThat(template.getSettings().responseTimeout()).isEqualTo(Duration.ofSeconds(12));
                assertThat(template.getSettings().batchReadChunkSize()).isEqualTo(250);
                assertThat(template.getSettings().batchCreateChunkSize()).isEqualTo(500);
                assertThat(template.getSettings().batchConcurrency()).isEqualTo(4);
                assertThat(template.getSettings().baseUrl()).hasToString(emulator.baseUrl());
            });
    }

    @Test
    void coalescingPropertiesBecomeTheClientsCoalescingSettingsAndCoalesceCalls() {
        this.contextRunner
            .withPropertyValues("hubspot.access-token=" + emulator.privateAppToken(), "hubspot.coalescing.enabled=true",
                    "hubspot.coalescing.window=50ms", "hubspot.coalescing.max-inputs=2")
            .run((context) -> {
                CoalescingSettings coalescing = context.getBean(CoalescingSettings.class);
                assertThat(coalescing.enabled()).isTrue();
                assertThat(coalescing.window()).isEqualTo(Duration.ofMillis(50));
                assertThat(coalescing.maxInputs()).isEqualTo(2);
                AssociationsOperations hubSpot = context.getBean(AssociationsOperations.class);

                // Two calls fill a batch of two: sent without waiting for the window
                Flux.merge(hubSpot.records().associateDefault("contacts", "1", "companies", "2"),
                        hubSpot.records().associateDefault("contacts", "3", "companies", "4"))
                    .blockLast();

                assertThat(emulator.requests().forEndpoint(EmulatorEndpoint.BATCH_ASSOCIATE_DEFAULT)).hasSize(1);
                assertThat(emulator.requests().forEndpoint(EmulatorEndpoint.RECORDS_ASSOCIATE_DEFAULT)).isEmpty();
            });
    }

    @Test
    void coalescingIsOffUnlessEnabled() {
        this.contextRunner.withPropertyValues("hubspot.access-token=" + emulator.privateAppToken())
            .run((context) -> assertThat(context.getBean(CoalescingSettings.class).enabled()).isFalse());
    }

    @Test
    void anInvalidCoalescingWindowFailsStartupNamingTheProperty() {
        this.contextRunner
            .withPropertyValues("hubspot.access-token=" + emulator.privateAppToken(), "hubspot.coalescing.window=0s")
            .run((context) -> assertThat(context).getFailure()
                .rootCause()
                .isInstanceOf(BindValidationException.class)
                .hasMessageContaining("coalescing.window")
                .hasMessageContaining("must be above 0 and at most 1s"));
    }

    @Test
    void maxRequestsOverridesTheTier() {
        this.contextRunner
            .withPropertyValues("hubspot.access-token=pat-local", "hubspot.rate-limit.tier=private-app-enterprise",
                    "hubspot.rate-limit.max-requests=120")
            .run((context) -> assertThat(
                    context.getBean(AssociationsTemplate.class).getSettings().rateLimit().maxRequests())
                .isEqualTo(120));
    }

    @Test
    void anApplicationsRetryInstanceNamedHubSpotTakesEffect() {
        this.contextRunner.withConfiguration(AutoConfigurations.of(RetryAutoConfiguration.class))
            .withPropertyValues("hubspot.access-token=" + emulator.privateAppToken(),
                    "resilience4j.retry.instances.hubspot.max-attempts=2",
                    "resilience4j.retry.instances.hubspot.wait-duration=10ms")
            .run((context) -> {
                emulator.faults().injectNext(EmulatorEndpoint.LABELS_LIST, 5, Fault.serviceUnavailable());

                Throwable thrown = catchThrowable(() -> context.getBean(AssociationsOperations.class)
                    .labels()
                    .list("contacts", "companies")
                    .blockLast());

                assertThat(thrown).isInstanceOf(HubSpotServerException.class);
                assertThat(emulator.requests().count(EmulatorEndpoint.LABELS_LIST)).isEqualTo(2);
                assertThat(context.getBean(RetryRegistry.class).retry("hubspot").getRetryConfig().getMaxAttempts())
                    .isEqualTo(2);
            });
    }

    @Test
    void anApplicationsRetryInstanceStillNeverRetriesWhatHubSpotRulesOut() {
        this.contextRunner.withConfiguration(AutoConfigurations.of(RetryAutoConfiguration.class))
            .withPropertyValues("hubspot.access-token=" + emulator.privateAppToken(),
                    "resilience4j.retry.instances.hubspot.max-attempts=4",
                    "resilience4j.retry.instances.hubspot.wait-duration=10ms")
            .run((context) -> {
                emulator.faults().injectNext(EmulatorEndpoint.LABELS_LIST, 1, Fault.status(400));

                catchThrowable(() -> context.getBean(AssociationsOperations.class)
                    .labels()
                    .list("contacts", "companies")
                    .blockLast());

                assertThat(emulator.requests().count(EmulatorEndpoint.LABELS_LIST)).isEqualTo(1);
            });
    }

    @Test
    void anApplicationsRetryInstanceIsUsedAsConfiguredNotRewrittenInItsRegistry() {
        this.contextRunner
            .withConfiguration(AutoConfigurations.of(RetryAutoConfiguration.class, RateLimiterAutoConfiguration.class))
            .withPropertyValues("hubspot.access-token=pat-local", "hubspot.rate-limit.enabled=true",
                    "resilience4j.retry.instances.hubspot.max-attempts=3",
                    "resilience4j.ratelimiter.instances.hubspot.limit-for-period=7")
            .run((context) -> {
                Retry configured = context.getBean(RetryRegistry.class).retry("hubspot");
                HubSpotResilience resilience = context.getBean(HubSpotResilience.class);

                assertThat(resilience.retry()).isSameAs(configured);
                assertThat(resilience.rateLimiter())
                    .isSameAs(context.getBean(RateLimiterRegistry.class).rateLimiter("hubspot"));
                // Resilience4j's default retries every exception: HubSpot's rules are the
                // pipeline's, not written into the application's configuration.
                assertThat(configured.getRetryConfig().getExceptionPredicate().test(new IllegalStateException()))
                    .isTrue();
                assertThat(configured.getRetryConfig().getMaxAttempts()).isEqualTo(3);
            });
    }

    @Test
    void noResilience4jInstanceIsPublishedAsABean() {
        this.contextRunner
            .withConfiguration(AutoConfigurations.of(RetryAutoConfiguration.class, RateLimiterAutoConfiguration.class))
            .withPropertyValues("hubspot.access-token=pat-local", "hubspot.rate-limit.enabled=true")
            .run((context) -> {
                assertThat(context).hasSingleBean(HubSpotResilience.class);
                assertThat(context).doesNotHaveBean(Retry.class).doesNotHaveBean(RateLimiter.class);
                assertThat(context.getBean(HubSpotResilience.class).retry()).isNotNull();
            });
    }

    @Test
    void withRegistriesButNoInstanceOursAreRegisteredWithHubSpotsSettings() {
        this.contextRunner
            .withConfiguration(AutoConfigurations.of(RetryAutoConfiguration.class, RateLimiterAutoConfiguration.class))
            .withPropertyValues("hubspot.access-token=pat-local", "hubspot.rate-limit.enabled=true",
                    "hubspot.retry.max-attempts=4")
            .run((context) -> {
                assertThat(context.getBean(RetryRegistry.class).find("hubspot"))
                    .hasValueSatisfying((retry) -> assertThat(retry.getRetryConfig().getMaxAttempts()).isEqualTo(4));
                // HubSpot's window per interval: the rolling window itself is kept exact
                // by
                // the client's rate-limit store, at send time
                assertThat(context.getBean(RateLimiterRegistry.class).find("hubspot")).hasValueSatisfying((limiter) -> {
                    assertThat(limiter.getRateLimiterConfig().getLimitForPeriod()).isEqualTo(100);
                    assertThat(limiter.getRateLimiterConfig().getLimitRefreshPeriod())
                        .isEqualTo(Duration.ofSeconds(10));
                });
            });
    }

    @Test
    void anApplicationsRateLimiterInstanceNamedHubSpotIsUsedAsConfigured() {
        // Two permits an hour, and no caller waits a whole hour: the third call is
        // refused before it is sent, whatever the machine's speed.
        this.contextRunner.withConfiguration(AutoConfigurations.of(RateLimiterAutoConfiguration.class))
            .withPropertyValues("hubspot.access-token=" + emulator.privateAppToken(), "hubspot.rate-limit.enabled=true",
                    "resilience4j.ratelimiter.instances.hubspot.limit-for-period=2",
                    "resilience4j.ratelimiter.instances.hubspot.limit-refresh-period=1h",
                    "resilience4j.ratelimiter.instances.hubspot.timeout-duration=5s")
            .run((context) -> {
                AssociationsOperations hubSpot = context.getBean(AssociationsOperations.class);
                int before = emulator.requests().all().size();
                hubSpot.labels().list("contacts", "companies").blockLast();
                hubSpot.labels().list("contacts", "companies").blockLast();
                Throwable third = catchThrowable(() -> hubSpot.labels().list("contacts", "companies").blockLast());

                assertThat(third).isInstanceOf(HubSpotRateLimitException.class)
                    .hasMessageContaining("not sent: the client's rate limiter");
                assertThat(emulator.requests().all()).hasSize(before + 2);
                assertThat(context.getBean(RateLimiterRegistry.class)
                    .rateLimiter("hubspot")
                    .getRateLimiterConfig()
                    .getLimitForPeriod()).isEqualTo(2);
            });
    }

    @Configuration(proxyBeanMethods = false)
    static class UserOperationsConfiguration {

        @Bean
        AssociationsOperations userOperations() {
            return Mockito.mock(AssociationsOperations.class);
        }

    }

}
