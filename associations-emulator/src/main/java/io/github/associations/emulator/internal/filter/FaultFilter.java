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

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.Fault;
import io.github.associations.emulator.internal.auth.Principal;
import io.github.associations.emulator.internal.auth.TokenRegistry;
import io.github.associations.emulator.internal.faults.FaultInjector;
import io.github.associations.emulator.internal.http.EmulatorJson;
import io.github.associations.emulator.internal.http.HubSpotResponses;
import io.github.associations.emulator.internal.ratelimit.RateLimitPolicy;
import io.github.associations.emulator.internal.ratelimit.RateLimiter;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.function.server.HandlerFilterFunction;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Applies the fault the {@link FaultInjector} draws for the request: error faults answer
 * at once, before authentication; latency, close-after-processing and malformed JSON let
 * the request through and spoil its response.
 *
 * @since 0.1.0
 */
public final class FaultFilter implements HandlerFilterFunction<ServerResponse, ServerResponse> {

    /** What a 204 becomes under the malformed-JSON fault, before truncation. */
    private static final byte[] EMPTY_BODY_JSON = "{\"status\":\"COMPLETE\",\"results\":[]}".getBytes();

    private final EmulatorEndpoint endpoint;

    private final FaultInjector faults;

    private final TokenRegistry tokens;

    private final RateLimiter rateLimiter;

    public FaultFilter(EmulatorEndpoint endpoint, FaultInjector faults, TokenRegistry tokens, RateLimiter rateLimiter) {
        this.endpoint = endpoint;
        this.faults = faults;
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
    }

    @Override
    public Mono<ServerResponse> filter(ServerRequest request, HandlerFunction<ServerResponse> next) {
        Fault fault = this.faults.next(this.endpoint);
        if (fault == null) {
            return next.handle(request);
        }
        RequestTrace trace = RequestTrace.of(request);
        trace.fault(fault);
        return switch (fault.kind()) {
            case RATE_LIMIT_TEN_SECONDLY -> rateLimited(request, trace, RateLimitPolicy.TEN_SECONDLY_ROLLING);
            case RATE_LIMIT_DAILY -> rateLimited(request, trace, RateLimitPolicy.DAILY);
            case STATUS -> HubSpotResponses.errorStatus(fault.status());
            case HTML_STATUS -> {
                // A proxy's page carries none of HubSpot's headers.
                request.exchange().getResponse().getHeaders().remove(EmulatorJson.CORRELATION_ID_HEADER);
                yield HubSpotResponses.proxyHtml(fault.status());
            }
            case LATENCY -> {
                trace.latency(fault.latency());
                yield next.handle(request);
            }
            case CLOSE_BEFORE_PROCESSING -> {
                trace.connectionClosed(true);
                yield Mono.just(ClosedConnectionResponse.INSTANCE);
            }
            case CLOSE_AFTER_PROCESSING -> next.handle(request).map((response) -> {
                trace.connectionClosed(true);
                return ClosedConnectionResponse.INSTANCE;
            });
            case MALFORMED_JSON -> next.handle(request).map(FaultFilter::truncated);
        };
    }

    private Mono<ServerResponse> rateLimited(ServerRequest request, RequestTrace trace, RateLimitPolicy policy) {
        Principal principal = this.tokens.principal(trace.bearerToken());
        this.rateLimiter.exhausted(principal, policy).writeHeaders(request.exchange().getResponse().getHeaders());
        return this.rateLimiter.rejection(policy, principal);
    }

    private static ServerResponse truncated(ServerResponse response) {
        HttpStatusCode status = (response.statusCode().value() == 204) ? HttpStatus.OK : response.statusCode();
        return new RewrittenResponse(response, status, true, EMPTY_BODY_JSON);
    }

}
