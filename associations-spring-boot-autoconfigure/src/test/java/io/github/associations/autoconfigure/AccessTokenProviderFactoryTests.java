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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.associations.autoconfigure.HubSpotConnectionDetails.OAuthCredentials;
import io.github.associations.client.AccessTokenProvider;
import io.github.associations.oauth.HubSpotRefreshTokenListener;
import io.github.associations.oauth.RefreshTokenAccessTokenProvider;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@link AccessTokenProviderFactory}: which provider the connection details call for.
 */
class AccessTokenProviderFactoryTests {

    private static final OAuthCredentials OAUTH = new OAuthCredentials("client-1", "secret-1", "refresh-1",
            "https://api.hubapi.com/oauth/v1/token");

    private final AtomicInteger webClientsBuilt = new AtomicInteger();

    @Test
    void privateAppTokenGivesAStaticProviderAndNoTokenEndpointClient() {
        AccessTokenProvider provider = create(details("pat-na1-test", null), getClass().getClassLoader());

        assertThat(provider.getAccessToken().block()).isEqualTo("pat-na1-test");
        assertThat(provider.invalidate("pat-na1-test")).as("a static token cannot be refreshed").isFalse();
        assertThat(provider.toString()).doesNotContain("pat-na1-test");
        assertThat(this.webClientsBuilt).hasValue(0);
    }

    @Test
    void oauthCredentialsGiveARefreshTokenProvider() {
        AccessTokenProvider provider = create(details(null, OAUTH), getClass().getClassLoader());

        assertThat(provider).isInstanceOf(RefreshTokenAccessTokenProvider.class);
        assertThat(provider.toString()).contains("client-1").doesNotContain("secret-1", "refresh-1");
        assertThat(this.webClientsBuilt).hasValue(1);
    }

    @Test
    void oauthWithoutSpringSecurityOAuth2ClientFailsNamingTheDependency() {
        FilteredClassLoader withoutOAuth2Client = new FilteredClassLoader(ReactiveOAuth2AuthorizedClientManager.class);

        assertThatExceptionOfType(InvalidHubSpotConfigurationException.class)
            .isThrownBy(() -> create(details(null, OAUTH), withoutOAuth2Client))
            .withMessageContaining("Spring Security's OAuth2 client")
            .satisfies((ex) -> assertThat(ex.getAction())
                .contains("org.springframework.security:spring-security-oauth2-client", "hubspot.access-token"));
    }

    @Test
    void connectionDetailsWithBothKindsOfCredentialsAreRejected() {
        assertThatIllegalStateException()
            .isThrownBy(() -> create(details("pat-na1-test", OAUTH), getClass().getClassLoader()))
            .withMessageContaining("supplies both")
            .withMessageNotContaining("pat-na1-test");
    }

    @Test
    void connectionDetailsWithoutCredentialsAreRejected() {
        assertThatIllegalStateException().isThrownBy(() -> create(details(null, null), getClass().getClassLoader()))
            .withMessageContaining("supplies no HubSpot credentials");
    }

    @Test
    void everyRefreshTokenListenerIsCalledInOrder() {
        List<String> calls = new ArrayList<>();

        HubSpotRefreshTokenListener composite = AccessTokenProviderFactory
            .compose(List.of((token) -> calls.add("first " + token), (token) -> calls.add("second " + token)));
        composite.refreshTokenRotated("r-2");

        assertThat(calls).containsExactly("first r-2", "second r-2");
        assertThat(AccessTokenProviderFactory.compose(List.of())).isNull();
    }

    private AccessTokenProvider create(HubSpotConnectionDetails details, ClassLoader classLoader) {
        return AccessTokenProviderFactory.create(details, Duration.ofSeconds(60), () -> {
            this.webClientsBuilt.incrementAndGet();
            return WebClient.create();
        }, List.of(), Clock.systemUTC(), classLoader);
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

}
