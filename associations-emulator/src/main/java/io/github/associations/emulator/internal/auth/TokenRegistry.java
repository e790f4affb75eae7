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

package io.github.associations.emulator.internal.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.emulator.control.EmulatorOptions.OAuthClient;
import io.github.associations.emulator.control.EmulatorTokens;
import io.github.associations.emulator.internal.http.EmulatorJson;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The credentials the emulator accepts: private-app tokens (static, never expire),
 * read-only private-app tokens, and OAuth access tokens it issues itself from
 * {@code POST /oauth/v1/token} (refresh-token grant).
 *
 * @since 0.1.0
 */
public final class TokenRegistry implements EmulatorTokens {

    private static final long FIRST_APP_ID = 1_000_001;

    private final Clock clock;

    private final Duration accessTokenLifetime;

    private final boolean rotateRefreshTokens;

    private final Map<String, Principal> privateApps;

    private final Map<String, OAuthClient> clients;

    private final Map<String, Long> clientAppIds;

    /** Refresh token to client id. */
    private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();

    private final Map<String, AccessToken> accessTokens = new ConcurrentHashMap<>();

    private final AtomicLong requestCount = new AtomicLong();

    private final AtomicLong issuedCount = new AtomicLong();

    private final SecureRandom random = new SecureRandom();

    public TokenRegistry(EmulatorOptions options) {
        this.clock = options.clock();
        this.accessTokenLifetime = options.accessTokenLifetime();
        this.rotateRefreshTokens = options.rotateRefreshTokens();
        long appId = FIRST_APP_ID;
        Map<String, Principal> privateApps = new HashMap<>();
        for (String token : options.privateAppTokens()) {
            privateApps.putIfAbsent(token, Principal.privateApp(token, appId++, false));
        }
        for (String token : options.readOnlyTokens()) {
            privateApps.putIfAbsent(token, Principal.privateApp(token, appId++, true));
        }
        this.privateApps = Map.copyOf(privateApps);
        Map<String, OAuthClient> clients = new LinkedHashMap<>();
        Map<String, Long> clientAppIds = new HashMap<>();
        for (OAuthClient client : options.oauthClients()) {
            if (clients.putIfAbsent(client.clientId(), client) == null) {
                clientAppIds.put(client.clientId(), appId++);
            }
        }
        this.clients = Map.copyOf(clients);
        this.clientAppIds = Map.copyOf(clientAppIds);
        restoreRefreshTokens();
    }

    private void restoreRefreshTokens() {
        this.refreshTokens.clear();
        for (OAuthClient client : this.clients.values()) {
            client.refreshTokens().forEach((token) -> this.refreshTokens.put(token, client.clientId()));
        }
    }

    /**
     * Authenticate a bearer token.
     * @param token the token, or {@code null} when the request had none
     * @return the outcome
     */
    public Authentication authenticate(@Nullable String token) {
        if (token == null) {
            return Authentication.INVALID;
        }
        Principal privateApp = this.privateApps.get(token);
        if (privateApp != null) {
            return new Authentication(privateApp, null);
        }
        AccessToken accessToken = this.accessTokens.get(token);
        if (accessToken == null) {
            return Authentication.INVALID;
        }
        Instant expiresAt = accessToken.expiresAt();
        if (!this.clock.instant().isBefore(expiresAt)) {
            return new Authentication(null, expiresAt);
        }
        return new Authentication(accessToken.principal(), null);
    }

    /**
     * Who a token stands for, whether or not it has expired.
     * @param token the token, or {@code null}
     * @return the principal, or {@code null} for a missing or unknown token
     */
    public @Nullable Principal principal(@Nullable String token) {
        if (token == null) {
            return null;
        }
        Principal privateApp = this.privateApps.get(token);
        if (privateApp != null) {
            return privateApp;
        }
        AccessToken accessToken = this.accessTokens.get(token);
        return (accessToken != null) ? accessToken.principal() : null;
    }

    /**
     * Serve {@code POST /oauth/v1/token}.
     * @param request the request, a form
     * @return the token response or HubSpot's 400
     */
    public Mono<ServerResponse> handleTokenRequest(ServerRequest request) {
        return request.formData().flatMap(this::refresh);
    }

    private Mono<ServerResponse> refresh(MultiValueMap<String, String> form) {
        this.requestCount.incrementAndGet();
        String grantType = form.getFirst("grant_type");
        String clientId = form.getFirst("client_id");
        String clientSecret = form.getFirst("client_secret");
        String refreshToken = form.getFirst("refresh_token");
        // Only BAD_REFRESH_TOKEN is documented; the grant-type and client
        // wordings are UNCERTAIN and follow
        // its pattern.
        if (!"refresh_token".equals(grantType)) {
            return badRequest("BAD_GRANT_TYPE", "missing or unsupported grant type");
        }
        OAuthClient client = (clientId != null) ? this.clients.get(clientId) : null;
        if (client == null) {
            return badRequest("BAD_CLIENT_ID", "missing or unknown client id");
        }
        if (!client.clientSecret().equals(clientSecret)) {
            return badRequest("BAD_CLIENT_SECRET", "missing or invalid client secret");
        }
        if (refreshToken == null || !client.clientId().equals(this.refreshTokens.get(refreshToken))) {
            return badRequest("BAD_REFRESH_TOKEN", "missing or invalid refresh token");
        }
        String nextRefreshToken = refreshToken;
        if (this.rotateRefreshTokens) {
            if (!this.refreshTokens.remove(refreshToken, client.clientId())) {
                // A concurrent refresh rotated this token first.
                return badRequest("BAD_REFRESH_TOKEN", "missing or invalid refresh token");
            }
            nextRefreshToken = randomToken("r-");
            this.refreshTokens.put(nextRefreshToken, client.clientId());
        }
        String accessToken = randomToken("C");
        Principal principal = Principal.oauth(client.clientId(), this.clientAppIds.get(client.clientId()));
        this.accessTokens.put(accessToken,
                new AccessToken(principal, this.clock.instant().plus(this.accessTokenLifetime)));
        this.issuedCount.incrementAndGet();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token_type", "bearer");
        body.put("refresh_token", nextRefreshToken);
        body.put("access_token", accessToken);
        body.put("expires_in", this.accessTokenLifetime.toSeconds());
        return EmulatorJson.respond(HttpStatus.OK, body);
    }

    private static Mono<ServerResponse> badRequest(String status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("message", message);
        return EmulatorJson.respond(HttpStatus.BAD_REQUEST, body);
    }

    private String randomToken(String prefix) {
        byte[] bytes = new byte[30];
        this.random.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public long requestCount() {
        return this.requestCount.get();
    }

    @Override
    public long issuedCount() {
        return this.issuedCount.get();
    }

    @Override
    public void expireAccessTokens() {
        Instant now = this.clock.instant();
        this.accessTokens.replaceAll((token, accessToken) -> accessToken.expiresAt().isAfter(now)
                ? new AccessToken(accessToken.principal(), now) : accessToken);
    }

    /**
     * Zero the counters. Issued access tokens stay valid, so clients holding one keep
     * working.
     */
    public void resetCounters() {
        this.requestCount.set(0);
        this.issuedCount.set(0);
    }

    /**
     * The outcome of authenticating a token: a principal, or an expiry time, or neither
     * (invalid).
     *
     * @param principal who the token stands for, when valid
     * @param expiredAt when the token expired, when expired
     * @since 0.1.0
     */
    public record Authentication(@Nullable Principal principal, @Nullable Instant expiredAt) {

        static final Authentication INVALID = new Authentication(null, null);

    }

    private record AccessToken(Principal principal, Instant expiresAt) {
    }

}
