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

package io.github.associations.emulator.internal.filter;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.github.associations.emulator.control.ApiVersion;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.LoggedRequest;
import io.github.associations.emulator.internal.http.EmulatorJson;
import io.github.associations.emulator.internal.http.ErrorBody;
import io.github.associations.emulator.internal.http.HubSpotResponses;
import io.github.associations.emulator.internal.requestlog.DefaultRequestLog;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.HandlerFilterFunction;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * The outermost filter of every API route: starts the request's {@link RequestTrace},
 * gives the response HubSpot's common headers, keeps the request body for the log, turns
 * unexpected errors into HubSpot's 500, records the request once its response is ready
 * and then applies any injected latency (so a request whose client gave up waiting is
 * still logged).
 *
 * @since 0.1.0
 */
public final class RequestLogFilter implements HandlerFilterFunction<ServerResponse, ServerResponse> {

    private static final Log logger = LogFactory.getLog(RequestLogFilter.class);

    private final @Nullable EmulatorEndpoint endpoint;

    private final @Nullable ApiVersion version;

    private final DefaultRequestLog log;

    private final Clock clock;

    /**
     * The request log filter of one route.
     * @param endpoint the endpoint the route serves, or {@code null} for unknown paths
     * @param version the API version of the route's path, or {@code null} for unknown
     * paths
     * @param log where requests are recorded
     * @param clock the time source of the logged arrival times
     */
    public RequestLogFilter(@Nullable EmulatorEndpoint endpoint, @Nullable ApiVersion version, DefaultRequestLog log,
            Clock clock) {
        this.endpoint = endpoint;
        this.version = version;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public Mono<ServerResponse> filter(ServerRequest request, HandlerFunction<ServerResponse> next) {
        long sequence = this.log.nextSequence();
        Instant time = this.clock.instant();
        RequestTrace trace = new RequestTrace(this.endpoint, RequestTrace.bearerToken(request));
        trace.attachTo(request);
        HttpHeaders headers = request.exchange().getResponse().getHeaders();
        headers.set(EmulatorJson.CORRELATION_ID_HEADER, HubSpotResponses.newCorrelationId());
        headers.setContentType(EmulatorJson.JSON_UTF8);
        return body(request).flatMap((body) -> {
            ServerRequest handled = body.isPresent() ? ServerRequest.from(request).body(body.get()).build() : request;
            return next.handle(handled)
                .onErrorResume(RequestLogFilter::errorResponse)
                .doOnNext((response) -> record(sequence, time, request, trace, body.orElse(null), response))
                .flatMap((response) -> delayed(response, trace.latency()));
        });
    }

    private static Mono<Optional<String>> body(ServerRequest request) {
        HttpMethod method = request.method();
        if (HttpMethod.GET.equals(method) || HttpMethod.DELETE.equals(method) || HttpMethod.HEAD.equals(method)) {
            return Mono.just(Optional.empty());
        }
        return DataBufferUtils.join(request.exchange().getRequest().getBody()).map((buffer) -> {
            String text = buffer.toString(StandardCharsets.UTF_8);
            DataBufferUtils.release(buffer);
            return Optional.of(text);
        }).defaultIfEmpty(Optional.empty());
    }

    private void record(long sequence, Instant time, ServerRequest request, RequestTrace trace, @Nullable String body,
            ServerResponse response) {
        int status = trace.connectionClosed() ? 0 : response.statusCode().value();
        this.log.record(new LoggedRequest(sequence, time, request.method().name(), request.path(),
                request.uri().getRawQuery(), this.endpoint, this.version, status, body, trace.fault(),
                trace.bearerToken(), request.headers().firstHeader(HttpHeaders.USER_AGENT)));
    }

    private static Mono<ServerResponse> delayed(ServerResponse response, @Nullable Duration latency) {
        return (latency != null) ? Mono.just(response).delayElement(latency) : Mono.just(response);
    }

    private static Mono<ServerResponse> errorResponse(Throwable ex) {
        if (ex instanceof ResponseStatusException statusException
                && statusException.getStatusCode().is4xxClientError()) {
            String reason = statusException.getReason();
            return ErrorBody.of("VALIDATION_ERROR", (reason != null) ? reason : statusException.getMessage())
                .toResponse(statusException.getStatusCode());
        }
        // One line at WARN keeps test output readable; the stack trace is at DEBUG.
        logger.warn("Emulator handler failed: " + ex);
        logger.debug("Emulator handler failure", ex);
        return ErrorBody.of("INTERNAL_ERROR", "internal error").toMinimalResponse(HttpStatus.INTERNAL_SERVER_ERROR);
    }

}
