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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.associations.emulator.control.ApiVersion;
import io.github.associations.emulator.internal.endpoint.ResponseBodies.AssociatedRecord;
import io.github.associations.emulator.internal.endpoint.ResponseBodies.DefaultAssociation;
import io.github.associations.emulator.internal.endpoint.ResponseBodies.LabelsBetweenObjectPair;
import io.github.associations.emulator.internal.endpoint.ResponseBodies.ObjectId;
import io.github.associations.emulator.internal.http.ApiException;
import io.github.associations.emulator.internal.http.ErrorBody;
import io.github.associations.emulator.internal.store.ApiSettings;
import io.github.associations.emulator.internal.store.AssociationDefinition;
import io.github.associations.emulator.internal.store.AssociationPage;
import io.github.associations.emulator.internal.store.AssociationStore;
import io.github.associations.emulator.internal.store.ObjectType;
import io.github.associations.emulator.internal.store.RecordRef;
import io.github.associations.emulator.internal.store.TypeSpec;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Batch endpoints ({@code /crm/v4/associations/{from}/{to}/batch/...} and their dated
 * successors {@code /crm/associations/{version}/{from}/{to}/batch/...}): read, create,
 * associate default, archive, archive labels. A malformed body fails the whole request
 * with 400; per-input problems of read, create and associate default become entries of
 * {@code errors[]}. Each batch runs under one lock, so it is applied atomically and
 * inputs see the effect of earlier ones.
 */
final class BatchHandlers {

    private final AssociationStore store;

    private final ApiSettings settings;

    BatchHandlers(AssociationStore store, ApiSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /**
     * Batch read: a page of associations per input, each with its own cursor; inputs
     * without associations are per-input errors (207, 200 in 2026-09).
     */
    Mono<ServerResponse> read(ServerRequest request, byte[] body, ApiVersion version) {
        ObjectType from = Requests.objectType(request, "fromObjectType");
        ObjectType to = Requests.objectType(request, "toObjectType");
        List<JsonNode> inputs = Requests.inputs(body, this.settings.maxBatchReadInputs());
        List<String> ids = new ArrayList<>(inputs.size());
        List<String> cursors = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            ids.add(Requests.inputId(inputs.get(i), i));
            String after = Requests.text(inputs.get(i), "after", false);
            cursors.add((after != null) ? after : "");
        }
        int limit = this.settings.maxPageSize();
        BatchOutcome outcome = new BatchOutcome(this.settings.clock());
        this.store.read(() -> {
            for (int i = 0; i < ids.size(); i++) {
                try {
                    outcome.result(readOne(request, from, to, ids.get(i), cursors.get(i), limit, version));
                }
                catch (ApiException ex) {
                    outcome.error(ex);
                }
            }
            return null;
        });
        return outcome.respond(HttpStatus.OK, VersionedAnswers.withErrors(version));
    }

    private Map<String, Object> readOne(ServerRequest request, ObjectType from, ObjectType to, String rawId,
            String cursor, int limit, ApiVersion version) {
        long id;
        long afterId;
        try {
            id = Requests.recordId(rawId, "id");
            afterId = cursor.isEmpty() ? 0 : PagingCursor.decode(cursor, to.id());
        }
        catch (ApiException ex) {
            ex.body().context("fromObjectId", rawId);
            throw ex;
        }
        AssociationPage page = this.store.page(from, id, to, afterId, limit);
        if (page.entries().isEmpty()) {
            throw noAssociations(from, rawId, to);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("from", new ObjectId(Long.toString(id)));
        boolean withObjectTypeIds = VersionedAnswers.labelsWithObjectTypeIds(version, false);
        result.put("to",
                page.entries().stream().map((entry) -> AssociatedRecord.of(entry, withObjectTypeIds)).toList());
        if (page.hasMore()) {
            result.put("paging", ResponseBodies.paging(request, from, id, to, page.lastId(), limit, version));
        }
        return result;
    }

    /**
     * The per-input error for a record with no associations to the listed type (as
     * observed on HubSpot's batch read).
     */
    static ApiException noAssociations(ObjectType from, String fromId, ObjectType to) {
        String message = "No " + to.name() + " is associated with " + from.name() + " " + fromId + ".";
        ErrorBody body = ErrorBody.of("OBJECT_NOT_FOUND", message)
            .subCategory("crm.associations.NO_ASSOCIATIONS_FOUND")
            .context("fromObjectId", fromId)
            .context("fromObjectType", from.name())
            .context("toObjectType", to.name());
        return new ApiException(HttpStatus.NOT_FOUND, body, message);
    }

    /**
     * Batch create: per input, the types replace the pair's labelled types; 201, or 207
     * with per-input errors (200 either way in 2026-09).
     */
    Mono<ServerResponse> create(ServerRequest request, byte[] body, ApiVersion version) {
        ObjectType from = Requests.objectType(request, "fromObjectType");
        ObjectType to = Requests.objectType(request, "toObjectType");
        List<LabelledInput> inputs = labelledInputs(body, this.settings.maxBatchCreateInputs());
        BatchOutcome outcome = new BatchOutcome(this.settings.clock());
        this.store.write(() -> {
            for (LabelledInput input : inputs) {
                try {
                    long fromId = Requests.recordId(input.fromId(), "from.id");
                    long toId = Requests.recordId(input.toId(), "to.id");
                    if (input.types().isEmpty()) {
                        throw ApiException.validation("At least one association type is required", "types");
                    }
                    List<String> labels = this.store.replaceLabels(from, fromId, to, toId, input.types());
                    outcome.result(new LabelsBetweenObjectPair(from.id(), fromId, to.id(), toId, labels));
                }
                catch (ApiException ex) {
                    outcome.error(ex.namingInput(input.fromId(), input.toId()));
                }
            }
            return null;
        });
        return outcome.respond(VersionedAnswers.created(version), VersionedAnswers.withErrors(version));
    }

    /**
     * Batch associate default: per input, add the unlabeled type; 200 with both
     * directions per input and per-input errors in {@code errors} (HubSpot declares no
     * 207 here).
     */
    Mono<ServerResponse> associateDefault(ServerRequest request, byte[] body) {
        ObjectType from = Requests.objectType(request, "fromObjectType");
        ObjectType to = Requests.objectType(request, "toObjectType");
        List<JsonNode> inputs = Requests.inputs(body, this.settings.maxOtherBatchInputs());
        List<String[]> pairs = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            pairs.add(new String[] { Requests.objectId(inputs.get(i), "from", i),
                    Requests.objectId(inputs.get(i), "to", i) });
        }
        BatchOutcome outcome = new BatchOutcome(this.settings.clock());
        this.store.write(() -> {
            for (String[] pair : pairs) {
                try {
                    long fromId = Requests.recordId(pair[0], "from.id");
                    long toId = Requests.recordId(pair[1], "to.id");
                    AssociationDefinition unlabeled = this.store.associateDefault(from, fromId, to, toId);
                    DefaultAssociation.bothDirections(fromId, toId, unlabeled).forEach(outcome::result);
                }
                catch (ApiException ex) {
                    outcome.error(ex.namingInput(pair[0], pair[1]));
                }
            }
            return null;
        });
        return outcome.respond(HttpStatus.OK, HttpStatus.OK);
    }

    /**
     * Batch archive: remove everything between each pair ({@code to} is an array). v4
     * answers 204, and unknown records (strict mode) fail the whole request, as it has no
     * per-input error channel; the dated versions answer 200 with a batch body, an empty
     * result per input done and an error per input that failed.
     */
    Mono<ServerResponse> archive(ServerRequest request, byte[] body, ApiVersion version) {
        ObjectType from = Requests.objectType(request, "fromObjectType");
        ObjectType to = Requests.objectType(request, "toObjectType");
        List<JsonNode> inputs = Requests.inputs(body, this.settings.maxOtherBatchInputs());
        List<List<long[]>> pairsPerInput = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            long fromId = Requests.recordId(Requests.objectId(inputs.get(i), "from", i), "from.id");
            JsonNode targets = inputs.get(i).get("to");
            if (targets == null || !targets.isArray()) {
                throw ApiException.validation("Invalid input JSON: inputs[" + i + "].to must be an array", "to");
            }
            List<long[]> pairs = new ArrayList<>();
            for (int j = 0; j < targets.size(); j++) {
                JsonNode target = targets.get(j);
                if (!target.isObject()) {
                    throw ApiException.validation("Invalid input JSON: inputs[" + i + "].to[" + j + "].id is required",
                            "to");
                }
                pairs.add(new long[] { fromId, Requests.recordId(Requests.inputId(target, i), "to.id") });
            }
            pairsPerInput.add(pairs);
        }
        if (VersionedAnswers.voidBatchBody(version)) {
            BatchOutcome outcome = new BatchOutcome(this.settings.clock());
            this.store.write(() -> {
                for (List<long[]> pairs : pairsPerInput) {
                    try {
                        this.store.requireRecords(records(from, to, pairs));
                        pairs.forEach((pair) -> this.store.removeAll(from, pair[0], to, pair[1]));
                        outcome.voidResult();
                    }
                    catch (ApiException ex) {
                        outcome.error(namingPairs(ex, pairs));
                    }
                }
                return null;
            });
            return outcome.respondVoid();
        }
        List<long[]> pairs = pairsPerInput.stream().flatMap(List::stream).toList();
        this.store.write(() -> {
            this.store.requireRecords(records(from, to, pairs));
            pairs.forEach((pair) -> this.store.removeAll(from, pair[0], to, pair[1]));
            return null;
        });
        return ServerResponse.noContent().build();
    }

    /**
     * Batch labels archive: remove the named types from each pair; removing the unlabeled
     * type removes everything. v4 answers 204 and fails the whole request for an unknown
     * type or record; the dated versions answer 200 with a batch body and an error per
     * input that failed.
     */
    Mono<ServerResponse> archiveLabels(ServerRequest request, byte[] body, ApiVersion version) {
        ObjectType from = Requests.objectType(request, "fromObjectType");
        ObjectType to = Requests.objectType(request, "toObjectType");
        List<LabelledInput> inputs = labelledInputs(body, this.settings.maxOtherBatchInputs());
        List<long[]> pairs = new ArrayList<>();
        for (LabelledInput input : inputs) {
            pairs.add(new long[] { Requests.recordId(input.fromId(), "from.id"),
                    Requests.recordId(input.toId(), "to.id") });
        }
        if (VersionedAnswers.voidBatchBody(version)) {
            BatchOutcome outcome = new BatchOutcome(this.settings.clock());
            this.store.write(() -> {
                for (int i = 0; i < pairs.size(); i++) {
                    long[] pair = pairs.get(i);
                    try {
                        List<AssociationDefinition> removed = inputs.get(i)
                            .types()
                            .stream()
                            .map((spec) -> this.store.requireType(from, to, spec))
                            .toList();
                        this.store.requireRecords(records(from, to, List.of(pair)));
                        this.store.removeTypes(from, pair[0], to, pair[1], removed);
                        outcome.voidResult();
                    }
                    catch (ApiException ex) {
                        outcome.error(ex.namingInput(inputs.get(i).fromId(), inputs.get(i).toId()));
                    }
                }
                return null;
            });
            return outcome.respondVoid();
        }
        this.store.write(() -> {
            List<List<AssociationDefinition>> removed = new ArrayList<>();
            for (LabelledInput input : inputs) {
                removed.add(input.types().stream().map((spec) -> this.store.requireType(from, to, spec)).toList());
            }
            this.store.requireRecords(records(from, to, pairs));
            for (int i = 0; i < pairs.size(); i++) {
                this.store.removeTypes(from, pairs.get(i)[0], to, pairs.get(i)[1], removed.get(i));
            }
            return null;
        });
        return ServerResponse.noContent().build();
    }

    private static ApiException namingPairs(ApiException error, List<long[]> pairs) {
        if (!pairs.isEmpty()) {
            error.body().context("fromObjectId", Long.toString(pairs.get(0)[0]));
            pairs.forEach((pair) -> error.body().context("toObjectId", Long.toString(pair[1])));
        }
        return error;
    }

    private static List<RecordRef> records(ObjectType from, ObjectType to, List<long[]> pairs) {
        Set<RecordRef> records = new LinkedHashSet<>();
        for (long[] pair : pairs) {
            records.add(new RecordRef(from, pair[0]));
            records.add(new RecordRef(to, pair[1]));
        }
        return List.copyOf(records);
    }

    private static List<LabelledInput> labelledInputs(byte[] body, int max) {
        List<JsonNode> inputs = Requests.inputs(body, max);
        List<LabelledInput> parsed = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            JsonNode input = inputs.get(i);
            JsonNode types = input.get("types");
            if (types == null || !types.isArray()) {
                throw ApiException.validation("Invalid input JSON: inputs[" + i + "].types must be an array", "types");
            }
            parsed.add(new LabelledInput(Requests.objectId(input, "from", i), Requests.objectId(input, "to", i),
                    Requests.typeSpecs(types)));
        }
        return parsed;
    }

    /**
     * A batch create or labels archive input:
     * {@code {"from":{"id"},"to":{"id"},"types":[AssociationSpec]}}.
     *
     * @param fromId the from id as sent
     * @param toId the to id as sent
     * @param types the association types to set between the pair
     */
    private record LabelledInput(String fromId, String toId, List<TypeSpec> types) {
    }

}
