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

import java.time.Duration;

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.Fault;
import io.github.associations.emulator.internal.auth.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.web.reactive.function.server.ServerRequest;

/**
 * What the server's filters learn about one API request, shared through a request
 * attribute: the outermost filter creates it, inner filters fill it in, and the request
 * log reads it when the response is ready. Filters of one request run one after another,
 * so plain fields suffice.
 */
final class RequestTrace {

    private static final String ATTRIBUTE = RequestTrace.class.getName();

    private final @Nullable EmulatorEndpoint endpoint;

    private final @Nullable String bearerToken;

    private @Nullable Principal principal;

    private @Nullable Fault fault;

    private @Nullable Duration latency;

    private boolean connectionClosed;

    RequestTrace(@Nullable EmulatorEndpoint endpoint, @Nullable String bearerToken) {
        this.endpoint = endpoint;
        this.bearerToken = bearerToken;
    }

    static RequestTrace of(ServerRequest request) {
        Object trace = request.attributes().get(ATTRIBUTE);
        if (trace == null) {
            throw new IllegalStateException("Request has no trace: the request log filter must come first");
        }
        return (RequestTrace) trace;
    }

    void attachTo(ServerRequest request) {
        request.attributes().put(ATTRIBUTE, this);
    }

    /**
     * The token of an {@code Authorization: Bearer} header.
     * @param request the HTTP request being served
     * @return the token, or {@code null} when there is no bearer authorization
     */
    static @Nullable String bearerToken(ServerRequest request) {
        String authorization = request.headers().firstHeader("Authorization");
        if (authorization == null || authorization.length() <= 7
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    @Nullable EmulatorEndpoint endpoint() {
        return this.endpoint;
    }

    @Nullable String bearerToken() {
        return this.bearerToken;
    }

    @Nullable Principal principal() {
        return this.principal;
    }

    void principal(Principal principal) {
        this.principal = principal;
    }

    @Nullable Fault fault() {
        return this.fault;
    }

    void fault(Fault fault) {
        this.fault = fault;
    }

    @Nullable Duration latency() {
        return this.latency;
    }

    void latency(Duration latency) {
        this.latency = latency;
    }

    boolean connectionClosed() {
        return this.connectionClosed;
    }

    void connectionClosed(boolean closed) {
        this.connectionClosed = closed;
    }

}
