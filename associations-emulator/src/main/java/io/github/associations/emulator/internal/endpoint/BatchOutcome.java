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

package io.github.associations.emulator.internal.endpoint;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.associations.emulator.internal.http.ApiException;
import io.github.associations.emulator.internal.http.EmulatorJson;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Collects a batch's results and per-input errors and writes HubSpot's batch envelope :
 * {@code status} {@code COMPLETE}, {@code results}, {@code numErrors} and {@code errors}
 * when there are errors, {@code startedAt}, {@code completedAt}.
 */
final class BatchOutcome {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
        .withZone(ZoneOffset.UTC);

    private final Clock clock;

    private final Instant startedAt;

    private final List<Object> results = new ArrayList<>();

    private final List<Map<String, Object>> errors = new ArrayList<>();

    BatchOutcome(Clock clock) {
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    /**
     * An ISO-8601 instant with milliseconds, as HubSpot writes them
     * ({@code 2024-10-21T20:22:42.152Z}).
     * @param instant the time to write
     * @return the text
     */
    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    void result(Object result) {
        this.results.add(result);
    }

    void error(ApiException error) {
        this.errors.add(error.body().toStandardError());
    }

    boolean hasErrors() {
        return !this.errors.isEmpty();
    }

    Map<String, Object> body() {
        return body(false);
    }

    private Map<String, Object> body(boolean alwaysErrors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "COMPLETE");
        body.put("results", this.results);
        if (alwaysErrors || !this.errors.isEmpty()) {
            body.put("numErrors", this.errors.size());
            body.put("errors", this.errors);
        }
        body.put("startedAt", timestamp(this.startedAt));
        body.put("completedAt", timestamp(this.clock.instant()));
        return body;
    }

    /**
     * The response: {@code success} without errors, {@code withErrors} (207, or 200 where
     * HubSpot declares no 207) otherwise.
     * @param success the status without errors
     * @param withErrors the status with errors
     * @return the response
     */
    Mono<ServerResponse> respond(HttpStatus success, HttpStatus withErrors) {
        return EmulatorJson.respond(hasErrors() ? withErrors : success, body());
    }

    /**
     * The dated versions' answer to a batch without results (archive, labels archive,
     * purge): 200 with an empty object per input that succeeded, and {@code numErrors}
     * and {@code errors} always present.
     * @return the response
     */
    Mono<ServerResponse> respondVoid() {
        return EmulatorJson.respond(HttpStatus.OK, body(true));
    }

    /**
     * Record an input of a batch without results that succeeded.
     */
    void voidResult() {
        this.results.add(Map.of());
    }

}
