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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.associations.emulator.control.ApiVersion;
import io.github.associations.emulator.internal.endpoint.ResponseBodies.AssociatedRecord;
import io.github.associations.emulator.internal.endpoint.ResponseBodies.DefaultAssociation;
import io.github.associations.emulator.internal.endpoint.ResponseBodies.LabelsBetweenObjectPair;
import io.github.associations.emulator.internal.http.ApiException;
import io.github.associations.emulator.internal.http.EmulatorJson;
import io.github.associations.emulator.internal.store.ApiSettings;
import io.github.associations.emulator.internal.store.AssociationDefinition;
import io.github.associations.emulator.internal.store.AssociationPage;
import io.github.associations.emulator.internal.store.AssociationPage.Entry;
import io.github.associations.emulator.internal.store.AssociationStore;
import io.github.associations.emulator.internal.store.ObjectType;
import io.github.associations.emulator.internal.store.RecordRef;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Record-level endpoints ({@code /crm/v4/objects/...}): list, associate with labels,
 * associate default, remove.
 */
final class RecordHandlers {

    private final AssociationStore store;

    private final ApiSettings settings;

    RecordHandlers(AssociationStore store, ApiSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /**
     * List: one page of a record's associations. An unknown from record lists nothing
     * (UNCERTAIN: HubSpot may answer differently for a record that does not exist).
     */
    Mono<ServerResponse> list(ServerRequest request, ApiVersion version) {
        ObjectType from = Requests.objectType(request, "objectType");
        long fromId = Requests.recordId(request.pathVariable("objectId"), "objectId");
        ObjectType to = Requests.objectType(request, "toObjectType");
        int limit = pageSize(request);
        String after = request.queryParam("after").orElse("");
        long afterId = after.isEmpty() ? 0 : PagingCursor.decode(after, to.id());
        AssociationPage page = this.store.page(from, fromId, to, afterId, limit);
        List<Entry> entries = page.entries();
        boolean withObjectTypeIds = VersionedAnswers.labelsWithObjectTypeIds(version, true);
        AssociatedRecord[] results = new AssociatedRecord[entries.size()];
        for (int i = 0; i < results.length; i++) {
            results[i] = AssociatedRecord.of(entries.get(i), withObjectTypeIds);
        }
        Map<String, Object> body = new LinkedHashMap<>(4);
        body.put("results", results);
        if (page.hasMore()) {
            body.put("paging", ResponseBodies.paging(request, from, fromId, to, page.lastId(), limit, version));
        }
        return EmulatorJson.respond(HttpStatus.OK, body);
    }

    private int pageSize(ServerRequest request) {
        String value = request.queryParam("limit").orElse("");
        int max = this.settings.maxPageSize();
        if (value.isEmpty()) {
            return max;
        }
        if (!AssociationStore.isDigits(value) || value.length() > 9 || Integer.parseInt(value) < 1) {
            throw ApiException.validation("limit must be an integer between 1 and " + max + ", got " + value, "limit");
        }
        int limit = Integer.parseInt(value);
        if (limit > max) {
            if (this.settings.clampPageSize()) {
                return max;
            }
            // UNCERTAIN: HubSpot documents "Limit 500 per call" but not whether more is
            // rejected or clamped.
            throw ApiException.validation("limit must be an integer between 1 and " + max + ", got " + value, "limit");
        }
        return limit;
    }

    /**
     * Associate with labels: the body's types replace the pair's labelled types; 201 with
     * the labels between the pair.
     */
    Mono<ServerResponse> associate(ServerRequest request, byte[] body) {
        ObjectType from = Requests.objectType(request, "objectType");
        long fromId = Requests.recordId(request.pathVariable("objectId"), "objectId");
        ObjectType to = Requests.objectType(request, "toObjectType");
        long toId = Requests.recordId(request.pathVariable("toObjectId"), "toObjectId");
        JsonNode json = Requests.json(body);
        if (!json.isArray()) {
            throw Requests.wrongShape("java.util.HashSet<com.hubspot.crm.associations.v4.core.AssociationSpec>", json);
        }
        if (json.isEmpty()) {
            // UNCERTAIN: wording.
            throw ApiException.validation("At least one association type is required");
        }
        List<String> labels = this.store.replaceLabels(from, fromId, to, toId, Requests.typeSpecs(json));
        return EmulatorJson.respond(HttpStatus.CREATED,
                new LabelsBetweenObjectPair(from.id(), fromId, to.id(), toId, labels));
    }

    /**
     * Associate default: add the unlabeled type; 200 with both directions.
     */
    Mono<ServerResponse> associateDefault(ServerRequest request) {
        BatchOutcome outcome = new BatchOutcome(this.settings.clock());
        ObjectType from = Requests.objectType(request, "fromObjectType");
        long fromId = Requests.recordId(request.pathVariable("fromObjectId"), "fromObjectId");
        ObjectType to = Requests.objectType(request, "toObjectType");
        long toId = Requests.recordId(request.pathVariable("toObjectId"), "toObjectId");
        AssociationDefinition unlabeled = this.store.associateDefault(from, fromId, to, toId);
        DefaultAssociation.bothDirections(fromId, toId, unlabeled).forEach(outcome::result);
        return outcome.respond(HttpStatus.OK, HttpStatus.OK);
    }

    /**
     * Remove: remove everything between two records; 204 whether or not anything existed.
     */
    Mono<ServerResponse> remove(ServerRequest request) {
        ObjectType from = Requests.objectType(request, "objectType");
        long fromId = Requests.recordId(request.pathVariable("objectId"), "objectId");
        ObjectType to = Requests.objectType(request, "toObjectType");
        long toId = Requests.recordId(request.pathVariable("toObjectId"), "toObjectId");
        this.store.write(() -> {
            this.store.requireRecords(List.of(new RecordRef(from, fromId), new RecordRef(to, toId)));
            this.store.removeAll(from, fromId, to, toId);
            return null;
        });
        return ServerResponse.noContent().build();
    }

}
