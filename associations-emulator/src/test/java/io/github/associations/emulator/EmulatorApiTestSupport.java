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

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import io.github.associations.emulator.control.EmulatorFaults;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.emulator.control.EmulatorState;
import io.github.associations.emulator.control.RequestLog;
import io.github.associations.emulator.internal.endpoint.EmulatorBackend;
import io.github.associations.emulator.internal.http.EmulatorJson;
import io.github.associations.emulator.internal.store.ApiSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Base class of the emulator's HTTP-level tests: a {@link WebTestClient} talking to the
 * emulated HubSpot endpoints and the {@link EmulatorState} behind them, fresh for every
 * test. The one place that decides how the emulator is hosted (the real in-process server
 * on a free port).
 */
public abstract class EmulatorApiTestSupport {

    /** The fixed time of batch responses. */
    protected static final Instant NOW = Instant.parse("2024-10-21T20:22:42.152Z");

    private HubSpotEmulator emulator;

    private WebTestClient client;

    @BeforeEach
    void startEmulator() {
        useSettings(settings(false));
    }

    @AfterEach
    void stopEmulator() {
        if (this.emulator != null) {
            this.emulator.close();
        }
    }

    /**
     * HubSpot's documented limits with a fixed clock.
     * @param strictRecords whether only seeded records exist
     * @return the settings
     */
    protected static ApiSettings settings(boolean strictRecords) {
        return ApiSettings.defaults(strictRecords, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /**
     * Restart the emulator, empty, with other settings: the real in-process server
     * (authentication on, rate limits off so that they cannot interfere with behaviour
     * under test), serving the given settings.
     * @param settings the settings
     */
    protected void useSettings(ApiSettings settings) {
        stopEmulator();
        EmulatorOptions options = EmulatorOptions.builder().noRateLimit().noDailyLimit().build();
        this.emulator = HubSpotEmulator.start(options, EmulatorBackend.create(settings));
        this.client = WebTestClient.bindToServer()
            .baseUrl(this.emulator.baseUrl())
            .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + this.emulator.privateAppToken())
            .codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
            .build();
    }

    protected WebTestClient client() {
        return this.client;
    }

    protected EmulatorState state() {
        return this.emulator.state();
    }

    protected RequestLog requests() {
        return this.emulator.requests();
    }

    protected EmulatorFaults faults() {
        return this.emulator.faults();
    }

    // ---------------------------------------------------------------- requests

    /**
     * A status and a parsed JSON body ({@link MissingNode} when there is none).
     *
     * @param status the HTTP status
     * @param body the body
     */
    protected record Reply(int status, JsonNode body) {

        /** The body as compact JSON, for failure messages and string assertions. */
        @Override
        public String toString() {
            return this.status + " " + this.body;
        }

    }

    protected Reply get(String uri, Object... variables) {
        return exchange(HttpMethod.GET, uri, null, variables);
    }

    protected Reply postJson(String uri, String json, Object... variables) {
        return exchange(HttpMethod.POST, uri, json, variables);
    }

    protected Reply post(String uri, Object... variables) {
        return exchange(HttpMethod.POST, uri, null, variables);
    }

    protected Reply putJson(String uri, String json, Object... variables) {
        return exchange(HttpMethod.PUT, uri, json, variables);
    }

    protected Reply put(String uri, Object... variables) {
        return exchange(HttpMethod.PUT, uri, null, variables);
    }

    protected Reply delete(String uri, Object... variables) {
        return exchange(HttpMethod.DELETE, uri, null, variables);
    }

    private Reply exchange(HttpMethod method, String uri, String json, Object... variables) {
        WebTestClient.RequestBodySpec spec = this.client.method(method).uri(uri, variables);
        WebTestClient.RequestHeadersSpec<?> request = (json != null)
                ? spec.contentType(MediaType.APPLICATION_JSON).bodyValue(json) : spec;
        EntityExchangeResult<byte[]> result = request.exchange().expectBody().returnResult();
        byte[] body = result.getResponseBody();
        JsonNode parsed = (body == null || body.length == 0) ? MissingNode.getInstance()
                : EmulatorJson.MAPPER.readTree(body);
        return new Reply(result.getStatus().value(), parsed);
    }

    /**
     * Serialize test input to JSON.
     * @param value maps and lists
     * @return the JSON
     */
    protected static String json(Object value) {
        return EmulatorJson.MAPPER.writeValueAsString(value);
    }

    /**
     * A B2 body associating {@code fromId} with each of {@code toIds} by one type.
     * @param fromId the from record
     * @param category the type's category
     * @param typeId the type id
     * @param toIds the to records
     * @return the JSON body
     */
    protected static String batchCreate(long fromId, String category, int typeId, long... toIds) {
        List<Object> inputs = new ArrayList<>();
        for (long toId : toIds) {
            inputs.add(Map.of("from", Map.of("id", Long.toString(fromId)), "to", Map.of("id", Long.toString(toId)),
                    "types", List.of(Map.of("associationCategory", category, "associationTypeId", typeId))));
        }
        return json(Map.of("inputs", inputs));
    }

    /**
     * Ids {@code first..last}.
     * @param first the first id
     * @param last the last id, included
     * @return the ids
     */
    protected static long[] ids(long first, long last) {
        return LongStream.rangeClosed(first, last).toArray();
    }

}
