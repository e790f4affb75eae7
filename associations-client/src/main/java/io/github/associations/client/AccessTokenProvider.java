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

package io.github.associations.client;

import io.github.associations.check.Arguments;
import io.github.associations.resilience.RateLimitKeys;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Supplies the bearer token sent as {@code Authorization: Bearer <token>} with every
 * HubSpot request.
 * <p>
 * Implementations must never log or expose the token. {@link #ofPrivateAppToken(String)}
 * covers private apps;
 * {@link io.github.associations.oauth.RefreshTokenAccessTokenProvider} covers public apps
 * with OAuth refresh tokens.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface AccessTokenProvider {

    /**
     * Return a token valid for the next request. Called once per HTTP attempt, so
     * implementations should cache.
     * @return a cold {@code Mono} emitting the access token
     */
    Mono<String> getAccessToken();

    /**
     * Tell the provider that HubSpot rejected {@code rejectedToken} as expired
     * ({@code 401 EXPIRED_AUTHENTICATION}).
     * @param rejectedToken the token HubSpot rejected
     * @return {@code true} if a fresh token can be obtained through
     * {@link #getAccessToken()}, in which case the client repeats the call once;
     * {@code false} (the default, right for static private-app tokens) makes the 401 an
     * error
     */
    default boolean invalidate(String rejectedToken) {
        return false;
    }

    /**
     * The keys under which a shared rate-limit store counts this provider's requests:
     * HubSpot's burst window belongs to the app (for public apps, the app and the
     * installing account), the daily quota to the account.
     * @return the keys; by default both named by a hash of the first access token (never
     * the token)
     */
    default RateLimitKeys rateLimitKeys() {
        Mono<String> key = Mono.defer(this::getAccessToken)
            .map((token) -> "private-app:" + RateLimitKeys.hash(token))
            .cache();
        return RateLimitKeys.of(key, key);
    }

    /**
     * What the user should check when HubSpot refuses this provider's token with a 401,
     * added to the message of the {@code HubSpotAuthenticationException}: for example the
     * setting the token came from. Never the token itself.
     * @return a short hint naming what to check, or {@code null} for none
     */
    default @Nullable String rejectedTokenHint() {
        return null;
    }

    /**
     * A provider for a private app's static access token; a 401 names
     * {@code AccessTokenProvider.ofPrivateAppToken(...)} as the setting to check.
     * @param accessToken the private app access token, for example {@code pat-na1-...}
     * @return a provider that always returns {@code accessToken}
     * @throws IllegalArgumentException if {@code accessToken} is null or blank
     */
    static AccessTokenProvider ofPrivateAppToken(String accessToken) {
        return ofPrivateAppToken(accessToken, "AccessTokenProvider.ofPrivateAppToken(...)");
    }

    /**
     * A provider for a private app's static access token, naming where the token was set
     * when HubSpot refuses it.
     * @param accessToken the private app access token, for example {@code pat-na1-...}
     * @param settingName the setting the token came from, named in the message of a 401,
     * for example {@code hubspot.access-token} or {@code privateAppToken(...)}
     * @return a provider that always returns {@code accessToken}
     * @throws IllegalArgumentException if {@code accessToken} is null or blank, or
     * {@code settingName} is blank
     */
    static AccessTokenProvider ofPrivateAppToken(String accessToken, String settingName) {
        Mono<String> token = Mono.just(Arguments.secret("accessToken", accessToken));
        String hint = "check " + Arguments.notBlank("settingName", settingName)
                + ": HubSpot did not accept it as a private app's access token (copy the current token from the "
                + "private app's Auth tab)";
        return new AccessTokenProvider() {
            @Override
            public Mono<String> getAccessToken() {
                return token;
            }

            @Override
            public RateLimitKeys rateLimitKeys() {
                return RateLimitKeys.ofPrivateApp(accessToken);
            }

            @Override
            public String rejectedTokenHint() {
                return hint;
            }

            @Override
            public String toString() {
                return "PrivateAppAccessTokenProvider[token=******]";
            }
        };
    }

}
