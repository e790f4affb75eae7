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

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.github.associations.check.Arguments;
import io.github.associations.client.AssociationsSettings;
import io.github.associations.client.SchemaPathStyle;
import io.github.associations.internal.BatchCalls;
import io.github.associations.internal.HubSpotExchange;
import io.github.associations.internal.HubSpotRequest;
import io.github.associations.internal.Observed;
import io.github.associations.internal.json.ResponseReader;
import io.github.associations.internal.json.Wire;
import io.github.associations.model.AssociationLimit;
import io.github.associations.model.AssociationSpec;
import io.github.associations.model.BatchResult;
import io.github.associations.model.LimitInput;
import io.github.associations.model.Operation;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * {@link AssociationLimitOperations} over the {@link HubSpotExchange}.
 */
final class DefaultAssociationLimitOperations implements AssociationLimitOperations {

    private final HubSpotExchange exchange;

    private final BatchCalls batches;

    private final Observed observed;

    private final SchemaPathStyle paths;

    private final int chunkSize;

    private final ResponseReader<Wire.Results<AssociationLimit>> limitsReader;

    DefaultAssociationLimitOperations(HubSpotExchange exchange, BatchCalls batches, Observed observed,
            AssociationsSettings settings) {
        this.exchange = exchange;
        this.batches = batches;
        this.observed = observed;
        this.paths = settings.schemaPathStyle();
        this.chunkSize = settings.limitsChunkSize();
        this.limitsReader = exchange.json().reader(exchange.json().type(Wire.Results.class, AssociationLimit.class));
    }

    @Override
    public Flux<AssociationLimit> listAll() {
        HubSpotRequest request = HubSpotRequest.of(Operation.LIMITS_LIST_ALL,
                this.paths.uriTemplate(Operation.LIMITS_LIST_ALL), Map.of());
        return this.observed.flux(Operation.LIMITS_LIST_ALL,
                this.exchange.exchange(request, this.limitsReader).flatMapIterable(Wire.Results::resultsOrEmpty));
    }

    @Override
    public Flux<AssociationLimit> list(String fromObjectType, String toObjectType) {
        HubSpotRequest request = request(Operation.LIMITS_LIST, fromObjectType, toObjectType);
        return this.observed.flux(Operation.LIMITS_LIST,
                this.exchange.exchange(request, this.limitsReader).flatMapIterable(Wire.Results::resultsOrEmpty));
    }

    @Override
    public Mono<BatchResult<LimitInput, AssociationLimit>> create(String fromObjectType, String toObjectType,
            Collection<LimitInput> limits) {
        return configure(Operation.LIMITS_CREATE, fromObjectType, toObjectType, limits);
    }

    @Override
    public Mono<BatchResult<LimitInput, AssociationLimit>> update(String fromObjectType, String toObjectType,
            Collection<LimitInput> limits) {
        return configure(Operation.LIMITS_UPDATE, fromObjectType, toObjectType, limits);
    }

    private Mono<BatchResult<LimitInput, AssociationLimit>> configure(Operation operation, String fromObjectType,
            String toObjectType, Collection<LimitInput> limits) {
        HubSpotRequest request = request(operation, fromObjectType, toObjectType);
        List<LimitInput> checked = Arguments.each("limits", limits, (name, limit) -> {
            Arguments.notNull(name + ".category", limit.category());
            Arguments.positiveInt(name + ".typeId", limit.typeId());
            Arguments.positiveInt(name + ".maxToObjectIds", limit.maxToObjectIds());
        });
        return this.observed.mono(operation,
                this.batches.run(request, Flux.fromIterable(checked), this.chunkSize,
                        (limit) -> new Wire.LimitConfiguration(limit.category(), limit.typeId(),
                                limit.maxToObjectIds()),
                        AssociationLimit.class, (limit) -> limit, (limit) -> List.of(Integer.toString(limit.typeId())),
                        BatchCalls.TYPE_ID_KEYS));
    }

    @Override
    public Mono<BatchResult<AssociationSpec, Void>> purge(String fromObjectType, String toObjectType,
            Collection<AssociationSpec> types) {
        HubSpotRequest request = request(Operation.LIMITS_PURGE, fromObjectType, toObjectType);
        List<AssociationSpec> checked = Arguments.specs("types", types);
        return this.observed.mono(Operation.LIMITS_PURGE, this.batches.run(request, Flux.fromIterable(checked),
                this.chunkSize, (spec) -> new Wire.LimitPurge(spec.category(), spec.typeId()), JsonNode.class,
                (ignored) -> null, (spec) -> List.of(Integer.toString(spec.typeId())), BatchCalls.TYPE_ID_KEYS));
    }

    private HubSpotRequest request(Operation operation, String fromObjectType, String toObjectType) {
        return HubSpotRequest.of(operation, this.paths.uriTemplate(operation),
                DefaultBatchAssociationOperations.types(fromObjectType, toObjectType));
    }

}
