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
import java.util.List;
import java.util.function.Supplier;

import io.github.associations.autoconfigure.HubSpotConnectionDetails.OAuthCredentials;
import io.github.associations.client.AccessTokenProvider;
import io.github.associations.oauth.HubSpotRefreshTokenListener;
import io.github.associations.oauth.OAuthSettingNames;
import io.github.associations.oauth.RefreshTokenAccessTokenProvider;
import io.github.associations.observation.AssociationsListener;
import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Chooses the {@link AccessTokenProvider} for the connection details: a private app's
 * static token, or OAuth refresh-token grants. The result is deliberately not a bean: an
 * application's own {@code AccessTokenProvider} bean replaces it, and OAuth2 objects must
 * stay private to it.
 */
final class AccessTokenProviderFactory {

    static final String OAUTH2_CLIENT_CLASS = "org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager";

    /** Messages of the OAuth provider name the properties the credentials come from. */
    static final OAuthSettingNames OAUTH_PROPERTIES = new OAuthSettingNames(CredentialProperties.CLIENT_ID,
            CredentialProperties.CLIENT_SECRET, CredentialProperties.REFRESH_TOKEN, "hubspot.oauth.token-uri");

    private AccessTokenProviderFactory() {
    }

    /**
     * Create the provider for the credentials in {@code connectionDetails}.
     * @param connectionDetails the connection details, with exactly one kind of
     * credentials
     * @param refreshBeforeExpiry how long before its expiry an OAuth access token is
     * refreshed
     * @param tokenEndpointClient the {@code WebClient} for HubSpot's token endpoint,
     * asked for only with OAuth
     * @param listeners told about rotated refresh tokens, in order
     * @param clock the clock that decides when OAuth access tokens are due for refresh
     * @param classLoader the class loader to look for Spring Security's OAuth2 client in
     * @return the provider
     * @throws InvalidHubSpotConfigurationException if OAuth credentials are configured
     * without Spring Security's OAuth2 client on the classpath
     * @throws IllegalStateException if the connection details hold both kinds of
     * credentials, or none
     */
    static AccessTokenProvider create(HubSpotConnectionDetails connectionDetails, Duration refreshBeforeExpiry,
            Supplier<WebClient> tokenEndpointClient, List<HubSpotRefreshTokenListener> listeners, Clock clock,
            @Nullable ClassLoader classLoader) {
        return create(connectionDetails, refreshBeforeExpiry, tokenEndpointClient, listeners, clock, classLoader,
                AssociationsListener.NONE);
    }

    /**
     * Choose the provider for the connection details, reporting OAuth refreshes to
     * {@code events}.
     * @param connectionDetails the connection details
     * @param refreshBeforeExpiry how long before its expiry an OAuth access token is
     * refreshed
     * @param tokenEndpointClient the client for HubSpot's token endpoint, asked for only
     * with OAuth
     * @param listeners told about rotated refresh tokens
     * @param clock the clock deciding when tokens are due
     * @param classLoader the class loader to look for Spring Security with
     * @param events told about refreshes and their failures
     * @return the provider
     */
    static AccessTokenProvider create(HubSpotConnectionDetails connectionDetails, Duration refreshBeforeExpiry,
            Supplier<WebClient> tokenEndpointClient, List<HubSpotRefreshTokenListener> listeners, Clock clock,
            @Nullable ClassLoader classLoader, AssociationsListener events) {
        String accessToken = connectionDetails.getAccessToken();
        OAuthCredentials oauth = connectionDetails.getOAuth();
        if (accessToken != null && oauth != null) {
            throw new IllegalStateException(connectionDetails.getClass().getName()
                    + " supplies both a private app's access token and OAuth credentials; it must supply one of them");
        }
        if (accessToken != null) {
            return AccessTokenProvider.ofPrivateAppToken(accessToken);
        }
        if (oauth == null) {
            throw new IllegalStateException(connectionDetails.getClass().getName()
                    + " supplies no HubSpot credentials: neither an access token nor OAuth credentials");
        }
        if (!ClassUtils.isPresent(OAUTH2_CLIENT_CLASS, classLoader)) {
            throw new InvalidHubSpotConfigurationException(
                    "HubSpot OAuth credentials are configured, but Spring Security's OAuth2 client, which refreshes the "
                            + "access tokens, is not on the classpath.",
                    "Add org.springframework.security:spring-security-oauth2-client to the application's dependencies "
                            + "(the HubSpot Associations starter brings it), or set "
                            + CredentialProperties.ACCESS_TOKEN
                            + " to a private app's access token instead of OAuth credentials.");
        }
        RefreshTokenAccessTokenProvider.Builder provider = RefreshTokenAccessTokenProvider.builder()
            .clientId(oauth.clientId())
            .clientSecret(oauth.clientSecret())
            .refreshToken(oauth.refreshToken())
            .tokenUri(oauth.tokenUri())
            .refreshBeforeExpiry(refreshBeforeExpiry)
            .webClient(tokenEndpointClient.get())
            .clock(clock)
            .listener(events)
            .settingNames(OAUTH_PROPERTIES);
        HubSpotRefreshTokenListener refreshTokenListener = compose(listeners);
        if (refreshTokenListener != null) {
            provider.refreshTokenListener(refreshTokenListener);
        }
        return provider.build();
    }

    /**
     * One listener calling every given listener in order.
     * @param listeners the listeners, for example the application's beans in order
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
