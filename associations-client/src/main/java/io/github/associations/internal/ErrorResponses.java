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

package io.github.associations.internal;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import io.github.associations.error.HubSpotAuthenticationException;
import io.github.associations.error.HubSpotClientException;
import io.github.associations.error.HubSpotDecodingException;
import io.github.associations.error.HubSpotError;
import io.github.associations.error.HubSpotException;
import io.github.associations.error.HubSpotForbiddenException;
import io.github.associations.error.HubSpotNotFoundException;
import io.github.associations.error.HubSpotRateLimitException;
import io.github.associations.error.HubSpotServerException;
import io.github.associations.error.HubSpotTimeoutException;
import io.github.associations.error.HubSpotTransportException;
import io.github.associations.error.HubSpotValidationException;
import io.github.associations.internal.json.JsonCodec;
import io.github.associations.model.Operation;
import io.github.associations.model.RateLimitHeaders;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import tools.jackson.core.JacksonException;

/**
 * Turns what HubSpot answered (or failed to answer) into the exception hierarchy of
 * {@link io.github.associations.error}: the one place error bodies are read and error
 * messages are written. Messages name the operation and never contain request headers, so
 * tokens cannot leak through them.
 *
 * @since 0.1.0
 */
public final class ErrorResponses {

    /** Reactor Netty's response timeout, when the connector is Reactor Netty's. */
    private static final String NETTY_READ_TIMEOUT = "io.netty.handler.timeout.ReadTimeoutException";

    /** Header carrying HubSpot's correlation id. */
    static final String CORRELATION_ID_HEADER = "X-HubSpot-Correlation-Id";

    private static final int EXCERPT_LENGTH = 200;

    private final JsonCodec json;

    private final @Nullable String rejectedTokenHint;

    /**
     * Create an instance reading bodies with the client's own mapper.
     * @param json the codec
     */
    public ErrorResponses(JsonCodec json) {
        this(json, null);
    }

    /**
     * Create an instance reading bodies with the client's own mapper, adding a hint to
     * the message of a 401.
     * @param json the codec
     * @param rejectedTokenHint what to check when HubSpot refuses the token (the setting
     * it came from), or {@code null}
     */
    public ErrorResponses(JsonCodec json, @Nullable String rejectedTokenHint) {
        this.json = json;
        this.rejectedTokenHint = rejectedTokenHint;
    }

    /**
     * The exception for a non-2xx response.
     * @param operation the operation that failed
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the response body, possibly empty or not JSON
     * @return the exception matching the status
     */
    public HubSpotException fromResponse(Operation operation, int status, HttpHeaders headers, byte[] body) {
        HubSpotError error = HubSpotError.EMPTY;
        String excerpt = null;
        if (!JsonCodec.isBlank(body)) {
            try {
                error = this.json.read(body, this.json.type(HubSpotError.class));
            }
            catch (JacksonException | IllegalArgumentException ex) {
                excerpt = excerpt(body);
            }
        }
        if (error == null) {
            error = HubSpotError.EMPTY;
        }
        if (error.correlationId() == null && headers.getFirst(CORRELATION_ID_HEADER) != null) {
            error = withCorrelationId(error, headers.getFirst(CORRELATION_ID_HEADER));
        }
        String message = message(operation, status, error, excerpt);
        if (status == 400) {
            return new HubSpotValidationException(message, operation, status, error, excerpt);
        }
        if (status == 401) {
            String hinted = (this.rejectedTokenHint != null) ? message + "; " + this.rejectedTokenHint : message;
            return new HubSpotAuthenticationException(hinted, operation, status, error, excerpt);
        }
        if (status == 403) {
            return new HubSpotForbiddenException(message, operation, status, error, excerpt);
        }
        if (status == 404) {
            return new HubSpotNotFoundException(message, operation, status, error, excerpt);
        }
        if (status == 429) {
            return new HubSpotRateLimitException(message, operation, status, error, excerpt, retryAfter(headers),
                    rateLimitHeaders(headers));
        }
        if (status >= 500) {
            return new HubSpotServerException(message, operation, status, error, excerpt);
        }
        return new HubSpotClientException(message, operation, status, error, excerpt);
    }

    /**
     * The exception for a 2xx response of a single-record call whose body reports errors.
     * @param operation the operation that failed
     * @param status the HTTP status
     * @param reported the errors of the body, at least one
     * @return the exception, carrying every error
     */
    public HubSpotClientException fromReportedErrors(Operation operation, int status, List<HubSpotError> reported) {
        StringBuilder message = new StringBuilder("HubSpot ").append(operation.id())
            .append(" answered ")
            .append(status)
            .append(" reporting ")
            .append(reported.size())
            .append((reported.size() == 1) ? " error" : " errors");
        for (HubSpotError error : reported) {
            message.append((error == reported.get(0)) ? ": " : "; ");
            String category = (error.category() != null) ? error.category() : error.status();
            message.append((category != null) ? category : "ERROR");
            if (error.message() != null) {
                message.append(' ').append(error.message());
            }
        }
        return new HubSpotClientException(message.toString(), operation, status, reported.get(0), null, reported);
    }

    /**
     * The exception for a 2xx response whose body could not be decoded.
     * @param operation the operation that failed
     * @param status the HTTP status
     * @param body the response body as received, possibly empty
     * @param cause the decoding failure
     * @return the exception
     */
    public HubSpotDecodingException undecodable(Operation operation, int status, byte[] body, Throwable cause) {
        String excerpt = excerpt(body);
        return new HubSpotDecodingException("HubSpot " + operation.id() + " answered " + status
                + " with a body that could not be decoded: " + excerpt, operation, status, excerpt, cause);
    }

    /**
     * The exception for a 2xx response whose body is larger than the client reads.
     * @param operation the operation that failed
     * @param status the HTTP status
     * @param maxResponseSize the largest body read, in bytes
     * @param cause the failure of reading the body
     * @return the exception
     */
    public HubSpotDecodingException tooLarge(Operation operation, int status, int maxResponseSize, Throwable cause) {
        return new HubSpotDecodingException("HubSpot " + operation.id() + " answered " + status
                + " with a body larger than the maximum response size of " + maxResponseSize
                + " bytes (AssociationsSettings maxResponseSize)", operation, status, null, cause);
    }

    /**
     * The exception for a failure without a usable response: connection refused or
     * closed, unknown host, timeout. Exceptions that already are
     * {@link HubSpotException}s are returned as they are.
     * @param operation the operation that failed
     * @param failure what went wrong instead of a response
     * @param responseTimeout the response timeout in force
     * @return the exception
     */
    public HubSpotException fromTransportFailure(Operation operation, Throwable failure, Duration responseTimeout) {
        if (failure instanceof HubSpotException hubSpotException) {
            return hubSpotException;
        }
        // Not WebClient's exception as the cause: it holds the request's headers, the
        // bearer token among them.
        Throwable cause = (failure instanceof WebClientRequestException && failure.getCause() != null)
                ? failure.getCause() : failure;
        if (failure instanceof TimeoutException || hasCauseNamed(failure, NETTY_READ_TIMEOUT)) {
            return new HubSpotTimeoutException("HubSpot " + operation.id() + " got no complete response within "
                    + responseTimeout.toMillis() + " ms", operation, responseTimeout, cause);
        }
        boolean notSent = hasCause(failure, ConnectException.class) || hasCause(failure, UnknownHostException.class);
        String what = notSent ? "could not connect" + target(failure) : "failed before a complete response was read";
        return new HubSpotTransportException("HubSpot " + operation.id() + " " + what + ": " + rootMessage(failure),
                operation, notSent, cause);
    }

    /**
     * Where a request that could not connect was going: {@code " to host:port"}, empty
     * when unknown.
     */
    private static String target(Throwable failure) {
        if (causeMatching(failure,
                WebClientRequestException.class::isInstance) instanceof WebClientRequestException request
                && request.getUri().getHost() != null) {
            URI uri = request.getUri();
            int port = (uri.getPort() != -1) ? uri.getPort() : ("http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443);
            return " to " + uri.getHost() + ":" + port;
        }
        return "";
    }

    /**
     * HubSpot's {@code X-HubSpot-RateLimit-*} headers.
     * @param headers the response headers
     * @return the values found
     */
    public static RateLimitHeaders rateLimitHeaders(HttpHeaders headers) {
        return new RateLimitHeaders(number(headers, "X-HubSpot-RateLimit-Daily"),
                number(headers, "X-HubSpot-RateLimit-Daily-Remaining"),
                number(headers, "X-HubSpot-RateLimit-Interval-Milliseconds"),
                number(headers, "X-HubSpot-RateLimit-Max"), number(headers, "X-HubSpot-RateLimit-Remaining"),
                number(headers, "X-HubSpot-RateLimit-Secondly"),
                number(headers, "X-HubSpot-RateLimit-Secondly-Remaining"));
    }

    private static @Nullable Long number(HttpHeaders headers, String name) {
        String value = headers.getFirst(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }

    static @Nullable Duration retryAfter(HttpHeaders headers) {
        String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(value.trim()));
        }
        catch (NumberFormatException ex) {
            try {
                Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(Instant.now(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            }
            catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    private static String message(Operation operation, int status, HubSpotError error, @Nullable String excerpt) {
        StringBuilder message = new StringBuilder("HubSpot ").append(operation.id()).append(" failed: ").append(status);
        HttpStatus known = HttpStatus.resolve(status);
        String category = (error.category() != null) ? error.category() : error.policyName();
        if (category != null) {
            message.append(' ').append(category);
        }
        else if (known != null) {
            message.append(' ').append(known.getReasonPhrase());
        }
        if (error.message() != null) {
            message.append(": ").append(error.message());
        }
        else if (excerpt != null) {
            message.append(" (not HubSpot's JSON error body: ").append(excerpt).append(')');
        }
        if (error.correlationId() != null) {
            message.append(" [correlationId=").append(error.correlationId()).append(']');
        }
        return message.toString();
    }

    /**
     * A short, single-line excerpt of a body, for messages: control characters and markup
     * whitespace collapsed.
     * @param body the response body as received, possibly empty
     * @return the excerpt
     */
    static String excerpt(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
        text = text.replaceAll("\\p{Cntrl}", "?");
        return (text.length() <= EXCERPT_LENGTH) ? text : text.substring(0, EXCERPT_LENGTH) + "...";
    }

    private static HubSpotError withCorrelationId(HubSpotError error, @Nullable String correlationId) {
        return new HubSpotError(error.status(), error.category(), error.subCategory(), error.message(), correlationId,
                error.context(), error.errors(), error.links(), error.id(), error.errorType(), error.policyName(),
                error.groupName(), error.requestId());
    }

    /**
     * Whether the failure or one of its causes is of the named class (by name, so that
     * nothing is loaded for a library that may be absent).
     */
    private static boolean hasCauseNamed(Throwable failure, String type) {
        return causeMatching(failure, (cause) -> cause.getClass().getName().equals(type)) != null;
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        return causeMatching(failure, type::isInstance) != null;
    }

    /** The failure or the first of its causes that matches, if any. */
    private static @Nullable Throwable causeMatching(Throwable failure, Predicate<Throwable> matches) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (matches.test(cause)) {
                return cause;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
    }

}
