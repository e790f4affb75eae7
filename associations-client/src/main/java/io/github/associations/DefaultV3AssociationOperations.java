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

import io.github.associations.check.Arguments;
import io.github.associations.internal.CallPipeline;
import io.github.associations.internal.Calls;
import io.github.associations.internal.json.Wire;
import io.github.associations.model.BatchResult;
import io.github.associations.model.V3Association;
import io.github.associations.model.V3AssociationInput;
import io.github.associations.model.V3AssociationType;
import io.github.associations.model.V3BatchReadItem;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link V3AssociationOperations} over the {@link CallPipeline}.
 */
@SuppressWarnings("deprecation") // v3 keeps working until HubSpot stops it
final class DefaultV3AssociationOperations implements V3AssociationOperations {

    private final CallPipeline pipeline;

    DefaultV3AssociationOperations(CallPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Flux<V3AssociationType> types(String fromObjectType, String toObjectType) {
        return this.pipeline.items(Calls.V3_TYPES, Wire.Results::resultsOrEmpty,
                Calls.objectTypes(fromObjectType, toObjectType));
    }

    @Override
    public Mono<BatchResult<V3AssociationInput, V3Association>> create(String fromObjectType, String toObjectType,
            Collection<V3AssociationInput> inputs) {
        Object[] types = Calls.objectTypes(fromObjectType, toObjectType);
        return this.pipeline.batch(Calls.V3_BATCH_CREATE, Flux.fromIterable(checked(inputs)), types);
    }

    @Override
    public Mono<BatchResult<String, V3BatchReadItem>> read(String fromObjectType, String toObjectType,
            Collection<String> ids) {
        Object[] types = Calls.objectTypes(fromObjectType, toObjectType);
        List<String> checked = Arguments.batchInputs("ids", ids, Arguments::recordId);
        return this.pipeline.batch(Calls.V3_BATCH_READ, Flux.fromIterable(checked).distinct(), types);
    }

    @Override
    public Mono<BatchResult<V3AssociationInput, Void>> archive(String fromObjectType, String toObjectType,
            Collection<V3AssociationInput> inputs) {
        Object[] types = Calls.objectTypes(fromObjectType, toObjectType);
        return this.pipeline.batch(Calls.V3_BATCH_ARCHIVE, Flux.fromIterable(checked(inputs)), types);
    }

    private static List<V3AssociationInput> checked(Collection<V3AssociationInput> inputs) {
        return Arguments.batchInputs("inputs", inputs, (name, input) -> {
            Arguments.recordId(name + ".fromId", input.fromId());
            Arguments.recordId(name + ".toId", input.toId());
            Arguments.notBlank(name + ".type", input.type());
        });
    }

}
