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

import java.util.List;

import io.github.associations.model.AssociationType;
import io.github.associations.model.LabelDefinition;
import org.jspecify.annotations.Nullable;

/**
 * Blocking calls about association labels; see
 * {@link io.github.associations.AssociationLabelOperations}.
 *
 * @since 0.1.0
 */
public interface BlockingLabelOperations {

    /**
     * The association types between two object types.
     * @param fromObjectType the from object type
     * @param toObjectType the to object type
     * @return every type, HubSpot-defined and custom
     */
    List<AssociationType> list(String fromObjectType, String toObjectType);

    /**
     * Create a custom label (single or paired).
     * @param fromObjectType the from object type
     * @param toObjectType the to object type
     * @param definition the label
     * @return the types created
     */
    List<AssociationType> create(String fromObjectType, String toObjectType, LabelDefinition definition);

    /**
     * Change a custom label's text.
     * @param fromObjectType the from object type
     * @param toObjectType the to object type
     * @param associationTypeId the label's type id
     * @param label the new label
     * @param inverseLabel the new inverse label of a paired label, or {@code null}
     */
    void update(String fromObjectType, String toObjectType, int associationTypeId, String label,
            @Nullable String inverseLabel);

    /**
     * Delete a custom label.
     * @param fromObjectType the from object type
     * @param toObjectType the to object type
     * @param associationTypeId the label's type id
     */
    void delete(String fromObjectType, String toObjectType, int associationTypeId);

}
