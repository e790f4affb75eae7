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

import io.github.associations.model.AssociatedRecord;
import io.github.associations.model.AssociationPage;
import io.github.associations.model.AssociationSpec;
import io.github.associations.model.DefaultAssociation;
import io.github.associations.model.LabelsBetweenRecords;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Calls on the associations of single records ({@code /crm/v4/objects/...}). Cold
 * publishers: nothing is sent until subscription.
 * <p>
 * With coalescing on ({@link io.github.associations.client.CoalescingSettings}), the
 * writes ({@code associate}, {@code associateDefault} and, in the date-based API
 * versions, {@code remove}) made concurrently go out as HubSpot's batch calls, each
 * caller still getting its own answer, and calls on the same two records keep their
 * order.
 *
 * @since 0.1.0
 */
public interface RecordAssociationOperations {

    /**
     * Stream every association of a record to an object type, following HubSpot's paging
     * cursors lazily: a page is fetched only when the subscriber wants more than the
     * pages already fetched hold, so {@code take(10)} sends one request.
     * @param objectType the record's object type, for example {@code contacts} or
     * {@code 0-1}
     * @param objectId the record's id
     * @param toObjectType the associated object type
     * @return the associated records with their association types, in HubSpot's order
     */
    Flux<AssociatedRecord> list(String objectType, String objectId, String toObjectType);

    /**
     * Read one page of a record's associations to an object type.
     * @param objectType the record's object type
     * @param objectId the record's id
     * @param toObjectType the associated object type
     * @param limit the page size, 1..500
     * @param after the cursor of a previous page ({@link AssociationPage#nextAfter()}),
     * or {@code null} for the first page
     * @return a cold {@code Mono} of the page: its results and the cursor of the next one
     */
    Mono<AssociationPage> listPage(String objectType, String objectId, String toObjectType, int limit,
            @Nullable String after);

    /**
     * Associate two records with one or more labels. The given types replace the labels
     * between the pair (to add a label, include the existing ones); the unlabeled type
     * stays.
     * @param objectType the from record's object type
     * @param objectId the from record's id
     * @param toObjectType the to record's object type
     * @param toObjectId the to record's id
     * @param types the association types, at least one
     * @return the labels between the pair after the call
     */
    Mono<LabelsBetweenRecords> associate(String objectType, String objectId, String toObjectType, String toObjectId,
            List<AssociationSpec> types);

    /**
     * Associate two records with one or more labels; see
     * {@link #associate(String, String, String, String, List)}.
     * @param objectType the from record's object type
     * @param objectId the from record's id
     * @param toObjectType the to record's object type
     * @param toObjectId the to record's id
     * @param types the association types, at least one
     * @return the labels between the pair after the call
     */
    default Mono<LabelsBetweenRecords> associate(String objectType, String objectId, String toObjectType,
            String toObjectId, AssociationSpec... types) {
        return associate(objectType, objectId, toObjectType, toObjectId, (types != null) ? List.of(types) : null);
    }

    /**
     * Create the default (unlabeled) association between two records; existing labels are
     * kept.
     * @param fromObjectType the from record's object type
     * @param fromObjectId the from record's id
     * @param toObjectType the to record's object type
     * @param toObjectId the to record's id
     * @return the association in both directions, as HubSpot reports it; errors HubSpot
     * reports inside its 2xx answer fail it with a
     * {@link io.github.associations.error.HubSpotClientException} carrying them
     */
    Mono<List<DefaultAssociation>> associateDefault(String fromObjectType, String fromObjectId, String toObjectType,
            String toObjectId);

    /**
     * Remove every association between two records; the records themselves stay.
     * @param objectType the from record's object type
     * @param objectId the from record's id
     * @param toObjectType the to record's object type
     * @param toObjectId the to record's id
     * @return completion
     */
    Mono<Void> remove(String objectType, String objectId, String toObjectType, String toObjectId);

}
