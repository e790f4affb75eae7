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
     * @return the keys, or {@code null} (the default) for keys named by a hash of the
     * first access token
     */
    default @Nullable RateLimitKeys rateLimitKeys() {
        return null;
    }

    /**
     * A provider for a private app's static access token.
     * @param accessToken the private app access token, for example {@code pat-na1-...}
     * @return a provider that always returns {@code accessToken}
     * @throws IllegalArgumentException if {@code accessToken} is null or blank
     */
    static AccessTokenProvider ofPrivateAppToken(String accessToken) {
        Mono<String> token = Mono.just(Arguments.secret("accessToken", accessToken));
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
            public String toString() {
                return "PrivateAppAccessTokenProvider[token=******]";
            }
        };
    }

}
