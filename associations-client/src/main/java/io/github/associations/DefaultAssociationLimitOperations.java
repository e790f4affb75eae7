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
import io.github.associations.model.AssociationLimit;
import io.github.associations.model.AssociationSpec;
import io.github.associations.model.BatchResult;
import io.github.associations.model.LimitInput;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link AssociationLimitOperations} over the {@link CallPipeline}.
 */
final class DefaultAssociationLimitOperations implements AssociationLimitOperations {

    private final CallPipeline pipeline;

    DefaultAssociationLimitOperations(CallPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Flux<AssociationLimit> listAll() {
        return this.pipeline.items(Calls.LIMITS_LIST_ALL, Wire.Results::resultsOrEmpty);
    }

    @Override
    public Flux<AssociationLimit> list(String fromObjectType, String toObjectType) {
        return this.pipeline.items(Calls.LIMITS_LIST, Wire.Results::resultsOrEmpty,
                Calls.objectTypes(fromObjectType, toObjectType));
    }

    @Override
    public Mono<BatchResult<LimitInput, AssociationLimit>> create(String fromObjectType, String toObjectType,
            Collection<LimitInput> limits) {
        Object[] types = Calls.objectTypes(fromObjectType, toObjectType);
        return this.pipeline.batch(Calls.LIMITS_CREATE, Flux.fromIterable(checked(limits)), types);
    }

    @Override
    public Mono<BatchResult<LimitInput, AssociationLimit>> update(String fromObjectType, String toObjectType,
            Collection<LimitInput> limits) {
        Object[] types = Calls.objectTypes(fromObjectType, toObjectType);
        return this.pipeline.batch(Calls.LIMITS_UPDATE, Flux.fromIterable(checked(limits)), types);
    }

    @Override
    public Mono<BatchResult<AssociationSpec, Void>> purge(String fromObjectType, String toObjectType,
            Collection<AssociationSpec> types) {
        Object[] variables = Calls.objectTypes(fromObjectType, toObjectType);
        List<AssociationSpec> checked = Arguments.batchInputs("types", types, Arguments::spec);
        return this.pipeline.batch(Calls.LIMITS_PURGE, Flux.fromIterable(checked), variables);
    }

    private static List<LimitInput> checked(Collection<LimitInput> limits) {
        return Arguments.batchInputs("limits", limits, (name, limit) -> {
            Arguments.notNull(name + ".category", limit.category());
            Arguments.positiveInt(name + ".typeId", limit.typeId());
            Arguments.positiveInt(name + ".maxToObjectIds", limit.maxToObjectIds());
        });
    }

}
