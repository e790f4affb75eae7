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

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.NettyOutbound;

/**
 * No response at all: writing it closes the client's connection through Reactor Netty's
 * native response, before any byte of the status line is sent, so the client sees the
 * connection closed prematurely.
 */
final class ClosedConnectionResponse implements ServerResponse {

    /** The status reported to wrappers that ask; the request log records {@code 0}. */
    private static final HttpStatusCode NO_STATUS = HttpStatusCode.valueOf(499);

    static final ClosedConnectionResponse INSTANCE = new ClosedConnectionResponse();

    private ClosedConnectionResponse() {
    }

    @Override
    public HttpStatusCode statusCode() {
        return NO_STATUS;
    }

    @Override
    public HttpHeaders headers() {
        return HttpHeaders.readOnlyHttpHeaders(new HttpHeaders());
    }

    @Override
    public MultiValueMap<String, ResponseCookie> cookies() {
        return new LinkedMultiValueMap<>();
    }

    @Override
    public Mono<Void> writeTo(ServerWebExchange exchange, Context context) {
        Object nativeResponse = ServerHttpResponseDecorator.getNativeResponse(exchange.getResponse());
        if (!(nativeResponse instanceof NettyOutbound outbound)) {
            return Mono.error(new IllegalStateException("Cannot close a connection of " + nativeResponse));
        }
        outbound.withConnection((connection) -> connection.channel().close());
        return Mono.empty();
    }

}
