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

package io.github.associations.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.github.associations.emulator.internal.http.EmulatorJson;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import org.jspecify.annotations.Nullable;
import reactor.core.Exceptions;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.util.Loggers;
import tools.jackson.databind.JsonNode;

/**
 * A blocking HTTP client for tests, on Reactor Netty: no retries (so a scripted fault
 * hits exactly the request sent) and no connection pool (so a closed connection never
 * leaks into the next test).
 */
final class TestHttp {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    /**
     * The client logs a WARN with a stack trace for every closed connection and timeout
     * the tests provoke.
     */
    private static final Logger CLIENT_LOGGER = quietClientLogging();

    private final HttpClient client;

    private static Logger quietClientLogging() {
        Loggers.useJdkLoggers();
        Logger logger = Logger.getLogger("reactor.netty.http.client");
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    TestHttp(String baseUrl) {
        this(HttpClient.create(ConnectionProvider.newConnection()).baseUrl(baseUrl).disableRetry(true));
    }

    private TestHttp(HttpClient client) {
        this.client = client;
    }

    TestHttp withResponseTimeout(Duration timeout) {
        return new TestHttp(this.client.responseTimeout(timeout));
    }

    TestHttp withHeader(String name, String value) {
        return new TestHttp(this.client.headers((headers) -> headers.set(name, value)));
    }

    Reply get(String path, @Nullable String token) {
        return send(HttpMethod.GET, path, token, null, null);
    }

    Reply delete(String path, @Nullable String token) {
        return send(HttpMethod.DELETE, path, token, null, null);
    }

    Reply post(String path, @Nullable String token, String json) {
        return send(HttpMethod.POST, path, token, json, "application/json");
    }

    Reply put(String path, @Nullable String token, String json) {
        return send(HttpMethod.PUT, path, token, json, "application/json");
    }

    Reply form(String path, String form) {
        return send(HttpMethod.POST, path, null, form, "application/x-www-form-urlencoded");
    }

    Mono<Reply> exchange(HttpMethod method, String path, @Nullable String token, @Nullable String body,
            @Nullable String contentType) {
        Consumer<HttpHeaders> headers = (h) -> {
            if (token != null) {
                h.set("Authorization", "Bearer " + token);
            }
            if (contentType != null) {
                h.set("Content-Type", contentType);
            }
        };
        return this.client.headers(headers)
            .request(method)
            .uri(path)
            .send((body != null) ? ByteBufFlux.fromString(Mono.just(body)) : ByteBufFlux.empty())
            .responseSingle((response, bytes) -> bytes.asString(StandardCharsets.UTF_8)
                .defaultIfEmpty("")
                .map((text) -> new Reply(response.status().code(), response.responseHeaders(), text)));
    }

    Reply send(HttpMethod method, String path, @Nullable String token, @Nullable String body,
            @Nullable String contentType) {
        Reply reply;
        try {
            reply = exchange(method, path, token, body, contentType).block(TIMEOUT);
        }
        catch (RuntimeException ex) {
            // block() wraps checked exceptions; tests assert on the root cause, what the
            // client saw.
            Throwable cause = Exceptions.unwrap(ex);
            throw new IllegalStateException("Request failed: " + cause, cause);
        }
        if (reply == null) {
            throw new IllegalStateException("No reply");
        }
        return reply;
    }

    record Reply(int status, HttpHeaders headers, String body) {

        JsonNode json() {
            return EmulatorJson.MAPPER.readTree(this.body);
        }

        @Nullable String header(String name) {
            return this.headers.get(name);
        }

        @Override
        public String toString() {
            return this.status + " " + this.body;
        }

    }

}
