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

import io.github.associations.model.AssociationType;
import io.github.associations.model.LabelDefinition;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Association labels (association definitions) of an object pair
 * ({@code .../{from}/{to}/labels}). Cold publishers: nothing is sent until subscription.
 *
 * @since 0.1.0
 */
public interface AssociationLabelOperations {

    /**
     * List the association types from one object type to another: HubSpot-defined ones
     * (the unlabeled type with a {@code null} label, primary) and custom labels.
     * @param fromObjectType the object type the associations go from: an id such as
     * {@code 0-1} or a name such as {@code contacts}
     * @param toObjectType the object type the associations go to
     * @return a cold {@code Flux} of the association types, HubSpot-defined and custom,
     * from the first object type to the second
     */
    Flux<AssociationType> list(String fromObjectType, String toObjectType);

    /**
     * Create a custom label, single ({@link LabelDefinition#single}) or paired
     * ({@link LabelDefinition#paired}). Not repeated on failure: HubSpot would create it
     * twice.
     * @param fromObjectType the object type the associations go from: an id such as
     * {@code 0-1} or a name such as {@code contacts}
     * @param toObjectType the object type the associations go to
     * @param definition the internal name (no hyphen, not starting with a digit), the
     * label and, for a paired label, the inverse label
     * @return the created types: one for a single label, one per direction for a paired
     * label
     */
    Mono<List<AssociationType>> create(String fromObjectType, String toObjectType, LabelDefinition definition);

    /**
     * Change a custom label's text; its name and type id cannot change.
     * @param fromObjectType the object type the associations go from: an id such as
     * {@code 0-1} or a name such as {@code contacts}
     * @param toObjectType the object type the associations go to
     * @param associationTypeId the label's type id
     * @param label the new label
     * @param inverseLabel the new inverse label of a paired label, or {@code null} to
     * leave it
     * @return completion
     */
    Mono<Void> update(String fromObjectType, String toObjectType, int associationTypeId, String label,
            @Nullable String inverseLabel);

    /**
     * Delete a custom label. HubSpot refuses HubSpot-defined types and labels still in
     * use.
     * @param fromObjectType the object type the associations go from: an id such as
     * {@code 0-1} or a name such as {@code contacts}
     * @param toObjectType the object type the associations go to
     * @param associationTypeId the label's type id
     * @return completion
     */
    Mono<Void> delete(String fromObjectType, String toObjectType, int associationTypeId);

}
