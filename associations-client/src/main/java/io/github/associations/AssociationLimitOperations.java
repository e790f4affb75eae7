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

import io.github.associations.model.AssociationLimit;
import io.github.associations.model.AssociationSpec;
import io.github.associations.model.BatchResult;
import io.github.associations.model.LimitInput;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Configured association limits: how many records of the to type one record may be
 * associated with, per type (definition configurations,
 * {@code .../definitions/configurations/...}). Limits apply to new associations only.
 * Cold publishers: nothing is sent until subscription.
 *
 * @since 0.1.0
 */
public interface AssociationLimitOperations {

    /**
     * List every configured limit of the account.
     * @return a cold {@code Flux} of every configured limit
     */
    Flux<AssociationLimit> listAll();

    /**
     * List the configured limits from one object type to another.
     * @param fromObjectType the object type the associations go from: an id such as
     * {@code 0-1} or a name such as {@code contacts}
     * @param toObjectType the object type the associations go to
     * @return a cold {@code Flux} of the configured limits from the first object type to
     * the second
     */
    Flux<AssociationLimit> list(String fromObjectType, String toObjectType);

    /**
     * Configure limits. A label's limit must stay below the object (unlabeled) limit.
     * @param fromObjectType the object type the associations go from: an id such as
     * {@code 0-1} or a name such as {@code contacts}
     * @param toObjectType the object type the associations go to
     * @param limits the types and their limits; none gives an empty result without any
     * request
     * @return the configured limits and the per-input errors
     */
    Mono<BatchResult<LimitInput, AssociationLimit>> create(String fromObjectType, String toObjectType,
            Collection<LimitInput> limits);

    /**
     * Change configured limits.
     * @param fromObjectType the object type the associations go from: an id such as
     * {@code 0-1} or a name such as {@code contacts}
     * @param toObjectType the object type the associations go to
     * @param limits the types and their new limits; none gives an empty result without
     * any request
     * @return the changed limits and the per-input errors
     */
    Mono<BatchResult<LimitInput, AssociationLimit>> update(String fromObjectType, String toObjectType,
            Collection<LimitInput> limits);

    /**
     * Remove configured limits, returning the types to the system default.
     * @param fromObjectType the object type the associations go from: an id such as
     * {@code 0-1} or a name such as {@code contacts}
     * @param toObjectType the object type the associations go to
     * @param types the types whose limits to remove; none gives an empty result without
     * any request
     * @return no results (HubSpot answers 204), and per-input errors should HubSpot
     * report any
     */
    Mono<BatchResult<AssociationSpec, Void>> purge(String fromObjectType, String toObjectType,
            Collection<AssociationSpec> types);

}
