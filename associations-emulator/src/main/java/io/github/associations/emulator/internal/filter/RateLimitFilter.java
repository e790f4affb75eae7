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
import io.github.associations.emulator.internal.auth.Principal;
import io.github.associations.emulator.internal.ratelimit.RateLimitPolicy;
import io.github.associations.emulator.internal.ratelimit.RateLimiter;
import org.springframework.web.reactive.function.server.HandlerFilterFunction;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Admits authenticated requests through the {@link RateLimiter}, giving every response
 * (429s included) HubSpot's rate-limit headers.
 *
 * @since 0.1.0
 */
public final class RateLimitFilter implements HandlerFilterFunction<ServerResponse, ServerResponse> {

    private final EmulatorEndpoint endpoint;

    private final RateLimiter rateLimiter;

    public RateLimitFilter(EmulatorEndpoint endpoint, RateLimiter rateLimiter) {
        this.endpoint = endpoint;
        this.rateLimiter = rateLimiter;
    }

    @Override
    public Mono<ServerResponse> filter(ServerRequest request, HandlerFunction<ServerResponse> next) {
        Principal principal = RequestTrace.of(request).principal();
        if (principal == null) {
            throw new IllegalStateException("Rate limiting needs an authenticated request");
        }
        RateLimiter.Decision decision = this.rateLimiter.admit(principal, this.endpoint);
        decision.writeHeaders(request.exchange().getResponse().getHeaders());
        RateLimitPolicy rejectedBy = decision.rejectedBy();
        if (rejectedBy != null) {
            return this.rateLimiter.rejection(rejectedBy, principal);
        }
        return next.handle(request);
    }

}
