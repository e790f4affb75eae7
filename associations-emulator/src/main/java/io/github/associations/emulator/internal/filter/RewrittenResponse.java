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

import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A handler's response written with another status and, optionally, a spoiled body: used
 * for status drift (201 as 200, 204 as 200 with a body) and for the malformed-JSON fault
 * (the body cut in half). The handler's response writes itself as usual into a decorated
 * exchange that rewrites what it writes.
 */
final class RewrittenResponse implements ServerResponse {

    private final ServerResponse delegate;

    private final HttpStatusCode status;

    private final boolean truncate;

    private final byte @Nullable [] bodyWhenEmpty;

    /**
     * Rewrite a response.
     * @param delegate the handler's response
     * @param status the status to send instead
     * @param truncate whether to send only the first half of the body
     * @param bodyWhenEmpty the body to send when the handler's response has none, or
     * {@code null} to send none
     */
    RewrittenResponse(ServerResponse delegate, HttpStatusCode status, boolean truncate,
            byte @Nullable [] bodyWhenEmpty) {
        this.delegate = delegate;
        this.status = status;
        this.truncate = truncate;
        this.bodyWhenEmpty = bodyWhenEmpty;
    }

    @Override
    public HttpStatusCode statusCode() {
        return this.status;
    }

    @Override
    public HttpHeaders headers() {
        return this.delegate.headers();
    }

    @Override
    public MultiValueMap<String, ResponseCookie> cookies() {
        return this.delegate.cookies();
    }

    @Override
    public Mono<Void> writeTo(ServerWebExchange exchange, Context context) {
        RewritingResponse response = new RewritingResponse(exchange.getResponse());
        return this.delegate.writeTo(new ServerWebExchangeDecorator(exchange) {

            @Override
            public ServerHttpResponse getResponse() {
                return response;
            }

        }, context);
    }

    /**
     * The first half of a body, never all of it, so that a JSON object is always left
     * unclosed.
     * @param body the whole response body
     * @return the truncated body
     */
    static byte[] truncated(byte[] body) {
        if (body.length <= 1) {
            return new byte[0];
        }
        return Arrays.copyOf(body, Math.max(1, body.length / 2));
    }

    private final class RewritingResponse extends ServerHttpResponseDecorator {

        RewritingResponse(ServerHttpResponse delegate) {
            super(delegate);
        }

        @Override
        public boolean setStatusCode(@Nullable HttpStatusCode status) {
            return super.setStatusCode(RewrittenResponse.this.status);
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            if (!RewrittenResponse.this.truncate) {
                return super.writeWith(body);
            }
            return DataBufferUtils.join(Flux.from(body)).map((joined) -> {
                byte[] bytes = new byte[joined.readableByteCount()];
                joined.read(bytes);
                DataBufferUtils.release(joined);
                return bytes;
            }).defaultIfEmpty(new byte[0]).flatMap(this::writeBytes);
        }

        @Override
        public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
            return writeWith(Flux.from(body).concatMap(Flux::from));
        }

        @Override
        public Mono<Void> setComplete() {
            byte[] body = RewrittenResponse.this.bodyWhenEmpty;
            return (body != null && !isCommitted()) ? writeBytes(body) : super.setComplete();
        }

        private Mono<Void> writeBytes(byte[] body) {
            byte[] bytes = RewrittenResponse.this.truncate ? truncated(body) : body;
            getHeaders().setContentLength(bytes.length);
            return super.writeWith(Mono.fromSupplier(() -> bufferFactory().wrap(bytes)));
        }

    }

}
