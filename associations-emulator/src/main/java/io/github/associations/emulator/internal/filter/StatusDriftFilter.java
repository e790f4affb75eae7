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

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.internal.faults.FaultInjector;
import io.github.associations.emulator.internal.http.EmulatorJson;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.HandlerFilterFunction;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Status drift: when on, answers with the other success codes HubSpot has used for the
 * same call, 200 instead of 201 and 200 with a body instead of 204. Batch archive, labels
 * archive and limits purge get the date-versioned APIs' body; other 204s get {@code {}}.
 *
 * @since 0.1.0
 */
public final class StatusDriftFilter implements HandlerFilterFunction<ServerResponse, ServerResponse> {

    private static final byte[] EMPTY_OBJECT = "{}".getBytes();

    private final EmulatorEndpoint endpoint;

    private final FaultInjector faults;

    private final Clock clock;

    public StatusDriftFilter(EmulatorEndpoint endpoint, FaultInjector faults, Clock clock) {
        this.endpoint = endpoint;
        this.faults = faults;
        this.clock = clock;
    }

    @Override
    public Mono<ServerResponse> filter(ServerRequest request, HandlerFunction<ServerResponse> next) {
        if (!this.faults.statusDrift()) {
            return next.handle(request);
        }
        return next.handle(request).map(this::drift);
    }

    private ServerResponse drift(ServerResponse response) {
        return switch (response.statusCode().value()) {
            case 201 -> new RewrittenResponse(response, HttpStatus.OK, false, null);
            case 204 -> new RewrittenResponse(response, HttpStatus.OK, false, driftedBody());
            default -> response;
        };
    }

    private byte[] driftedBody() {
        return switch (this.endpoint) {
            case BATCH_ARCHIVE, BATCH_ARCHIVE_LABELS, LIMITS_PURGE -> {
                String now = Instant.now(this.clock).toString();
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("status", "COMPLETE");
                body.put("results", List.of());
                body.put("startedAt", now);
                body.put("completedAt", now);
                yield EmulatorJson.write(body);
            }
            default -> EMPTY_OBJECT;
        };
    }

}
