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

package io.github.associations.emulator.internal.admin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorRateLimits;
import io.github.associations.emulator.control.EmulatorState;
import io.github.associations.emulator.control.Fault;
import io.github.associations.emulator.control.LoggedRequest;
import io.github.associations.emulator.control.RandomFaults;
import io.github.associations.emulator.internal.faults.FaultJson;
import io.github.associations.emulator.internal.http.EmulatorJson;
import io.github.associations.emulator.internal.http.ErrorBody;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The admin API under {@code /__emulator/}, so that an emulator running in another
 * process (standalone jar, container) can be driven over HTTP as the in-process handle is
 * driven from Java. No authentication, no rate limits, not in the request log. Documented
 * in the module's README.
 *
 * @since 0.1.0
 */
public final class AdminRoutes {

    private static final String PREFIX = "/__emulator";

    private final EmulatorHandle emulator;

    /**
     * Admin routes driving an emulator.
     * @param emulator the running emulator's state and controls
     */
    public AdminRoutes(EmulatorHandle emulator) {
        this.emulator = emulator;
    }

    /**
     * The routes under {@code /__emulator/}, a 404 for any other path below it.
     * @return the routes
     */
    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
            .POST(PREFIX + "/reset", (request) -> run(this.emulator::reset))
            .POST(PREFIX + "/records/{objectType}", this::seedRecords)
            .GET(PREFIX + "/associations/{fromObjectType}/{fromObjectId}/{toObjectType}", this::associations)
            .GET(PREFIX + "/requests", this::requests)
            .DELETE(PREFIX + "/requests", (request) -> run(this.emulator.requests()::clear))
            .GET(PREFIX + "/requests/counts", (request) -> ok(counts()))
            .GET(PREFIX + "/faults", (request) -> ok(faults()))
            .POST(PREFIX + "/faults/next", (request) -> withJson(request, this::injectNext))
            .POST(PREFIX + "/faults/random", (request) -> withJson(request, this::injectRandomly))
            .PUT(PREFIX + "/faults/status-drift", (request) -> withJson(request, this::statusDrift))
            .DELETE(PREFIX + "/faults", (request) -> run(this.emulator.faults()::clear))
            .GET(PREFIX + "/rate-limits", (request) -> ok(rateLimits()))
            .PUT(PREFIX + "/rate-limits", (request) -> withJson(request, this::changeRateLimits))
            .POST(PREFIX + "/rate-limits/daily/exhaust", (request) -> run(this.emulator.rateLimits()::exhaustDaily))
            .POST(PREFIX + "/rate-limits/daily/reset", (request) -> run(this.emulator.rateLimits()::resetDaily))
            .POST(PREFIX + "/rate-limits/windows/reset", (request) -> run(this.emulator.rateLimits()::resetWindows))
            .GET(PREFIX + "/tokens", (request) -> ok(tokens()))
            .POST(PREFIX + "/tokens/expire", (request) -> run(this.emulator.tokens()::expireAccessTokens))
            .route(RequestPredicates.path(PREFIX + "/**"),
                    (request) -> ErrorBody
                        .of("OBJECT_NOT_FOUND", "No admin route " + request.method() + " " + request.path())
                        .toResponse(HttpStatus.NOT_FOUND))
            .build();
    }

    private Mono<ServerResponse> seedRecords(ServerRequest request) {
        String objectType = request.pathVariable("objectType");
        return withJson(request, (json) -> {
            EmulatorState state = this.emulator.state();
            if (json.has("ids")) {
                List<String> ids = new ArrayList<>();
                json.get("ids").values().forEach((id) -> ids.add(id.asString()));
                state.seedRecords(objectType, ids);
                return ok(Map.of("seeded", ids.size()));
            }
            long firstId = requireLong(json, "firstId");
            long count = requireLong(json, "count");
            if (firstId < 1 || count < 0 || count > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("firstId must be positive and count between 0 and 2^31-1");
            }
            state.seedRecordRange(objectType, firstId, (int) count);
            return ok(Map.of("seeded", count));
        });
    }

    private Mono<ServerResponse> associations(ServerRequest request) {
        List<Map<String, Object>> results = new ArrayList<>();
        for (EmulatorState.Association association : this.emulator.state()
            .associations(request.pathVariable("fromObjectType"), request.pathVariable("fromObjectId"),
                    request.pathVariable("toObjectType"))) {
            List<Map<String, Object>> types = new ArrayList<>();
            for (EmulatorState.AssociationType type : association.types()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("category", type.category());
                entry.put("typeId", type.typeId());
                entry.put("label", type.label());
                types.add(entry);
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("toObjectId", association.toObjectId());
            entry.put("associationTypes", types);
            results.add(entry);
        }
        return ok(Map.of("results", results));
    }

    private Mono<ServerResponse> requests(ServerRequest request) {
        try {
            List<LoggedRequest> entries = request.queryParam("endpoint")
                .map((endpoint) -> this.emulator.requests().forEndpoint(endpoint(endpoint)))
                .orElseGet(() -> this.emulator.requests().all());
            List<Map<String, Object>> results = new ArrayList<>(entries.size());
            for (LoggedRequest entry : entries) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("sequence", entry.sequence());
                json.put("time", entry.time().toString());
                json.put("method", entry.method());
                json.put("path", entry.path());
                json.put("query", entry.query());
                json.put("endpoint", (entry.endpoint() != null) ? entry.endpoint().name() : null);
                json.put("endpointId", (entry.endpoint() != null) ? entry.endpoint().id() : null);
                json.put("apiVersion", (entry.apiVersion() != null) ? entry.apiVersion().value() : null);
                json.put("status", entry.status());
                json.put("body", entry.body());
                json.put("fault", (entry.fault() != null) ? FaultJson.toJson(entry.fault()) : null);
                json.put("bearerToken", LoggedRequest.mask(entry.bearerToken()));
                json.put("userAgent", entry.userAgent());
                results.add(json);
            }
            return ok(Map.of("count", this.emulator.requests().count(), "results", results));
        }
        catch (IllegalArgumentException ex) {
            return badRequest(ex.getMessage());
        }
    }

    private Map<String, Object> counts() {
        Map<String, Object> endpoints = new LinkedHashMap<>();
        for (EmulatorEndpoint endpoint : EmulatorEndpoint.values()) {
            endpoints.put(endpoint.id(), this.emulator.requests().count(endpoint));
        }
        return Map.of("total", this.emulator.requests().count(), "endpoints", endpoints);
    }

    private Map<String, Object> faults() {
        return Map.of("pendingScripted", this.emulator.faults().pendingScripted(), "statusDrift",
                this.emulator.faults().statusDrift());
    }

    private Mono<ServerResponse> injectNext(JsonNode json) {
        int times = (int) requireLong(json, "times");
        Fault fault = FaultJson.fromJson(json.path("fault"));
        EmulatorEndpoint endpoint = optionalEndpoint(json);
        if (endpoint != null) {
            this.emulator.faults().injectNext(endpoint, times, fault);
        }
        else {
            this.emulator.faults().injectNext(times, fault);
        }
        return ok(faults());
    }

    private Mono<ServerResponse> injectRandomly(JsonNode json) {
        RandomFaults faults = RandomFaults.seed(requireLong(json, "seed"));
        for (JsonNode entry : json.path("faults").values()) {
            faults = faults.with(entry.path("probability").asDouble(), FaultJson.fromJson(entry.path("fault")));
        }
        EmulatorEndpoint endpoint = optionalEndpoint(json);
        if (endpoint != null) {
            this.emulator.faults().injectRandomly(endpoint, faults);
        }
        else {
            this.emulator.faults().injectRandomly(faults);
        }
        return ok(faults());
    }

    private Mono<ServerResponse> statusDrift(JsonNode json) {
        this.emulator.faults().statusDrift(json.path("enabled").asBoolean(true));
        return ok(faults());
    }

    private Map<String, Object> rateLimits() {
        EmulatorRateLimits limits = this.emulator.rateLimits();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("enabled", limits.windowEnabled());
        json.put("maxRequests", limits.maxRequests());
        json.put("intervalMillis", limits.interval().toMillis());
        json.put("dailyEnabled", limits.dailyEnabled());
        json.put("dailyLimit", limits.dailyLimit());
        json.put("dailyRemaining", limits.dailyRemaining());
        return json;
    }

    private Mono<ServerResponse> changeRateLimits(JsonNode json) {
        EmulatorRateLimits limits = this.emulator.rateLimits();
        if (json.has("maxRequests") || json.has("intervalMillis")) {
            int max = json.has("maxRequests") ? (int) requireLong(json, "maxRequests") : limits.maxRequests();
            long interval = json.has("intervalMillis") ? requireLong(json, "intervalMillis")
                    : limits.interval().toMillis();
            boolean enabled = limits.windowEnabled();
            limits.window(max, Duration.ofMillis(interval));
            limits.windowEnabled(enabled);
        }
        if (json.has("enabled")) {
            limits.windowEnabled(json.get("enabled").asBoolean());
        }
        if (json.has("dailyLimit")) {
            boolean enabled = limits.dailyEnabled();
            limits.dailyLimit(requireLong(json, "dailyLimit"));
            limits.dailyEnabled(enabled);
        }
        if (json.has("dailyEnabled")) {
            limits.dailyEnabled(json.get("dailyEnabled").asBoolean());
        }
        return ok(rateLimits());
    }

    private Map<String, Object> tokens() {
        return Map.of("requestCount", this.emulator.tokens().requestCount(), "issuedCount",
                this.emulator.tokens().issuedCount());
    }

    /** An endpoint by enum name ({@code RECORDS_LIST}) or id ({@code R1}). */
    static EmulatorEndpoint endpoint(String name) {
        for (EmulatorEndpoint endpoint : EmulatorEndpoint.values()) {
            if (endpoint.name().equalsIgnoreCase(name) || endpoint.id().equalsIgnoreCase(name)) {
                return endpoint;
            }
        }
        throw new IllegalArgumentException("Unknown endpoint '" + name + "'");
    }

    private static @Nullable EmulatorEndpoint optionalEndpoint(JsonNode json) {
        JsonNode endpoint = json.path("endpoint");
        return (endpoint.isMissingNode() || endpoint.isNull()) ? null : endpoint(endpoint.asString());
    }

    private static long requireLong(JsonNode json, String field) {
        JsonNode value = json.path(field);
        if (!value.isNumber()) {
            throw new IllegalArgumentException(field + " must be a number");
        }
        return value.asLong();
    }

    private static Mono<ServerResponse> withJson(ServerRequest request,
            Function<JsonNode, Mono<ServerResponse>> action) {
        return request.bodyToMono(String.class).defaultIfEmpty("{}").flatMap((body) -> {
            try {
                JsonNode json = EmulatorJson.MAPPER.readTree(body);
                if (!json.isObject()) {
                    return badRequest("Expected a JSON object");
                }
                return action.apply(json);
            }
            catch (JacksonException ex) {
                return badRequest("Malformed JSON: " + ex.getOriginalMessage());
            }
            catch (IllegalArgumentException ex) {
                return badRequest(ex.getMessage());
            }
        });
    }

    private static Mono<ServerResponse> run(Runnable action) {
        action.run();
        return ServerResponse.noContent().build();
    }

    private static Mono<ServerResponse> ok(Object body) {
        return EmulatorJson.respond(HttpStatus.OK, body);
    }

    private static Mono<ServerResponse> badRequest(@Nullable String message) {
        return ErrorBody.of("VALIDATION_ERROR", (message != null) ? message : "Bad request")
            .toResponse(HttpStatus.BAD_REQUEST);
    }

}
