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
import io.github.associations.client.SchemaPathStyle;
import io.github.associations.internal.HubSpotExchange;
import io.github.associations.internal.HubSpotRequest;
import io.github.associations.internal.Observed;
import io.github.associations.internal.json.ResponseReader;
import io.github.associations.internal.json.Wire;
import io.github.associations.model.AssociationType;
import io.github.associations.model.LabelDefinition;
import io.github.associations.model.Operation;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link AssociationLabelOperations} over the {@link HubSpotExchange}.
 */
final class DefaultAssociationLabelOperations implements AssociationLabelOperations {

    private final HubSpotExchange exchange;

    private final Observed observed;

    private final SchemaPathStyle paths;

    private final ResponseReader<Wire.Results<AssociationType>> typesReader;

    DefaultAssociationLabelOperations(HubSpotExchange exchange, Observed observed, AssociationsSettings settings) {
        this.exchange = exchange;
        this.observed = observed;
        this.paths = settings.schemaPathStyle();
        this.typesReader = exchange.json().reader(exchange.json().type(Wire.Results.class, AssociationType.class));
    }

    @Override
    public Flux<AssociationType> list(String fromObjectType, String toObjectType) {
        HubSpotRequest request = request(Operation.LABELS_LIST, fromObjectType, toObjectType);
        return this.observed.flux(Operation.LABELS_LIST,
                page(request, null).map((page) -> new Fetched(null, page)).expand((fetched) -> {
                    String next = fetched.page().nextAfter();
                    return (next != null && !next.equals(fetched.after()))
                            ? page(request, next).map((page) -> new Fetched(next, page)) : Mono.empty();
                }).concatMap((fetched) -> Flux.fromIterable(fetched.page().resultsOrEmpty()), 0));
    }

    /**
     * One page of labels. HubSpot documents the list without paging; a cursor, should one
     * come, is followed.
     */
    private Mono<Wire.Results<AssociationType>> page(HubSpotRequest first, @Nullable String after) {
        if (after == null) {
            return this.exchange.exchange(first, this.typesReader);
        }
        Map<String, Object> variables = new LinkedHashMap<>(first.uriVariables());
        variables.put("after", after);
        return this.exchange.exchange(
                HubSpotRequest.of(first.operation(), first.uriTemplate() + "?after={after}", variables),
                this.typesReader);
    }

    @Override
    public Mono<List<AssociationType>> create(String fromObjectType, String toObjectType, LabelDefinition definition) {
        HubSpotRequest request = request(Operation.LABELS_CREATE, fromObjectType, toObjectType);
        Arguments.notNull("definition", definition);
        Arguments.labelName("definition.name", definition.name());
        Arguments.notBlank("definition.label", definition.label());
        if (definition.inverseLabel() != null) {
            Arguments.notBlank("definition.inverseLabel", definition.inverseLabel());
        }
        Wire.LabelCreate body = new Wire.LabelCreate(definition.name(), definition.label(), definition.inverseLabel());
        return this.observed.mono(Operation.LABELS_CREATE,
                this.exchange.exchange(request.withBody(body), this.typesReader)
                    .map(Wire.Results::resultsOrEmpty)
                    .defaultIfEmpty(List.of()));
    }

    @Override
    public Mono<Void> update(String fromObjectType, String toObjectType, int associationTypeId, String label,
            @Nullable String inverseLabel) {
        HubSpotRequest request = request(Operation.LABELS_UPDATE, fromObjectType, toObjectType);
        Arguments.positiveInt("associationTypeId", associationTypeId);
        Arguments.notBlank("label", label);
        if (inverseLabel != null) {
            Arguments.notBlank("inverseLabel", inverseLabel);
        }
        return this.observed.mono(Operation.LABELS_UPDATE, this.exchange
            .exchange(request.withBody(new Wire.LabelUpdate(associationTypeId, label, inverseLabel)), (body) -> null));
    }

    @Override
    public Mono<Void> delete(String fromObjectType, String toObjectType, int associationTypeId) {
        Map<String, Object> variables = DefaultBatchAssociationOperations.types(fromObjectType, toObjectType);
        variables.put("associationTypeId", Arguments.positiveInt("associationTypeId", associationTypeId));
        HubSpotRequest request = HubSpotRequest.of(Operation.LABELS_DELETE,
                this.paths.uriTemplate(Operation.LABELS_DELETE), variables);
        return this.observed.mono(Operation.LABELS_DELETE, this.exchange.exchange(request, (body) -> null));
    }

    /**
     * A page and the cursor it was fetched with (a repeated cursor ends the list rather
     * than loop forever).
     */
    private record Fetched(@Nullable String after, Wire.Results<AssociationType> page) {
    }

    private HubSpotRequest request(Operation operation, String fromObjectType, String toObjectType) {
        return HubSpotRequest.of(operation, this.paths.uriTemplate(operation),
                DefaultBatchAssociationOperations.types(fromObjectType, toObjectType));
    }

}
