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
import org.jspecify.annotations.Nullable;

/**
 * The credentials the emulator accepts: private-app tokens (static, never expire),
 * read-only private-app tokens, and OAuth access tokens it issues itself from its token
 * endpoints (refresh-token grant), which {@link TokenEndpoint} serves.
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
     * Count a request to a token endpoint, whatever its answer.
     */
    void countTokenRequest() {
        this.requestCount.incrementAndGet();
    }

    /**
     * The refresh-token grant: a new access token for a client's refresh token (and a new
     * refresh token when they rotate).
     * @param grantType the {@code grant_type} sent, or {@code null}
     * @param clientId the {@code client_id} sent, or {@code null}
     * @param clientSecret the {@code client_secret} sent, or {@code null}
     * @param refreshToken the {@code refresh_token} sent, or {@code null}
     * @return the issued tokens, or why none were issued
     */
    Grant refresh(@Nullable String grantType, @Nullable String clientId, @Nullable String clientSecret,
            @Nullable String refreshToken) {
        if (!"refresh_token".equals(grantType)) {
            return Grant.refused(Refusal.BAD_GRANT_TYPE);
        }
        Refusal clientRefusal = authenticateClient(clientId, clientSecret);
        if (clientRefusal != null || clientId == null) {
            return Grant.refused((clientRefusal != null) ? clientRefusal : Refusal.BAD_CLIENT_ID);
        }
        if (refreshToken == null || !clientId.equals(this.refreshTokens.get(refreshToken))) {
            return Grant.refused(Refusal.BAD_REFRESH_TOKEN);
        }
        String nextRefreshToken = refreshToken;
        if (this.rotateRefreshTokens) {
            if (!this.refreshTokens.remove(refreshToken, clientId)) {
                // A concurrent refresh rotated this token first.
                return Grant.refused(Refusal.BAD_REFRESH_TOKEN);
            }
            nextRefreshToken = randomToken("r-");
            this.refreshTokens.put(nextRefreshToken, clientId);
        }
        String accessToken = randomToken("C");
        Principal principal = Principal.oauth(clientId, this.clientAppIds.get(clientId));
        this.accessTokens.put(accessToken,
                new AccessToken(principal, this.clock.instant().plus(this.accessTokenLifetime)));
        this.issuedCount.incrementAndGet();
        return new Grant(accessToken, nextRefreshToken, this.accessTokenLifetime.toSeconds(), null);
    }

    /**
     * Check a client's credentials, as sent in a token request's form.
     * @param clientId the {@code client_id} sent, or {@code null}
     * @param clientSecret the {@code client_secret} sent, or {@code null}
     * @return why the client is refused, or {@code null} when its credentials are valid
     */
    @Nullable Refusal authenticateClient(@Nullable String clientId, @Nullable String clientSecret) {
        OAuthClient client = (clientId != null) ? this.clients.get(clientId) : null;
        if (client == null) {
            return Refusal.BAD_CLIENT_ID;
        }
        if (!client.clientSecret().equals(clientSecret)) {
            return Refusal.BAD_CLIENT_SECRET;
        }
        return null;
    }

    /**
     * What a client may learn about one of its tokens.
     * @param clientId the authenticated client
     * @param token an access or refresh token
     * @return the token's metadata, or {@code null} when it is not an active token of
     * that client (unknown, expired, revoked or another client's)
     */
    @Nullable TokenInfo introspect(String clientId, String token) {
        AccessToken accessToken = this.accessTokens.get(token);
        if (accessToken != null) {
            boolean active = clientId.equals(accessToken.principal().clientId())
                    && this.clock.instant().isBefore(accessToken.expiresAt());
            return active ? new TokenInfo(clientId, "access_token", accessToken.expiresAt()) : null;
        }
        return clientId.equals(this.refreshTokens.get(token)) ? new TokenInfo(clientId, "refresh_token", null) : null;
    }

    /**
     * Revoke one of a client's tokens: a revoked access token no longer authenticates, a
     * revoked refresh token no longer refreshes (access tokens issued from it stay valid,
     * as HubSpot documents for deleting a refresh token). Another client's or an unknown
     * token is left alone.
     * @param clientId the authenticated client
     * @param token an access or refresh token
     */
    void revoke(String clientId, String token) {
        AccessToken accessToken = this.accessTokens.get(token);
        if (accessToken != null && clientId.equals(accessToken.principal().clientId())) {
            this.accessTokens.remove(token, accessToken);
        }
        this.refreshTokens.remove(token, clientId);
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

    /**
     * Why a token request is refused: HubSpot's v1 {@code status} and {@code message},
     * and the RFC 6749 {@code error} the dated token endpoints answer with beside them.
     * Only {@code BAD_REFRESH_TOKEN} is documented by HubSpot; the others follow its
     * pattern.
     */
    enum Refusal {

        /** Another grant than {@code refresh_token}. */
        BAD_GRANT_TYPE("unsupported_grant_type", "missing or unsupported grant type"),

        /** No such client. */
        BAD_CLIENT_ID("invalid_client", "missing or unknown client id"),

        /** The client's secret is wrong. */
        BAD_CLIENT_SECRET("invalid_client", "missing or invalid client secret"),

        /** No such refresh token for the client. */
        BAD_REFRESH_TOKEN("invalid_grant", "missing or invalid refresh token");

        private final String error;

        private final String message;

        Refusal(String error, String message) {
            this.error = error;
            this.message = message;
        }

        String error() {
            return this.error;
        }

        String message() {
            return this.message;
        }

    }

    /**
     * The outcome of a refresh-token grant.
     *
     * @param accessToken the issued access token, or {@code null} when refused
     * @param refreshToken the refresh token to use next time, or {@code null} when
     * refused
     * @param expiresIn the access token's lifetime in seconds
     * @param refusal why no token was issued, or {@code null} when issued
     */
    record Grant(@Nullable String accessToken, @Nullable String refreshToken, long expiresIn,
            @Nullable Refusal refusal) {

        static Grant refused(Refusal refusal) {
            return new Grant(null, null, 0, refusal);
        }

    }

    /**
     * An active token's metadata.
     *
     * @param clientId the client it was issued to
     * @param tokenUse {@code access_token} or {@code refresh_token}
     * @param expiresAt when an access token expires, {@code null} for a refresh token
     */
    record TokenInfo(String clientId, String tokenUse, @Nullable Instant expiresAt) {
    }

}
