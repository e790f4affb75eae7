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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.associations.autoconfigure.HubSpotAutoConfiguration.OAuth2ClientConfiguration;
import io.github.associations.autoconfigure.HubSpotConnectionDetails.OAuthCredentials;
import io.github.associations.client.AccessTokenProvider;
import io.github.associations.oauth.HubSpotRefreshTokenListener;
import io.github.associations.oauth.RefreshTokenAccessTokenProvider;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@link AccessTokenProvider} bean of {@link HubSpotAutoConfiguration}: which
 * provider the connection details call for, and what happens when it cannot be made.
 */
class HubSpotAccessTokenProviderTests {

    private static final OAuthCredentials OAUTH = new OAuthCredentials("client-1", "secret-1", "refresh-1",
            "https://api.hubapi.com/oauth/v1/token");

    private final AtomicInteger tokenEndpointClientsBuilt = new AtomicInteger();

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(HubSpotAutoConfiguration.class))
        .withBean(HubSpotWebClients.class, () -> new CountingWebClients(this.tokenEndpointClientsBuilt));

    @Test
    void privateAppTokenGivesAStaticProviderAndNoTokenEndpointClient() {
        this.contextRunner.withBean(HubSpotConnectionDetails.class, () -> details("pat-na1-test", null))
            .run((context) -> {
                AccessTokenProvider provider = context.getBean(AccessTokenProvider.class);

                assertThat(provider.getAccessToken().block()).isEqualTo("pat-na1-test");
                assertThat(provider.invalidate("pat-na1-test")).as("a static token cannot be refreshed").isFalse();
                assertThat(provider.toString()).doesNotContain("pat-na1-test");
                assertThat(this.tokenEndpointClientsBuilt).hasValue(0);
            });
    }

    @Test
    void oauthCredentialsGiveARefreshTokenProvider() {
        this.contextRunner.withBean(HubSpotConnectionDetails.class, () -> details(null, OAUTH)).run((context) -> {
            AccessTokenProvider provider = context.getBean(AccessTokenProvider.class);

            assertThat(provider).isInstanceOf(RefreshTokenAccessTokenProvider.class);
            assertThat(provider.toString()).contains("client-1").doesNotContain("secret-1", "refresh-1");
            assertThat(this.tokenEndpointClientsBuilt).hasValue(1);
        });
    }

    @Test
    void oauthWithoutSpringSecurityOAuth2ClientFailsNamingTheDependency() {
        FilteredClassLoader withoutOAuth2Client = new FilteredClassLoader(ReactiveOAuth2AuthorizedClientManager.class);

        this.contextRunner.withClassLoader(withoutOAuth2Client)
            .withBean(HubSpotConnectionDetails.class, () -> details(null, OAUTH))
            .run((context) -> assertThat(context).getFailure()
                .rootCause()
                .isInstanceOfSatisfying(InvalidHubSpotConfigurationException.class, (ex) -> {
                    assertThat(ex).hasMessageContaining("Spring Security's OAuth2 client");
                    assertThat(ex.getAction()).contains("org.springframework.security:spring-security-oauth2-client",
                            "hubspot.access-token");
                }));
    }

    @Test
    void oauthPropertiesWithoutSpringSecurityOAuth2ClientFailAtStartupWithAnAnalysisNamingTheDependency() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(HubSpotAutoConfiguration.class))
            .withClassLoader(new FilteredClassLoader(ReactiveOAuth2AuthorizedClientManager.class))
            .withPropertyValues("hubspot.oauth.client-id=client-1", "hubspot.oauth.client-secret=secret-1",
                    "hubspot.oauth.refresh-token=refresh-1")
            .run((context) -> {
                assertThat(context).hasFailed();
                FailureAnalysis analysis = new InvalidHubSpotConfigurationFailureAnalyzer()
                    .analyze(context.getStartupFailure());
                assertThat(analysis).isNotNull();
                assertThat(analysis.getDescription()).contains("Spring Security's OAuth2 client")
                    .doesNotContain("secret-1", "refresh-1");
                assertThat(analysis.getAction()).contains("org.springframework.security:spring-security-oauth2-client");
            });
    }

    @Test
    void aPrivateAppTokenNeedsNoSpringSecurityOAuth2Client() {
        this.contextRunner.withClassLoader(new FilteredClassLoader(ReactiveOAuth2AuthorizedClientManager.class))
            .withBean(HubSpotConnectionDetails.class, () -> details("pat-na1-test", null))
            .run((context) -> assertThat(context.getBean(AccessTokenProvider.class).getAccessToken().block())
                .isEqualTo("pat-na1-test"));
    }

    @Test
    void connectionDetailsWithBothKindsOfCredentialsAreRejected() {
        this.contextRunner.withBean(HubSpotConnectionDetails.class, () -> details("pat-na1-test", OAUTH))
            .run((context) -> assertThat(context).getFailure()
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("supplies both")
                .hasMessageNotContaining("pat-na1-test"));
    }

    @Test
    void connectionDetailsWithoutCredentialsAreRejected() {
        this.contextRunner.withBean(HubSpotConnectionDetails.class, () -> details(null, null))
            .run((context) -> assertThat(context).getFailure()
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("supplies no HubSpot credentials"));
    }

    @Test
    void everyRefreshTokenListenerIsCalledInOrder() {
        List<String> calls = new ArrayList<>();

        HubSpotRefreshTokenListener composite = OAuth2ClientConfiguration
            .compose(List.of((token) -> calls.add("first " + token), (token) -> calls.add("second " + token)));
        composite.refreshTokenRotated("r-2");

        assertThat(calls).containsExactly("first r-2", "second r-2");
        assertThat(OAuth2ClientConfiguration.compose(List.of())).isNull();
    }

    private static HubSpotConnectionDetails details(@Nullable String accessToken, @Nullable OAuthCredentials oauth) {
        return new HubSpotConnectionDetails() {

            @Override
            public String getBaseUrl() {
                return "https://api.hubapi.com";
            }

            @Override
            public @Nullable String getAccessToken() {
                return accessToken;
            }

            @Override
            public @Nullable OAuthCredentials getOAuth() {
                return oauth;
            }

        };
    }

    /**
     * The auto-configuration's web clients, counting the token endpoint clients built.
     */
    static class CountingWebClients extends HubSpotWebClients {

        private final AtomicInteger tokenEndpointClientsBuilt;

        CountingWebClients(AtomicInteger tokenEndpointClientsBuilt) {
            super(WebClient.builder(), new HubSpotHttpConnector(new ReactorClientHttpConnector()), List.of());
            this.tokenEndpointClientsBuilt = tokenEndpointClientsBuilt;
        }

        @Override
        WebClient tokenEndpoint(Duration responseTimeout) {
            this.tokenEndpointClientsBuilt.incrementAndGet();
            return super.tokenEndpoint(responseTimeout);
        }

    }

}
