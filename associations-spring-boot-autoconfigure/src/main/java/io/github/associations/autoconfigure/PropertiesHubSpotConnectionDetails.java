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

import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * {@link HubSpotConnectionDetails} from {@link HubSpotProperties}, the default when the
 * application supplies none. Blank credentials count as not set (so that
 * {@code ${HUBSPOT_ACCESS_TOKEN:}} works); surrounding whitespace is removed.
 */
final class PropertiesHubSpotConnectionDetails implements HubSpotConnectionDetails {

    private final HubSpotProperties properties;

    /**
     * Create connection details from the properties, checking that they name one kind of
     * credentials, completely, and where to send them.
     * @param properties the bound properties
     * @throws InvalidHubSpotConfigurationException if a private-app token and OAuth
     * credentials are both set, OAuth credentials are incomplete, or the base URL or
     * token URI is blank
     */
    PropertiesHubSpotConnectionDetails(HubSpotProperties properties) {
        validate(properties);
        this.properties = properties;
    }

    private static void validate(HubSpotProperties properties) {
        if (text(properties.getBaseUrl()) == null) {
            throw new InvalidHubSpotConfigurationException("hubspot.base-url is blank.",
                    "Set hubspot.base-url to HubSpot's API, https://api.hubapi.com, or remove it to use that default.");
        }
        HubSpotProperties.OAuth oauth = properties.getOauth();
        List<String> oauthSet = Stream
            .of(set(CredentialProperties.CLIENT_ID, oauth.getClientId()),
                    set(CredentialProperties.CLIENT_SECRET, oauth.getClientSecret()),
                    set(CredentialProperties.REFRESH_TOKEN, oauth.getRefreshToken()))
            .filter(StringUtils::hasText)
            .toList();
        if (oauthSet.isEmpty()) {
            return;
        }
        if (text(properties.getAccessToken()) != null) {
            throw new InvalidHubSpotConfigurationException(
                    "Conflicting HubSpot credentials: " + CredentialProperties.ACCESS_TOKEN
                            + " (a private app's access token) and " + and(oauthSet)
                            + " (a public app's OAuth credentials) are both set, but the client uses one or the other.",
                    "Keep either " + CredentialProperties.ACCESS_TOKEN + " for a private app, or "
                            + CredentialProperties.CLIENT_ID + ", " + CredentialProperties.CLIENT_SECRET + " and "
                            + CredentialProperties.REFRESH_TOKEN + " for a public app, and remove the other.");
        }
        List<String> missing = CredentialProperties.ALL.stream()
            .filter((name) -> !name.equals(CredentialProperties.ACCESS_TOKEN) && !oauthSet.contains(name))
            .toList();
        if (missing.isEmpty() && oauth.getTokenUri() != null && text(oauth.getTokenUri()) == null) {
            throw new InvalidHubSpotConfigurationException("hubspot.oauth.token-uri is blank.",
                    "Set hubspot.oauth.token-uri to HubSpot's token endpoint, such as "
                            + "https://api.hubapi.com/oauth/2026-09/token, or remove it to use the token endpoint "
                            + "of hubspot.api-version at hubspot.base-url.");
        }
        if (!missing.isEmpty()) {
            throw new InvalidHubSpotConfigurationException(
                    "Incomplete HubSpot OAuth credentials: " + and(oauthSet) + " "
                            + ((oauthSet.size() == 1) ? "is" : "are") + " set, but " + and(missing) + " "
                            + ((missing.size() == 1) ? "is" : "are") + " not.",
                    "Set " + and(missing) + " for your public app, or remove " + and(oauthSet) + " and set "
                            + CredentialProperties.ACCESS_TOKEN + " to a private app's access token instead.");
        }
    }

    private static @Nullable String set(String name, @Nullable String value) {
        return (text(value) != null) ? name : null;
    }

    private static String and(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static @Nullable String text(@Nullable String value) {
        return StringUtils.hasText(value) ? value.strip() : null;
    }

    @Override
    public String getBaseUrl() {
        return this.properties.getBaseUrl();
    }

    @Override
    public @Nullable String getAccessToken() {
        return text(this.properties.getAccessToken());
    }

    @Override
    public @Nullable OAuthCredentials getOAuth() {
        HubSpotProperties.OAuth oauth = this.properties.getOauth();
        String clientId = text(oauth.getClientId());
        String clientSecret = text(oauth.getClientSecret());
        String refreshToken = text(oauth.getRefreshToken());
        if (clientId == null || clientSecret == null || refreshToken == null) {
            return null;
        }
        return new OAuthCredentials(clientId, clientSecret, refreshToken, text(oauth.getTokenUri()));
    }

    @Override
    public String toString() {
        return "PropertiesHubSpotConnectionDetails[baseUrl=" + getBaseUrl() + ", accessToken="
                + HubSpotProperties.mask(getAccessToken()) + ", oauth=" + getOAuth() + "]";
    }

}
