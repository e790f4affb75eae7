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

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.util.Assert;

/**
 * Details required to connect to HubSpot: the API's base URL and the credentials, either
 * a private app's access token or a public app's OAuth credentials. By default they come
 * from the {@code hubspot.*} properties; define a bean of this type (or use a
 * {@code @ServiceConnection}) to supply them otherwise.
 * <p>
 * Exactly one of {@link #getAccessToken()} and {@link #getOAuth()} should return a value,
 * unless the application defines its own
 * {@link io.github.associations.client.AccessTokenProvider AccessTokenProvider} bean.
 *
 * @since 0.1.0
 */
public interface HubSpotConnectionDetails extends ConnectionDetails {

    /**
     * Base URL of HubSpot's API, for example {@code https://api.hubapi.com}.
     * @return the base URL
     */
    String getBaseUrl();

    /**
     * Access token of a HubSpot private app, sent as {@code Authorization: Bearer}.
     * @return the access token, or {@code null} when the application authenticates
     * otherwise
     */
    default @Nullable String getAccessToken() {
        return null;
    }

    /**
     * OAuth credentials of a HubSpot public app, exchanged for access tokens with the
     * refresh-token grant.
     * @return the OAuth credentials, or {@code null} when the application authenticates
     * otherwise
     */
    default @Nullable OAuthCredentials getOAuth() {
        return null;
    }

    /**
     * OAuth credentials of a HubSpot public app. {@link #toString()} masks the client
     * secret and refresh token.
     *
     * @param clientId the public app's client ID, from its settings in HubSpot
     * @param clientSecret the public app's client secret; a secret, never shown
     * @param refreshToken the refresh token an account granted the app, exchanged for
     * access tokens; a secret, never shown
     * @param tokenUri the URI of HubSpot's token endpoint, for example
     * {@code https://api.hubapi.com/oauth/2026-09/token}; {@code null} for the token
     * endpoint of the configured API version at {@link #getBaseUrl() the base URL}
     * @since 0.1.0
     */
    record OAuthCredentials(String clientId, String clientSecret, String refreshToken, @Nullable String tokenUri) {

        /**
         * OAuth credentials whose token endpoint is that of the configured API version at
         * the base URL.
         * @param clientId the public app's client ID
         * @param clientSecret the public app's client secret
         * @param refreshToken the refresh token an account granted the app
         */
        public OAuthCredentials(String clientId, String clientSecret, String refreshToken) {
            this(clientId, clientSecret, refreshToken, null);
        }

        /**
         * Check that every credential is present.
         * @throws IllegalArgumentException naming the first credential that is
         * {@code null} or blank, without showing its value
         */
        public OAuthCredentials {
            requireText(clientId, "clientId");
            requireText(clientSecret, "clientSecret");
            requireText(refreshToken, "refreshToken");
            if (tokenUri != null) {
                requireText(tokenUri, "tokenUri");
            }
        }

        private static void requireText(@Nullable String value, String name) {
            // The value is not shown: three of the four are secrets.
            Assert.hasText(value, () -> name + " must not be null or blank");
        }

        @Override
        public String toString() {
            return "OAuthCredentials[clientId=" + this.clientId
                    + ", clientSecret=******, refreshToken=******, tokenUri=" + this.tokenUri + "]";
        }

    }

}
