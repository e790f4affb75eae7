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

package io.github.associations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.associations.check.Arguments;
import io.github.associations.client.AssociationsSettings;
import io.github.associations.internal.HubSpotExchange;
import io.github.associations.internal.HubSpotRequest;
import io.github.associations.internal.Observed;
import io.github.associations.internal.json.JsonCodec;
import io.github.associations.internal.json.ResponseReader;
import io.github.associations.internal.json.Wire;
import io.github.associations.model.AssociatedRecord;
import io.github.associations.model.AssociationPage;
import io.github.associations.model.AssociationSpec;
import io.github.associations.model.DefaultAssociation;
import io.github.associations.model.LabelsBetweenRecords;
import io.github.associations.model.Operation;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link RecordAssociationOperations} over the {@link HubSpotExchange}.
 */
final class DefaultRecordAssociationOperations implements RecordAssociationOperations {

    private static final AssociationPage EMPTY_PAGE = new AssociationPage(List.of(), null);

    private final HubSpotExchange exchange;

    private final Observed observed;

    private final int pageSize;

    private final ResponseReader<AssociationPage> pageReader;

    private final ResponseReader<LabelsBetweenRecords> labelsReader;

    private final ResponseReader<Wire.BatchResponse<Wire.DefaultAssociationResult>> defaultReader;

    DefaultRecordAssociationOperations(HubSpotExchange exchange, Observed observed, AssociationsSettings settings) {
        this.exchange = exchange;
        this.observed = observed;
        this.pageSize = settings.pageSize();
        JsonCodec json = exchange.json();
        this.pageReader = json.reader(json.type(AssociationPage.class));
        this.labelsReader = json.reader(json.type(LabelsBetweenRecords.class));
        this.defaultReader = json.reader(json.type(Wire.BatchResponse.class, Wire.DefaultAssociationResult.class));
    }

    @Override
    public Flux<AssociatedRecord> list(String objectType, String objectId, String toObjectType) {
        Map<String, Object> record = record(objectType, objectId, toObjectType);
        // Pages are fetched on demand: concatMap without prefetch asks expand for the
        // next page only once the
        // subscriber has taken every result of the current one. A cursor HubSpot repeats
        // ends the stream rather than
        // loop forever.
        return this.observed.flux(Operation.RECORDS_LIST,
                page(record, this.pageSize, null).map((page) -> new Fetched(null, page)).expand((fetched) -> {
                    String next = fetched.page().nextAfter();
                    return (next != null && !next.equals(fetched.after()))
                            ? page(record, this.pageSize, next).map((page) -> new Fetched(next, page)) : Mono.empty();
                }).concatMap((fetched) -> Flux.fromIterable(fetched.page().results()), 0));
    }

    @Override
    public Mono<AssociationPage> listPage(String objectType, String objectId, String toObjectType, int limit,
            @Nullable String after) {
        Map<String, Object> record = record(objectType, objectId, toObjectType);
        Arguments.between1And("limit", limit, AssociationsSettings.MAX_PAGE_SIZE);
        if (after != null) {
            Arguments.notBlank("after", after);
        }
        return this.observed.mono(Operation.RECORDS_LIST, page(record, limit, after));
    }

    private Mono<AssociationPage> page(Map<String, Object> record, int limit, @Nullable String after) {
        Map<String, Object> variables = new LinkedHashMap<>(record);
        variables.put("limit", limit);
        String template = Operation.RECORDS_LIST.uriTemplate() + "?limit={limit}";
        if (after != null) {
            variables.put("after", after);
            template += "&after={after}";
        }
        HubSpotRequest request = HubSpotRequest.of(Operation.RECORDS_LIST, template, variables);
        return this.exchange.exchange(request, this.pageReader).defaultIfEmpty(EMPTY_PAGE);
    }

    @Override
    public Mono<LabelsBetweenRecords> associate(String objectType, String objectId, String toObjectType,
            String toObjectId, List<AssociationSpec> types) {
        Map<String, Object> pair = pair(objectType, objectId, toObjectType, toObjectId);
        List<AssociationSpec> specs = Arguments.specs("types", types);
        HubSpotRequest request = HubSpotRequest
            .of(Operation.RECORDS_ASSOCIATE, Operation.RECORDS_ASSOCIATE.uriTemplate(), pair)
            .withBody(specs);
        return this.observed.mono(Operation.RECORDS_ASSOCIATE, this.exchange.exchange(request, this.labelsReader));
    }

    @Override
    public Mono<List<DefaultAssociation>> associateDefault(String fromObjectType, String fromObjectId,
            String toObjectType, String toObjectId) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("fromObjectType", Arguments.objectType("fromObjectType", fromObjectType));
        variables.put("fromObjectId", Arguments.recordId("fromObjectId", fromObjectId));
        variables.put("toObjectType", Arguments.objectType("toObjectType", toObjectType));
        variables.put("toObjectId", Arguments.recordId("toObjectId", toObjectId));
        HubSpotRequest request = HubSpotRequest.of(Operation.RECORDS_ASSOCIATE_DEFAULT,
                Operation.RECORDS_ASSOCIATE_DEFAULT.uriTemplate(), variables);
        return this.observed.mono(Operation.RECORDS_ASSOCIATE_DEFAULT,
                this.exchange.exchange(request, this.defaultReader)
                    .map((response) -> response.resultsOrEmpty()
                        .stream()
                        .map(DefaultRecordAssociationOperations::toModel)
                        .toList())
                    .defaultIfEmpty(List.of()));
    }

    @Override
    public Mono<Void> remove(String objectType, String objectId, String toObjectType, String toObjectId) {
        Map<String, Object> pair = pair(objectType, objectId, toObjectType, toObjectId);
        HubSpotRequest request = HubSpotRequest.of(Operation.RECORDS_REMOVE, Operation.RECORDS_REMOVE.uriTemplate(),
                pair);
        return this.observed.mono(Operation.RECORDS_REMOVE, this.exchange.exchange(request, (body) -> null));
    }

    /**
     * A page and the cursor it was fetched with.
     */
    private record Fetched(@Nullable String after, AssociationPage page) {
    }

    static DefaultAssociation toModel(Wire.DefaultAssociationResult result) {
        return new DefaultAssociation(result.from().id(), result.to().id(), result.associationSpec());
    }

    private static Map<String, Object> record(String objectType, String objectId, String toObjectType) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("objectType", Arguments.objectType("objectType", objectType));
        variables.put("objectId", Arguments.recordId("objectId", objectId));
        variables.put("toObjectType", Arguments.objectType("toObjectType", toObjectType));
        return variables;
    }

    private static Map<String, Object> pair(String objectType, String objectId, String toObjectType,
            String toObjectId) {
        Map<String, Object> variables = record(objectType, objectId, toObjectType);
        variables.put("toObjectId", Arguments.recordId("toObjectId", toObjectId));
        return variables;
    }

}
