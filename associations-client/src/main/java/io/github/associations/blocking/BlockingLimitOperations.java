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
package io.github.associations.blocking;

import java.util.Collection;
import java.util.List;

import io.github.associations.model.AssociationLimit;
import io.github.associations.model.AssociationSpec;
import io.github.associations.model.BatchResult;
import io.github.associations.model.LimitInput;

/**
 * Blocking calls about configured association limits; see
 * {@link io.github.associations.AssociationLimitOperations}.
 *
 * @since 0.1.0
 */
public interface BlockingLimitOperations {

    /**
     * Every configured limit of the account.
     * @return the limits
     */
    List<AssociationLimit> listAll();

    /**
     * The configured limits between two object types.
     * @param fromObjectType the from object type
     * @param toObjectType the to object type
     * @return the limits
     */
    List<AssociationLimit> list(String fromObjectType, String toObjectType);

    /**
     * Configure limits.
     * @param fromObjectType the from object type
     * @param toObjectType the to object type
     * @param limits the types and their limits
     * @return the configured limits and the per-input errors
     */
    BatchResult<LimitInput, AssociationLimit> create(String fromObjectType, String toObjectType,
            Collection<LimitInput> limits);

    /**
     * Change configured limits.
     * @param fromObjectType the from object type
     * @param toObjectType the to object type
     * @param limits the types and their new limits
     * @return the changed limits and the per-input errors
     */
    BatchResult<LimitInput, AssociationLimit> update(String fromObjectType, String toObjectType,
            Collection<LimitInput> limits);

    /**
     * Remove configured limits.
     * @param fromObjectType the from object type
     * @param toObjectType the to object type
     * @param types the types whose limits to remove
     * @return the per-input errors
     */
    BatchResult<AssociationSpec, Void> purge(String fromObjectType, String toObjectType,
            Collection<AssociationSpec> types);

}
