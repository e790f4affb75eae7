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

package io.github.associations.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import org.jspecify.annotations.Nullable;

/**
 * An association type with its label, as HubSpot lists it for a pair of records or object
 * types ({@code AssociationSpecWithLabel}). The unlabeled (default) type has a
 * {@code null} label and is always listed alongside any labelled ones.
 *
 * @param category the category (also read from {@code associationCategory})
 * @param typeId the type id (also read from {@code associationTypeId})
 * @param label the label, {@code null} for the unlabeled type
 * @param fromObjectTypeId the object type id of the "from" side, when HubSpot sends it
 * @param toObjectTypeId the object type id of the "to" side, when HubSpot sends it
 * @since 0.1.0
 */
public record AssociationType(@JsonAlias("associationCategory") AssociationCategory category,
        @JsonAlias("associationTypeId") int typeId, @Nullable String label, @Nullable String fromObjectTypeId,
        @Nullable String toObjectTypeId) {

    /**
     * A type without object type ids, as most responses carry it.
     * @param category whether HubSpot, the account or an integrator defined the type
     * @param typeId the association type id, which is directional
     * @param label the label or {@code null}
     * @return a type of that category, id and label
     */
    public static AssociationType of(AssociationCategory category, int typeId, @Nullable String label) {
        return new AssociationType(category, typeId, label, null, null);
    }

    /**
     * This type as a spec to send back, for example to relabel or archive it.
     * @return the category and type id
     */
    public AssociationSpec toSpec() {
        return new AssociationSpec(this.category, this.typeId);
    }

}
