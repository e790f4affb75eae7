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

package io.github.associations.oauth;

import io.github.associations.check.Arguments;

/**
 * The names by which messages of a {@link RefreshTokenAccessTokenProvider} tell the user
 * which setting to check: the builder's parameter names by default ({@link #BUILDER}),
 * or, say, the Spring Boot properties the credentials came from.
 *
 * @param clientId the name of the setting holding the app's client id
 * @param clientSecret the name of the setting holding the app's client secret
 * @param refreshToken the name of the setting holding the refresh token
 * @param tokenUri the name of the setting holding the token endpoint's URI
 * @since 0.1.0
 */
public record OAuthSettingNames(String clientId, String clientSecret, String refreshToken, String tokenUri) {

    /**
     * The names of the {@link RefreshTokenAccessTokenProvider.Builder} methods:
     * {@code clientId}, {@code clientSecret}, {@code refreshToken}, {@code tokenUri}.
     */
    public static final OAuthSettingNames BUILDER = new OAuthSettingNames("clientId", "clientSecret", "refreshToken",
            "tokenUri");

    /**
     * Check that every name is given.
     * @throws IllegalArgumentException if a name is blank
     */
    public OAuthSettingNames {
        Arguments.notBlank("clientId", clientId);
        Arguments.notBlank("clientSecret", clientSecret);
        Arguments.notBlank("refreshToken", refreshToken);
        Arguments.notBlank("tokenUri", tokenUri);
    }

}
