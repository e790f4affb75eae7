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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.associations.emulator.internal.endpoint.ResponseBodies.ObjectId;
import io.github.associations.emulator.internal.endpoint.ResponseBodies.Results;
import io.github.associations.emulator.internal.http.ApiException;
import io.github.associations.emulator.internal.http.EmulatorJson;
import io.github.associations.emulator.internal.store.ApiSettings;
import io.github.associations.emulator.internal.store.AssociationDefinition;
import io.github.associations.emulator.internal.store.AssociationPage;
import io.github.associations.emulator.internal.store.AssociationPage.Entry;
import io.github.associations.emulator.internal.store.AssociationStore;
import io.github.associations.emulator.internal.store.ObjectType;
import io.github.associations.emulator.internal.store.RecordRef;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The v3 associations endpoints: types, batch create, read and archive. v3 names types
 * ({@code contact_to_company}) rather than giving category and id.
 */
final class V3Handlers {

    private final AssociationStore store;

    private final ApiSettings settings;

    V3Handlers(AssociationStore store, ApiSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /**
     * The pair's types as {@code {"id":"279","name":"contact_to_company_unlabeled"}}, by
     * id.
     */
    Mono<ServerResponse> types(ServerRequest request) {
        ObjectType from = Requests.objectType(request, "fromObjectType");
        ObjectType to = Requests.objectType(request, "toObjectType");
        List<V3Type> types = this.store.definitions(from, to)
            .stream()
            .map((type) -> new V3Type(Integer.toString(type.typeId()), type.name()))
            .toList();
        return EmulatorJson.respond(HttpStatus.OK, new Results(types));
    }

    /**
     * Batch create: add the named type (and the unlabeled one) per input; 201, or 207
     * with per-input errors.
     */
    Mono<ServerResponse> create(ServerRequest request, byte[] body) {
        ObjectType from = Requests.objectType(request, "fromObjectType");
        ObjectType to = Requests.objectType(request, "toObjectType");
        List<TypedInput> inputs = typedInputs(body, this.settings.maxBatchCreateInputs());
        BatchOutcome outcome = new BatchOutcome(this.settings.clock());
        this.store.write(() -> {
            for (TypedInput input : inputs) {
                try {
                    long fromId = Requests.recordId(input.fromId(), "from.id");
                    long toId = Requests.recordId(input.toId(), "to.id");
                    AssociationDefinition type = this.store.addType(from, fromId, to, toId, input.type());
                    outcome.result(new V3Association(ObjectId.of(fromId), ObjectId.of(toId), type.name()));
                }
                catch (ApiException ex) {
                    outcome.error(ex.namingInput(input.fromId(), input.toId()));
                }
            }
            return null;
        });
        return outcome.respond(HttpStatus.CREATED, HttpStatus.MULTI_STATUS);
    }

    /**
     * Batch read: every association per input, one {@code to} entry per record and type,
     * no paging ({@code after} is ignored, as HubSpot's maintainers describe). Towards
     * companies only records carrying the primary type are listed, as HubSpot's v3 guide
     * says. Inputs without associations are 207 errors as in the v4 batch read.
     */
    Mono<ServerResponse> read(ServerRequest request, byte[] body) {
        ObjectType from = Requests.objectType(request, "fromObjectType");
        ObjectType to = Requests.objectType(request, "toObjectType");
        List<JsonNode> inputs = Requests.inputs(body, this.settings.maxBatchReadInputs());
        List<String> ids = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            ids.add(Requests.inputId(inputs.get(i), i));
        }
        AssociationDefinition primary = ObjectType.COMPANY_ID.equals(to.id()) ? primaryType(from, to) : null;
        BatchOutcome outcome = new BatchOutcome(this.settings.clock());
        this.store.read(() -> {
            for (String rawId : ids) {
                try {
                    outcome.result(readOne(from, to, rawId, primary));
                }
                catch (ApiException ex) {
                    outcome.error(ex);
                }
            }
            return null;
        });
        return outcome.respond(HttpStatus.OK, HttpStatus.MULTI_STATUS);
    }

    private @Nullable AssociationDefinition primaryType(ObjectType from, ObjectType to) {
        return this.store.definitions(from, to)
            .stream()
            .filter(AssociationDefinition::isPrimary)
            .findFirst()
            .orElse(null);
    }

    private Map<String, Object> readOne(ObjectType from, ObjectType to, String rawId,
            @Nullable AssociationDefinition primary) {
        long id;
        try {
            id = Requests.recordId(rawId, "id");
        }
        catch (ApiException ex) {
            ex.body().context("fromObjectId", rawId);
            throw ex;
        }
        AssociationPage page = this.store.page(from, id, to, 0, Integer.MAX_VALUE);
        List<V3Target> targets = new ArrayList<>();
        for (Entry entry : page.entries()) {
            if (primary != null && !entry.types().contains(primary)) {
                continue;
            }
            String toId = Long.toString(entry.toObjectId());
            entry.types().forEach((type) -> targets.add(new V3Target(toId, type.name())));
        }
        if (targets.isEmpty()) {
            throw BatchHandlers.noAssociations(from, rawId, to);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("from", ObjectId.of(id));
        result.put("to", targets);
        return result;
    }

    /**
     * Batch archive: remove the named type per input (the unlabeled type removes
     * everything); 204. Unknown types or records fail the whole request.
     */
    Mono<ServerResponse> archive(ServerRequest request, byte[] body) {
        ObjectType from = Requests.objectType(request, "fromObjectType");
        ObjectType to = Requests.objectType(request, "toObjectType");
        List<TypedInput> inputs = typedInputs(body, this.settings.maxOtherBatchInputs());
        List<long[]> pairs = new ArrayList<>();
        for (TypedInput input : inputs) {
            pairs.add(new long[] { Requests.recordId(input.fromId(), "from.id"),
                    Requests.recordId(input.toId(), "to.id") });
        }
        this.store.write(() -> {
            List<AssociationDefinition> types = inputs.stream()
                .map((input) -> this.store.requireV3Type(from, to, input.type()))
                .toList();
            List<RecordRef> records = new ArrayList<>();
            pairs.forEach((pair) -> {
                records.add(new RecordRef(from, pair[0]));
                records.add(new RecordRef(to, pair[1]));
            });
            this.store.requireRecords(records.stream().distinct().toList());
            for (int i = 0; i < pairs.size(); i++) {
                this.store.removeTypes(from, pairs.get(i)[0], to, pairs.get(i)[1], List.of(types.get(i)));
            }
            return null;
        });
        return ServerResponse.noContent().build();
    }

    private static List<TypedInput> typedInputs(byte[] body, int max) {
        List<JsonNode> inputs = Requests.inputs(body, max);
        List<TypedInput> parsed = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            JsonNode input = inputs.get(i);
            parsed.add(new TypedInput(Requests.objectId(input, "from", i), Requests.objectId(input, "to", i),
                    Requests.requiredText(input, "type")));
        }
        return parsed;
    }

    /**
     * {@code PublicAssociationDefinition}.
     *
     * @param id the type id as a string
     * @param name the type name
     */
    record V3Type(String id, String name) {
    }

    /**
     * v3 create result.
     *
     * @param from the from record
     * @param to the to record
     * @param type the type name
     */
    record V3Association(ObjectId from, ObjectId to, String type) {
    }

    /**
     * One {@code to} entry of a v3 read result.
     *
     * @param id the associated record id
     * @param type the type name
     */
    record V3Target(String id, String type) {
    }

    /**
     * A v3 create / archive input.
     *
     * @param fromId the from id as sent
     * @param toId the to id as sent
     * @param type the type name or id
     */
    private record TypedInput(String fromId, String toId, String type) {
    }

}
