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

import java.util.List;

import io.github.associations.check.Arguments;
import io.github.associations.internal.CallPipeline;
import io.github.associations.internal.Calls;
import io.github.associations.internal.json.Wire;
import io.github.associations.model.AssociationType;
import io.github.associations.model.LabelDefinition;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static io.github.associations.internal.CallPipeline.NO_BODY;

/**
 * {@link AssociationLabelOperations} over the {@link CallPipeline}.
 */
final class DefaultAssociationLabelOperations implements AssociationLabelOperations {

    private final CallPipeline pipeline;

    DefaultAssociationLabelOperations(CallPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Flux<AssociationType> list(String fromObjectType, String toObjectType) {
        // HubSpot documents the list without paging; a cursor, should one come, is
        // followed.
        return this.pipeline.pages(Calls.LABELS_LIST, Wire.Results::resultsOrEmpty, Wire.Results::nextAfter,
                Calls.objectTypes(fromObjectType, toObjectType));
    }

    @Override
    public Mono<List<AssociationType>> create(String fromObjectType, String toObjectType, LabelDefinition definition) {
        Object[] types = Calls.objectTypes(fromObjectType, toObjectType);
        Arguments.notNull("definition", definition);
        Arguments.labelName("definition.name", definition.name());
        Arguments.notBlank("definition.label", definition.label());
        if (definition.inverseLabel() != null) {
            Arguments.notBlank("definition.inverseLabel", definition.inverseLabel());
        }
        Wire.LabelCreate body = new Wire.LabelCreate(definition.name(), definition.label(), definition.inverseLabel());
        return this.pipeline.call(Calls.LABELS_CREATE, body, types)
            .map(Wire.Results::resultsOrEmpty)
            .defaultIfEmpty(List.of());
    }

    @Override
    public Mono<Void> update(String fromObjectType, String toObjectType, int associationTypeId, String label,
            @Nullable String inverseLabel) {
        Object[] types = Calls.objectTypes(fromObjectType, toObjectType);
        Arguments.positiveInt("associationTypeId", associationTypeId);
        Arguments.notBlank("label", label);
        if (inverseLabel != null) {
            Arguments.notBlank("inverseLabel", inverseLabel);
        }
        return this.pipeline.call(Calls.LABELS_UPDATE, new Wire.LabelUpdate(associationTypeId, label, inverseLabel),
                types);
    }

    @Override
    public Mono<Void> delete(String fromObjectType, String toObjectType, int associationTypeId) {
        Object[] variables = Calls.objectTypes(fromObjectType, toObjectType, associationTypeId);
        Arguments.positiveInt("associationTypeId", associationTypeId);
        return this.pipeline.call(Calls.LABELS_DELETE, NO_BODY, variables);
    }

}
