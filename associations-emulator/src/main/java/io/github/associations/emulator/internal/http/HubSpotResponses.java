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

package io.github.associations.emulator.internal.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The responses the server itself answers with, built the same way whether a check fails
 * for real or a fault is injected: 401 and 403, 404 for unknown paths, other error
 * statuses and a proxy's HTML page. Bodies follow HubSpot's documented and observed
 * shapes; where HubSpot's wording is unknown the comment says so.
 *
 * @since 0.1.0
 */
public final class HubSpotResponses {

    /** Header HubSpot adds to 401 responses. */
    static final String AUTH_FAILURE_HEADER = "x-hubspot-auth-failure";

    static final String INVALID_AUTHENTICATION_MESSAGE = "Authentication credentials not found. This API supports "
            + "OAuth 2.0 authentication and you can find more details at "
            + "https://developers.hubspot.com/docs/methods/auth/oauth-overview";

    static final String MISSING_SCOPES_MESSAGE = "This app hasn't been granted all required scopes to make this call. "
            + "Read more about required scopes here: https://developers.hubspot.com/scopes.";

    private static final MediaType TEXT_HTML_UTF8 = MediaType.parseMediaType("text/html; charset=UTF-8");

    private HubSpotResponses() {
    }

    /**
     * A random (version 4) UUID from a thread-local generator: correlation ids need no
     * secure randomness, and the shared {@code SecureRandom} behind
     * {@link UUID#randomUUID()} would be contended under load.
     * @return a new id
     */
    public static String newCorrelationId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & ~(0xC000000000000000L)) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    /**
     * 401 for a missing or unknown token.
     * @return the response
     */
    public static Mono<ServerResponse> invalidAuthentication() {
        return unauthorized(ErrorBody.of("INVALID_AUTHENTICATION", INVALID_AUTHENTICATION_MESSAGE));
    }

    /**
     * 401 for an expired OAuth access token, with HubSpot's "expired N day(s) ago"
     * message.
     * @param expiredAt when the token expired
     * @param now the current time
     * @return the response
     */
    public static Mono<ServerResponse> expiredAuthentication(Instant expiredAt, Instant now) {
        long days = Math.max(0, Duration.between(expiredAt, now).toDays());
        ErrorBody body = ErrorBody
            .of("EXPIRED_AUTHENTICATION", "The OAuth token used to make this call expired " + days + " day(s) ago.")
            .context("expire time", expiredAt.toString());
        return unauthorized(body);
    }

    private static Mono<ServerResponse> unauthorized(ErrorBody body) {
        return ServerResponse.status(HttpStatus.UNAUTHORIZED)
            .header(EmulatorJson.CORRELATION_ID_HEADER, body.correlationId())
            .header(AUTH_FAILURE_HEADER, "401 Unauthorized")
            .contentType(EmulatorJson.JSON_UTF8)
            .bodyValue(EmulatorJson.write(body.toMap()));
    }

    /**
     * 403 for a token without the scopes a call needs.
     * @param requiredScopes the granular scopes the call needs
     * @return the response
     */
    public static Mono<ServerResponse> missingScopes(List<String> requiredScopes) {
        return ErrorBody.of("MISSING_SCOPES", MISSING_SCOPES_MESSAGE)
            .detailWithContext("One or more of the following scopes are required.", "requiredGranularScopes",
                    requiredScopes)
            .link("scopes", "https://developers.hubspot.com/scopes")
            .toResponse(HttpStatus.FORBIDDEN);
    }

    /**
     * 404 for a path no endpoint serves. HubSpot's body for unknown routes is not
     * documented (UNCERTAIN); this uses its standard error shape.
     * @param method the request method
     * @param path the request path
     * @return the response
     */
    public static Mono<ServerResponse> unknownPath(String method, String path) {
        return ErrorBody.of("OBJECT_NOT_FOUND", "Resource not found: " + method + " " + path)
            .toResponse(HttpStatus.NOT_FOUND);
    }

    /**
     * An error status with HubSpot's JSON body for it. Documented bodies: 401, 403 and
     * the minimal 500. The categories of the other 4xx and the messages of the other 5xx
     * are not documented (UNCERTAIN).
     * @param status a status from 400 to 599 other than 429
     * @return the response
     */
    public static Mono<ServerResponse> errorStatus(int status) {
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        return switch (status) {
            case 401 -> invalidAuthentication();
            case 403 -> missingScopes(List.of("crm.objects.contacts.write"));
            case 500 -> ErrorBody.of("INTERNAL_ERROR", "internal error").toMinimalResponse(code);
            default -> (status >= 500)
                    ? ErrorBody.of("INTERNAL_ERROR", reason(status).toLowerCase(Locale.ROOT)).toMinimalResponse(code)
                    : ErrorBody.of(category(status), reason(status)).toResponse(code);
        };
    }

    /**
     * An error status with an HTML page as a proxy in front of HubSpot sends (modelled on
     * Cloudflare's pages).
     * @param status the HTTP status the proxy answers with
     * @return the response
     */
    public static Mono<ServerResponse> proxyHtml(int status) {
        String title = status + " " + reason(status);
        String page = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                + "</h1></center>\r\n<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n";
        return ServerResponse.status(status)
            .contentType(TEXT_HTML_UTF8)
            .bodyValue(page.getBytes(StandardCharsets.UTF_8));
    }

    private static String category(int status) {
        return switch (status) {
            case 400 -> "VALIDATION_ERROR";
            case 404 -> "OBJECT_NOT_FOUND";
            case 409 -> "CONFLICT";
            case 423 -> "LOCKED";
            case 477 -> "MIGRATION_IN_PROGRESS";
            default -> reason(status).toUpperCase(Locale.ROOT).replace(' ', '_').replace("'", "");
        };
    }

    private static String reason(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 477 -> "Migration In Progress";
            case 520 -> "Web Server Returned an Unknown Error";
            case 521 -> "Web Server Is Down";
            case 522 -> "Connection Timed Out";
            case 523 -> "Origin Is Unreachable";
            case 524 -> "A Timeout Occurred";
            case 525 -> "SSL Handshake Failed";
            case 526 -> "Invalid SSL Certificate";
            default -> "Error";
        };
    }

}
