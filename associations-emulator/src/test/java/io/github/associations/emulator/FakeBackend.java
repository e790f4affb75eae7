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

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorState;
import io.github.associations.emulator.internal.endpoint.EmulatorBackend;
import io.github.associations.emulator.internal.endpoint.EndpointHandlers;
import io.github.associations.emulator.internal.http.EmulatorJson;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * A stand-in for the associations domain: records seeded into a set, canned responses
 * with HubSpot's success status per endpoint, and a count of handler invocations (to tell
 * processed requests from those stopped before).
 */
final class FakeBackend implements EndpointHandlers {

    static final String R1_BODY = "{\"results\":[]}";

    final FakeState state = new FakeState();

    private final AtomicLongArray invocations = new AtomicLongArray(EmulatorEndpoint.values().length);

    EmulatorBackend backend() {
        return new EmulatorBackend(this.state, this);
    }

    private final Set<EmulatorEndpoint> failing = ConcurrentHashMap.newKeySet();

    /** Make the next request to an endpoint fail inside its handler. */
    void failNext(EmulatorEndpoint endpoint) {
        this.failing.add(endpoint);
    }

    long invocations(EmulatorEndpoint endpoint) {
        return this.invocations.get(endpoint.ordinal());
    }

    @Override
    public HandlerFunction<ServerResponse> handler(EmulatorEndpoint endpoint) {
        return (request) -> {
            this.invocations.incrementAndGet(endpoint.ordinal());
            if (this.failing.remove(endpoint)) {
                return Mono.error(new IllegalStateException("Handler failure injected by the test"));
            }
            return switch (endpoint) {
                case RECORDS_LIST ->
                    ServerResponse.ok().contentType(EmulatorJson.JSON_UTF8).bodyValue(R1_BODY.getBytes());
                case RECORDS_ASSOCIATE, BATCH_CREATE, LIMITS_CREATE,
                        V3_BATCH_CREATE ->
                    request.bodyToMono(String.class)
                        .defaultIfEmpty("")
                        .flatMap((body) -> EmulatorJson.respond(HttpStatus.CREATED,
                                Map.of("status", "COMPLETE", "echo", body, "path", request.pathVariables())));
                case RECORDS_REMOVE, BATCH_ARCHIVE, BATCH_ARCHIVE_LABELS, LABELS_UPDATE, LABELS_DELETE, LIMITS_PURGE,
                        V3_BATCH_ARCHIVE ->
                    ServerResponse.noContent().build();
                default -> request.bodyToMono(String.class)
                    .defaultIfEmpty("")
                    .flatMap((body) -> EmulatorJson.respond(HttpStatus.OK,
                            Map.of("endpoint", endpoint.id(), "echo", body, "path", request.pathVariables())));
            };
        };
    }

    /** Records only; associations are canned. */
    static final class FakeState implements EmulatorState {

        final Set<String> records = ConcurrentHashMap.newKeySet();

        @Override
        public void seedRecords(String objectType, Collection<String> ids) {
            ids.forEach((id) -> this.records.add(objectType + "/" + id));
        }

        @Override
        public void seedRecordRange(String objectType, long firstId, int count) {
            for (long id = firstId; id < firstId + count; id++) {
                this.records.add(objectType + "/" + id);
            }
        }

        @Override
        public boolean recordExists(String objectType, String id) {
            return this.records.contains(objectType + "/" + id);
        }

        @Override
        public List<Association> associations(String fromObjectType, String fromObjectId, String toObjectType) {
            List<Association> associations = new ArrayList<>();
            if (recordExists(fromObjectType, fromObjectId)) {
                associations.add(new Association("77", List.of(new AssociationType("HUBSPOT_DEFINED", 279, null),
                        new AssociationType("HUBSPOT_DEFINED", 1, "Primary"))));
            }
            return associations;
        }

        @Override
        public long associationCount(String objectType, String otherObjectType) {
            return 0;
        }

        @Override
        public List<AssociationType> labels(String fromObjectType, String toObjectType) {
            return List.of();
        }

        @Override
        public OptionalInt limit(String fromObjectType, String toObjectType, String category, int typeId) {
            return OptionalInt.empty();
        }

        @Override
        public void addSyntheticAssociations(String fromObjectType, String fromObjectId, String toObjectType,
                long count) {
        }

        @Override
        public void reset() {
            this.records.clear();
        }

    }

}
