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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.associations.emulator.control.ApiVersion;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.internal.auth.TokenRegistry.Grant;
import io.github.associations.emulator.internal.auth.TokenRegistry.Refusal;
import io.github.associations.emulator.internal.auth.TokenRegistry.TokenInfo;
import io.github.associations.emulator.internal.http.EmulatorJson;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * HubSpot's OAuth token endpoints. {@code POST /oauth/v1/token} answers as v1 does
 * ({@code {"status","message"}} errors). The dated {@code /oauth/2026-03/token} and
 * {@code /oauth/2026-09/token}, with {@code /introspect} and {@code /revoke}, take every
 * parameter in the form-encoded body and refuse any in the query string; their errors
 * follow RFC 6749 ({@code error}, {@code error_description}) with HubSpot's
 * {@code status} and {@code message} beside them, and their token response carries every
 * field of v1's description.
 */
public final class TokenEndpoint {

    /**
     * The scopes issued tokens are reported with: the emulator checks none for OAuth
     * tokens, so these name what its API needs.
     */
    static final List<String> SCOPES = List.of("oauth", "crm.objects.contacts.read", "crm.objects.contacts.write",
            "crm.objects.companies.read", "crm.objects.companies.write", "crm.objects.deals.read",
            "crm.objects.deals.write", "tickets");

    /** The id of the user who installed the emulated app. */
    static final long USER_ID = 1;

    private static final String QUERY_REFUSED = "every parameter belongs in the form-encoded body, "
            + "not in the query string";

    private final TokenRegistry tokens;

    private final long hubId;

    /**
     * Token endpoints issuing and checking the tokens of a registry.
     * @param tokens the clients, refresh tokens and issued access tokens
     * @param hubId the emulated account's portal (hub) id, reported with each token
     */
    public TokenEndpoint(TokenRegistry tokens, long hubId) {
        this.tokens = tokens;
        this.hubId = hubId;
    }

    /**
     * The handler of an OAuth endpoint in one version.
     * @param endpoint {@link EmulatorEndpoint#OAUTH_TOKEN},
     * {@link EmulatorEndpoint#OAUTH_INTROSPECT} or {@link EmulatorEndpoint#OAUTH_REVOKE}
     * @param version {@code v1} for the token endpoint, or a dated version
     * @return the handler
     */
    public HandlerFunction<ServerResponse> handler(EmulatorEndpoint endpoint, ApiVersion version) {
        if (endpoint == EmulatorEndpoint.OAUTH_TOKEN && version == ApiVersion.V1) {
            return (request) -> request.formData().flatMap(this::v1Token);
        }
        if (!version.isDated()) {
            throw new IllegalArgumentException(endpoint + " is not served in " + version.value());
        }
        return switch (endpoint) {
            case OAUTH_TOKEN -> (request) -> {
                this.tokens.countTokenRequest();
                return datedForm(request, this::datedToken);
            };
            case OAUTH_INTROSPECT -> (request) -> datedForm(request, this::introspect);
            case OAUTH_REVOKE -> (request) -> datedForm(request, this::revoke);
            default -> throw new IllegalArgumentException(endpoint + " is not an OAuth endpoint");
        };
    }

    private Mono<ServerResponse> v1Token(MultiValueMap<String, String> form) {
        this.tokens.countTokenRequest();
        Grant grant = refresh(form);
        Refusal refusal = grant.refusal();
        if (refusal != null) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", refusal.name());
            body.put("message", refusal.message());
            return EmulatorJson.respond(HttpStatus.BAD_REQUEST, body);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token_type", "bearer");
        body.put("refresh_token", grant.refreshToken());
        body.put("access_token", grant.accessToken());
        body.put("expires_in", grant.expiresIn());
        return EmulatorJson.respond(HttpStatus.OK, body);
    }

    private Mono<ServerResponse> datedForm(ServerRequest request,
            Function<MultiValueMap<String, String>, Mono<ServerResponse>> action) {
        String query = request.uri().getRawQuery();
        if (query != null && !query.isEmpty()) {
            return rfc6749Error("invalid_request", "INVALID_REQUEST", QUERY_REFUSED);
        }
        return request.formData().flatMap(action);
    }

    private Mono<ServerResponse> datedToken(MultiValueMap<String, String> form) {
        Grant grant = refresh(form);
        Refusal refusal = grant.refusal();
        if (refusal != null) {
            return rfc6749Error(refusal);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", grant.accessToken());
        body.put("refresh_token", grant.refreshToken());
        body.put("expires_in", grant.expiresIn());
        body.put("token_type", "bearer");
        body.put("token_use", "access_token");
        body.put("hub_id", this.hubId);
        body.put("scopes", SCOPES);
        body.put("user_id", USER_ID);
        return EmulatorJson.respond(HttpStatus.OK, body);
    }

    private Grant refresh(MultiValueMap<String, String> form) {
        return this.tokens.refresh(form.getFirst("grant_type"), form.getFirst("client_id"),
                form.getFirst("client_secret"), form.getFirst("refresh_token"));
    }

    /**
     * RFC 7662-style introspection of one of the calling client's tokens:
     * {@code {"active":false}} for anything that is not an active token of that client.
     */
    private Mono<ServerResponse> introspect(MultiValueMap<String, String> form) {
        return withClient(form, (clientId, token) -> {
            TokenInfo info = this.tokens.introspect(clientId, token);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("active", info != null);
            if (info != null) {
                body.put("client_id", info.clientId());
                body.put("token_use", info.tokenUse());
                body.put("token_type", "bearer");
                body.put("hub_id", this.hubId);
                body.put("user_id", USER_ID);
                body.put("scopes", SCOPES);
                if (info.expiresAt() != null) {
                    body.put("exp", info.expiresAt().getEpochSecond());
                }
            }
            return EmulatorJson.respond(HttpStatus.OK, body);
        });
    }

    /**
     * RFC 7009-style revocation: 200 without a body, whether or not the token was known.
     */
    private Mono<ServerResponse> revoke(MultiValueMap<String, String> form) {
        return withClient(form, (clientId, token) -> {
            this.tokens.revoke(clientId, token);
            return ServerResponse.ok().build();
        });
    }

    private Mono<ServerResponse> withClient(MultiValueMap<String, String> form, ClientAction action) {
        String clientId = form.getFirst("client_id");
        Refusal refusal = this.tokens.authenticateClient(clientId, form.getFirst("client_secret"));
        if (refusal != null || clientId == null) {
            return rfc6749Error((refusal != null) ? refusal : Refusal.BAD_CLIENT_ID);
        }
        String token = form.getFirst("token");
        if (token == null || token.isBlank()) {
            return rfc6749Error("invalid_request", "INVALID_REQUEST", "missing token");
        }
        return action.apply(clientId, token);
    }

    private static Mono<ServerResponse> rfc6749Error(Refusal refusal) {
        return rfc6749Error(refusal.error(), refusal.name(), refusal.message());
    }

    private static Mono<ServerResponse> rfc6749Error(String error, String status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", message);
        body.put("status", status);
        body.put("message", message);
        return EmulatorJson.respond(HttpStatus.BAD_REQUEST, body);
    }

    @FunctionalInterface
    private interface ClientAction {

        Mono<ServerResponse> apply(String clientId, String token);

    }

}
