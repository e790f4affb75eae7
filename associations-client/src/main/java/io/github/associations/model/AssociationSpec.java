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
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An association type to apply: its category and type id (HubSpot's
 * {@code AssociationSpec}, JSON
 * {@code {"associationCategory":"HUBSPOT_DEFINED","associationTypeId":279}}).
 * <p>
 * HubSpot-defined type ids are in {@link io.github.associations.AssociationTypeIds};
 * custom labels get account-specific ids with category
 * {@link AssociationCategory#USER_DEFINED}.
 *
 * @param category the category, JSON {@code associationCategory} (also read from
 * {@code category})
 * @param typeId the association type id, JSON {@code associationTypeId} (also read from
 * {@code typeId})
 * @since 0.1.0
 */
public record AssociationSpec(@JsonProperty("associationCategory") @JsonAlias("category") AssociationCategory category,
        @JsonProperty("associationTypeId") @JsonAlias("typeId") int typeId) {

    /**
     * A spec of any category.
     * @param category {@code HUBSPOT_DEFINED} for the types HubSpot defines,
     * {@code USER_DEFINED} for custom labels
     * @param typeId the association type id, which is directional
     * @return a spec of that category and type id
     */
    public static AssociationSpec of(AssociationCategory category, int typeId) {
        return new AssociationSpec(category, typeId);
    }

    /**
     * A HubSpot-defined type, for example
     * {@code hubSpotDefined(AssociationTypeIds.CONTACT_TO_COMPANY_PRIMARY)}.
     * @param typeId a type id HubSpot defines, for example {@code 279} (contact to
     * company, unlabeled)
     * @return the spec with category {@link AssociationCategory#HUBSPOT_DEFINED}
     */
    public static AssociationSpec hubSpotDefined(int typeId) {
        return new AssociationSpec(AssociationCategory.HUBSPOT_DEFINED, typeId);
    }

    /**
     * A custom label of the account.
     * @param typeId the type id HubSpot gave the label
     * @return the spec with category {@link AssociationCategory#USER_DEFINED}
     */
    public static AssociationSpec userDefined(int typeId) {
        return new AssociationSpec(AssociationCategory.USER_DEFINED, typeId);
    }

}
