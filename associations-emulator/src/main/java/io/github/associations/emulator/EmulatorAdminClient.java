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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.associations.emulator.control.ApiVersion;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorState;
import io.github.associations.emulator.control.Fault;
import io.github.associations.emulator.control.LoggedRequest;
import io.github.associations.emulator.internal.faults.FaultJson;
import io.github.associations.emulator.internal.http.EmulatorJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Drives an emulator that runs in another process (the standalone jar, a container)
 * through its admin API under {@code /__emulator/}, as {@link HubSpotEmulator}'s handle
 * drives one in this JVM: reset, seed records, inject faults, change rate limits, read
 * the request log and the stored associations. Blocking; for tests.
 *
 * @since 0.1.0
 */
public final class EmulatorAdminClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI adminUri;

    private final HttpClient http;

    private EmulatorAdminClient(String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.adminUri = URI.create(base + "/__emulator");
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    /**
     * A client for the emulator at the given base URL.
     * @param baseUrl the emulator's base URL, for example {@code http://localhost:8089}
     * @return the client
     * @throws IllegalArgumentException if {@code baseUrl} is blank or not an absolute
     * HTTP URL
     */
    public static EmulatorAdminClient of(String baseUrl) {
        if (baseUrl == null || !(baseUrl.startsWith("http://") || baseUrl.startsWith("https://"))) {
            throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL, but was " + baseUrl);
        }
        return new EmulatorAdminClient(baseUrl);
    }

    /**
     * Forget every association, label, limit, seeded record, request, fault and issued
     * token; rate-limit windows and the daily quota start afresh. Same as
     * {@link HubSpotEmulator#reset()}.
     */
    public void reset() {
        send("POST", "/reset", null);
    }

    /**
     * Seed a range of records, for an emulator run with strict records.
     * @param objectType the object type, for example {@code contacts}
     * @param firstId the first record id
     * @param count how many consecutive ids exist from {@code firstId}
     */
    public void seedRecordRange(String objectType, long firstId, int count) {
        send("POST", "/records/" + objectType, Map.of("firstId", firstId, "count", count));
    }

    /**
     * Make the next {@code times} requests to an endpoint fail with a fault.
     * @param endpoint one of the HubSpot endpoints the emulator serves
     * @param times how many requests in a row
     * @param fault what the request gets instead of, or on top of, its normal answer
     */
    public void injectNext(EmulatorEndpoint endpoint, int times, Fault fault) {
        send("POST", "/faults/next",
                Map.of("endpoint", endpoint.name(), "times", times, "fault", FaultJson.toJson(fault)));
    }

    /**
     * Make the next {@code times} requests, whatever their endpoint, fail with a fault.
     * @param times how many requests in a row
     * @param fault what the request gets instead of, or on top of, its normal answer
     */
    public void injectNext(int times, Fault fault) {
        send("POST", "/faults/next", Map.of("times", times, "fault", FaultJson.toJson(fault)));
    }

    /**
     * Remove every pending fault and switch status drift off.
     */
    public void clearFaults() {
        send("DELETE", "/faults", null);
    }

    /**
     * Enforce a rolling window of {@code maxRequests} per {@code interval} from now on.
     * @param maxRequests requests allowed per window
     * @param interval the window's length
     */
    public void rateLimitWindow(int maxRequests, Duration interval) {
        send("PUT", "/rate-limits",
                Map.of("enabled", true, "maxRequests", maxRequests, "intervalMillis", interval.toMillis()));
    }

    /**
     * Switch the rolling window on or off.
     * @param enabled whether requests are counted against the window
     */
    public void rateLimitWindowEnabled(boolean enabled) {
        send("PUT", "/rate-limits", Map.of("enabled", enabled));
    }

    /**
     * Every request logged for an endpoint, oldest first; bearer tokens are masked.
     * @param endpoint one of the HubSpot endpoints the emulator serves
     * @return the requests
     */
    public List<LoggedRequest> requests(EmulatorEndpoint endpoint) {
        JsonNode json = send("GET", "/requests?endpoint=" + endpoint.name(), null);
        List<LoggedRequest> requests = new ArrayList<>();
        for (JsonNode entry : json.path("results")) {
            requests.add(new LoggedRequest(entry.path("sequence").asLong(),
                    Instant.parse(entry.path("time").asString()), entry.path("method").asString(),
                    entry.path("path").asString(), text(entry.path("query")), endpoint,
                    apiVersion(entry.path("apiVersion")), entry.path("status").asInt(), text(entry.path("body")),
                    entry.path("fault").isObject() ? FaultJson.fromJson(entry.path("fault")) : null,
                    text(entry.path("bearerToken")), text(entry.path("userAgent"))));
        }
        return requests;
    }

    /**
     * How many requests reached an endpoint since the log was last cleared.
     * @param endpoint one of the HubSpot endpoints the emulator serves
     * @return the count
     */
    public long requestCount(EmulatorEndpoint endpoint) {
        return send("GET", "/requests/counts", null).path("endpoints").path(endpoint.id()).asLong();
    }

    /**
     * Clear the request log and its counts.
     */
    public void clearRequests() {
        send("DELETE", "/requests", null);
    }

    /**
     * The associations stored from one record to an object type.
     * @param fromObjectType the record's object type
     * @param fromObjectId the record's id
     * @param toObjectType the other object type
     * @return the associations with their types
     */
    public List<EmulatorState.Association> associations(String fromObjectType, String fromObjectId,
            String toObjectType) {
        JsonNode json = send("GET", "/associations/" + fromObjectType + "/" + fromObjectId + "/" + toObjectType, null);
        List<EmulatorState.Association> associations = new ArrayList<>();
        for (JsonNode entry : json.path("results")) {
            List<EmulatorState.AssociationType> types = new ArrayList<>();
            for (JsonNode type : entry.path("associationTypes")) {
                types.add(new EmulatorState.AssociationType(type.path("category").asString(),
                        type.path("typeId").asInt(), text(type.path("label"))));
            }
            associations.add(new EmulatorState.Association(entry.path("toObjectId").asString(), types));
        }
        return associations;
    }

    /**
     * How many token requests (v1 and dated token endpoints) the emulator answered.
     * @return the count
     */
    public long tokenRequestCount() {
        return send("GET", "/tokens", null).path("requestCount").asLong();
    }

    /**
     * Expire every access token issued so far.
     */
    public void expireAccessTokens() {
        send("POST", "/tokens/expire", null);
    }

    @Override
    public String toString() {
        return "EmulatorAdminClient[" + this.adminUri + "]";
    }

    private JsonNode send(String method, String path, @Nullable Map<String, ?> body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(this.adminUri + path))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .method(method,
                    (body != null)
                            ? HttpRequest.BodyPublishers
                                .ofByteArray(EmulatorJson.MAPPER.writeValueAsBytes(new LinkedHashMap<>(body)))
                            : HttpRequest.BodyPublishers.noBody())
            .build();
        try {
            HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("Emulator admin call " + method + " " + path + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body().isEmpty() ? EmulatorJson.MAPPER.createObjectNode()
                    : EmulatorJson.MAPPER.readTree(response.body());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Emulator admin call " + method + " " + path + " failed", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during emulator admin call " + method + " " + path, ex);
        }
    }

    private static @Nullable ApiVersion apiVersion(JsonNode node) {
        String value = text(node);
        return (value != null) ? ApiVersion.fromValue(value) : null;
    }

    private static @Nullable String text(JsonNode node) {
        return (node.isMissingNode() || node.isNull()) ? null : node.asString();
    }

}
