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

import io.github.associations.model.BatchResult;
import io.github.associations.model.V3Association;
import io.github.associations.model.V3AssociationInput;
import io.github.associations.model.V3AssociationType;
import io.github.associations.model.V3BatchReadItem;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The v3 calls ({@code /crm/v3/associations/...}), for code written against v3. They call
 * v3 whatever the {@link io.github.associations.client.ApiVersion} setting: HubSpot has
 * no date-based version of them. Cold publishers: nothing is sent until subscription.
 *
 * @since 0.1.0
 * @deprecated since 0.1.0: HubSpot stops supporting its v1 to v3 APIs in September 2027
 * and tells teams to move straight to a date-based version, not to v3 or v4 on the way.
 * The calls of the other groups call the configured version and replace these:
 * {@link BatchAssociationOperations#create} for {@link #create},
 * {@link BatchAssociationOperations#read} for {@link #read} (which in v3 returns only the
 * primary company towards companies, without paging),
 * {@link BatchAssociationOperations#archive} (or
 * {@link BatchAssociationOperations#archiveLabels} for one type) for {@link #archive},
 * and {@link AssociationLabelOperations#list} for {@link #types}.
 * @see <a href=
 * "https://developers.hubspot.com/docs/developer-tooling/platform/versioning">HubSpot's
 * API versioning</a>
 */
@Deprecated(since = "0.1.0")
public interface V3AssociationOperations {

    /**
     * List the association types from one object type to another, with their v3 names.
     * @param fromObjectType the object type the associations go from: an id such as
     * {@code 0-1} or a name such as {@code contacts}
     * @param toObjectType the object type the associations go to
     * @return a cold {@code Flux} of the v3 association types from the first object type
     * to the second
     */
    Flux<V3AssociationType> types(String fromObjectType, String toObjectType);

    /**
     * Associate pairs of records by a v3 type name (or id); chunked.
     * @param fromObjectType the from records' object type
     * @param toObjectType the to records' object type
     * @param inputs the pairs and their types; none gives an empty result without any
     * request
     * @return the associations created and the per-input errors
     */
    Mono<BatchResult<V3AssociationInput, V3Association>> create(String fromObjectType, String toObjectType,
            Collection<V3AssociationInput> inputs);

    /**
     * Read the associations of many records; chunks of at most 1,000 ids.
     * @param fromObjectType the records' object type
     * @param toObjectType the associated object type
     * @param ids the record ids; none gives an empty result without any request
     * @return one item per record with associations, and records without as per-input
     * errors
     */
    Mono<BatchResult<String, V3BatchReadItem>> read(String fromObjectType, String toObjectType, Collection<String> ids);

    /**
     * Remove the association of the given v3 type between pairs of records; chunked.
     * @param fromObjectType the from records' object type
     * @param toObjectType the to records' object type
     * @param inputs the pairs and their types; none gives an empty result without any
     * request
     * @return no results, and per-input errors should HubSpot report any
     */
    Mono<BatchResult<V3AssociationInput, Void>> archive(String fromObjectType, String toObjectType,
            Collection<V3AssociationInput> inputs);

}
