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
import io.github.associations.internal.BatchCalls;
import io.github.associations.internal.HubSpotExchange;
import io.github.associations.internal.HubSpotRequest;
import io.github.associations.internal.Observed;
import io.github.associations.internal.json.ResponseReader;
import io.github.associations.internal.json.Wire;
import io.github.associations.model.BatchResult;
import io.github.associations.model.Operation;
import io.github.associations.model.V3Association;
import io.github.associations.model.V3AssociationInput;
import io.github.associations.model.V3AssociationType;
import io.github.associations.model.V3BatchReadItem;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * {@link V3AssociationOperations} over the {@link HubSpotExchange}.
 */
final class DefaultV3AssociationOperations implements V3AssociationOperations {

    private final HubSpotExchange exchange;

    private final BatchCalls batches;

    private final Observed observed;

    private final AssociationsSettings settings;

    private final ResponseReader<Wire.Results<V3AssociationType>> typesReader;

    DefaultV3AssociationOperations(HubSpotExchange exchange, BatchCalls batches, Observed observed,
            AssociationsSettings settings) {
        this.exchange = exchange;
        this.batches = batches;
        this.observed = observed;
        this.settings = settings;
        this.typesReader = exchange.json().reader(exchange.json().type(Wire.Results.class, V3AssociationType.class));
    }

    @Override
    public Flux<V3AssociationType> types(String fromObjectType, String toObjectType) {
        HubSpotRequest request = DefaultBatchAssociationOperations.request(Operation.V3_TYPES,
                DefaultBatchAssociationOperations.types(fromObjectType, toObjectType));
        return this.observed.flux(Operation.V3_TYPES,
                this.exchange.exchange(request, this.typesReader).flatMapIterable(Wire.Results::resultsOrEmpty));
    }

    @Override
    public Mono<BatchResult<V3AssociationInput, V3Association>> create(String fromObjectType, String toObjectType,
            Collection<V3AssociationInput> inputs) {
        HubSpotRequest request = request(Operation.V3_BATCH_CREATE, fromObjectType, toObjectType);
        List<V3AssociationInput> checked = checked(inputs);
        return this.observed.mono(Operation.V3_BATCH_CREATE,
                this.batches.run(request, Flux.fromIterable(checked), this.settings.v3CreateChunkSize(),
                        DefaultV3AssociationOperations::toWire, Wire.V3Pair.class,
                        (pair) -> new V3Association(pair.from().id(), pair.to().id(), pair.type()),
                        DefaultV3AssociationOperations::ids, BatchCalls.RECORD_ID_KEYS));
    }

    @Override
    public Mono<BatchResult<String, V3BatchReadItem>> read(String fromObjectType, String toObjectType,
            Collection<String> ids) {
        HubSpotRequest request = request(Operation.V3_BATCH_READ, fromObjectType, toObjectType);
        List<String> checked = Arguments.each("ids", ids, Arguments::recordId);
        return this.observed.mono(Operation.V3_BATCH_READ, this.batches.run(request,
                Flux.fromIterable(checked).distinct(), this.settings.v3ReadChunkSize(), Wire.ObjectId::new,
                Wire.V3ReadResult.class,
                (result) -> new V3BatchReadItem(result.from().id(), (result.to() != null) ? result.to() : List.of()),
                List::of, BatchCalls.RECORD_ID_KEYS));
    }

    @Override
    public Mono<BatchResult<V3AssociationInput, Void>> archive(String fromObjectType, String toObjectType,
            Collection<V3AssociationInput> inputs) {
        HubSpotRequest request = request(Operation.V3_BATCH_ARCHIVE, fromObjectType, toObjectType);
        List<V3AssociationInput> checked = checked(inputs);
        return this.observed.mono(Operation.V3_BATCH_ARCHIVE,
                this.batches.run(request, Flux.fromIterable(checked), this.settings.v3ArchiveChunkSize(),
                        DefaultV3AssociationOperations::toWire, JsonNode.class, (ignored) -> null,
                        DefaultV3AssociationOperations::ids, BatchCalls.RECORD_ID_KEYS));
    }

    private static HubSpotRequest request(Operation operation, String fromObjectType, String toObjectType) {
        Map<String, Object> types = DefaultBatchAssociationOperations.types(fromObjectType, toObjectType);
        return DefaultBatchAssociationOperations.request(operation, types);
    }

    private static List<V3AssociationInput> checked(Collection<V3AssociationInput> inputs) {
        return Arguments.each("inputs", inputs, (name, input) -> {
            Arguments.recordId(name + ".fromId", input.fromId());
            Arguments.recordId(name + ".toId", input.toId());
            Arguments.notBlank(name + ".type", input.type());
        });
    }

    private static Wire.V3Pair toWire(V3AssociationInput input) {
        return new Wire.V3Pair(new Wire.ObjectId(input.fromId()), new Wire.ObjectId(input.toId()), input.type());
    }

    private static List<String> ids(V3AssociationInput input) {
        return List.of(input.fromId(), input.toId());
    }

}
