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

package io.github.associations.resilience;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.github.associations.check.Arguments;
import reactor.core.publisher.Mono;

/**
 * The names of the windows a template's requests count against in a
 * {@link RateLimitStore}: HubSpot's burst window, which belongs to an app (for a public
 * app, to the app and the account that installed it), and the daily quota, which belongs
 * to an account. Clients that use one key share one window.
 * <p>
 * Keys are resolved lazily, since some are known only after the first token was issued (a
 * public app's account, HubSpot's {@code hub_id}); the client resolves them once and only
 * for a store that {@link RateLimitStore#isShared() is shared}. A key never contains a
 * token: a private app's key is a hash of it.
 *
 * @since 0.1.0
 */
public interface RateLimitKeys {

    /**
     * The key of the burst window.
     * @return a cold {@code Mono} of the key
     */
    Mono<String> burstWindow();

    /**
     * The key of the daily quota.
     * @return a cold {@code Mono} of the key
     */
    Mono<String> dailyQuota();

    /**
     * Fixed keys, for example for teams that share one app across several tokens.
     * @param burstWindow the burst window's key
     * @param dailyQuota the daily quota's key
     * @return the keys
     */
    static RateLimitKeys of(String burstWindow, String dailyQuota) {
        return of(Mono.just(Arguments.notBlank("burstWindow", burstWindow)),
                Mono.just(Arguments.notBlank("dailyQuota", dailyQuota)));
    }

    /**
     * Keys resolved by the given publishers.
     * @param burstWindow resolves the burst window's key
     * @param dailyQuota resolves the daily quota's key
     * @return the keys
     */
    static RateLimitKeys of(Mono<String> burstWindow, Mono<String> dailyQuota) {
        Arguments.notNull("burstWindow", burstWindow);
        Arguments.notNull("dailyQuota", dailyQuota);
        return new RateLimitKeys() {

            @Override
            public Mono<String> burstWindow() {
                return burstWindow;
            }

            @Override
            public Mono<String> dailyQuota() {
                return dailyQuota;
            }

        };
    }

    /**
     * The keys of a private app: both named by a hash of its access token (a private app
     * belongs to one account; apps of one account that should share a daily quota set the
     * keys themselves).
     * @param accessToken the private app's access token, which the keys do not contain
     * @return the keys {@code private-app:<hash>}
     */
    static RateLimitKeys ofPrivateApp(String accessToken) {
        String key = "private-app:" + hash(Arguments.secret("accessToken", accessToken));
        return of(key, key);
    }

    /**
     * The keys of a public (OAuth) app: the burst window by the app's client id and the
     * installing account, the daily quota by the account.
     * @param clientId the app's client id
     * @param hubId resolves the installing account's {@code hub_id}
     * @return the keys {@code oauth-app:<clientId>:<hubId>} and {@code account:<hubId>}
     */
    static RateLimitKeys ofOAuthApp(String clientId, Mono<String> hubId) {
        Arguments.notBlank("clientId", clientId);
        Arguments.notNull("hubId", hubId);
        return of(hubId.map((account) -> "oauth-app:" + clientId + ":" + account),
                hubId.map((account) -> "account:" + account));
    }

    /**
     * A hash that names a secret without revealing it: the first 16 bytes of its SHA-256,
     * in hex.
     * @param secret the secret, for example an access token
     * @return 32 hex digits
     */
    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
        }
    }

}
