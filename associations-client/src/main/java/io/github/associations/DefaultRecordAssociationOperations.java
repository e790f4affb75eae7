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
import io.github.associations.client.AssociationsSettings;
import io.github.associations.internal.CallPipeline;
import io.github.associations.internal.Calls;
import io.github.associations.internal.coalesce.Coalescer;
import io.github.associations.internal.json.Wire;
import io.github.associations.model.AssociatedRecord;
import io.github.associations.model.AssociationPage;
import io.github.associations.model.AssociationSpec;
import io.github.associations.model.DefaultAssociation;
import io.github.associations.model.LabelsBetweenRecords;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static io.github.associations.internal.CallPipeline.NO_BODY;

/**
 * {@link RecordAssociationOperations} over the {@link CallPipeline}; the writes go
 * through the {@link Coalescer} when coalescing is on.
 */
final class DefaultRecordAssociationOperations implements RecordAssociationOperations {

    private static final AssociationPage EMPTY_PAGE = new AssociationPage(List.of(), null);

    private final CallPipeline pipeline;

    private final int pageSize;

    private final @Nullable Coalescer coalescer;

    DefaultRecordAssociationOperations(CallPipeline pipeline, int pageSize, @Nullable Coalescer coalescer) {
        this.pipeline = pipeline;
        this.pageSize = pageSize;
        this.coalescer = coalescer;
    }

    @Override
    public Flux<AssociatedRecord> list(String objectType, String objectId, String toObjectType) {
        return this.pipeline.pages(Calls.RECORDS_LIST, AssociationPage::results, AssociationPage::nextAfter,
                Arguments.objectType("objectType", objectType), Arguments.recordId("objectId", objectId),
                Arguments.objectType("toObjectType", toObjectType), this.pageSize);
    }

    @Override
    public Mono<AssociationPage> listPage(String objectType, String objectId, String toObjectType, int limit,
            @Nullable String after) {
        String checkedObjectType = Arguments.objectType("objectType", objectType);
        String checkedObjectId = Arguments.recordId("objectId", objectId);
        String checkedToObjectType = Arguments.objectType("toObjectType", toObjectType);
        Arguments.between1And("limit", limit, AssociationsSettings.MAX_PAGE_SIZE);
        if (after != null) {
            Arguments.notBlank("after", after);
        }
        return this.pipeline
            .call(Calls.RECORDS_LIST, NO_BODY, checkedObjectType, checkedObjectId, checkedToObjectType, limit, after)
            .defaultIfEmpty(EMPTY_PAGE);
    }

    @Override
    public Mono<LabelsBetweenRecords> associate(String objectType, String objectId, String toObjectType,
            String toObjectId, List<AssociationSpec> types) {
        Object[] pair = pair(objectType, objectId, toObjectType, toObjectId);
        List<AssociationSpec> specs = Arguments.specs("types", types);
        if (this.coalescer != null) {
            return this.coalescer.associate((String) pair[0], (String) pair[1], (String) pair[2], (String) pair[3],
                    specs);
        }
        return this.pipeline.call(Calls.RECORDS_ASSOCIATE, specs, pair);
    }

    @Override
    public Mono<List<DefaultAssociation>> associateDefault(String fromObjectType, String fromObjectId,
            String toObjectType, String toObjectId) {
        String checkedFromObjectType = Arguments.objectType("fromObjectType", fromObjectType);
        String checkedFromObjectId = Arguments.recordId("fromObjectId", fromObjectId);
        String checkedToObjectType = Arguments.objectType("toObjectType", toObjectType);
        String checkedToObjectId = Arguments.recordId("toObjectId", toObjectId);
        if (this.coalescer != null) {
            return this.coalescer.associateDefault(checkedFromObjectType, checkedFromObjectId, checkedToObjectType,
                    checkedToObjectId);
        }
        return this.pipeline
            .call(Calls.RECORDS_ASSOCIATE_DEFAULT, NO_BODY, checkedFromObjectType, checkedFromObjectId,
                    checkedToObjectType, checkedToObjectId)
            .map((response) -> response.resultsOrEmpty().stream().map(Wire.DefaultAssociationResult::toModel).toList())
            .defaultIfEmpty(List.of());
    }

    @Override
    public Mono<Void> remove(String objectType, String objectId, String toObjectType, String toObjectId) {
        Object[] pair = pair(objectType, objectId, toObjectType, toObjectId);
        if (this.coalescer != null) {
            return this.coalescer.remove((String) pair[0], (String) pair[1], (String) pair[2], (String) pair[3]);
        }
        return this.pipeline.call(Calls.RECORDS_REMOVE, NO_BODY, pair);
    }

    /**
     * The variables of a call between two records, checked.
     */
    private static Object[] pair(String objectType, String objectId, String toObjectType, String toObjectId) {
        return new Object[] { Arguments.objectType("objectType", objectType), Arguments.recordId("objectId", objectId),
                Arguments.objectType("toObjectType", toObjectType), Arguments.recordId("toObjectId", toObjectId) };
    }

}
