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

package io.github.associations.emulator.internal.store;

import io.github.associations.emulator.control.EmulatorState.AssociationType;
import org.jspecify.annotations.Nullable;

/**
 * One association type: a direction between two object types with its id, category,
 * label, v3 name and the id of the type seen from the other side.
 *
 * @param typeId the type id, unique across all object pairs
 * @param category {@code HUBSPOT_DEFINED} or {@code USER_DEFINED}
 * @param fromObjectTypeId the from object type id
 * @param toObjectTypeId the to object type id
 * @param label the label, {@code null} for the unlabeled type
 * @param name the v3 name ({@code contact_to_company})
 * @param inverseTypeId the type id of the same association seen from the to side (itself
 * for symmetric types)
 * @param kind what sort of type this is
 * @since 0.1.0
 */
public record AssociationDefinition(int typeId, String category, String fromObjectTypeId, String toObjectTypeId,
        @Nullable String label, String name, int inverseTypeId, Kind kind) {

    static final String HUBSPOT_DEFINED = "HUBSPOT_DEFINED";

    static final String USER_DEFINED = "USER_DEFINED";

    /**
     * What sort of association type a definition is.
     */
    enum Kind {

        /** The default type, present whenever two records are associated. */
        UNLABELED,

        /** A HubSpot-defined "Primary" label: a record has one primary company. */
        PRIMARY,

        /** Another HubSpot-defined label (parent/child company, billing contact). */
        HUBSPOT_LABEL,

        /** A custom label without an inverse label: the same text both ways. */
        CUSTOM_SINGLE,

        /**
         * A custom label created with an {@code inverseLabel}: one type per direction,
         * each its own text.
         */
        CUSTOM_PAIRED

    }

    boolean isUnlabeled() {
        return this.kind == Kind.UNLABELED;
    }

    boolean isCustomLabel() {
        return this.kind == Kind.CUSTOM_SINGLE || this.kind == Kind.CUSTOM_PAIRED;
    }

    public boolean isPrimary() {
        return this.kind == Kind.PRIMARY;
    }

    /**
     * For a primary type, whether the from record is the one limited to a single primary
     * (a contact, deal or ticket has one primary company; seen from the company side the
     * limit is on the to record).
     * @return whether the from side owns the primary
     */
    boolean primaryOwnedByFrom() {
        return !ObjectType.COMPANY_ID.equals(this.fromObjectTypeId);
    }

    public boolean isBetween(String fromTypeId, String toTypeId) {
        return this.fromObjectTypeId.equals(fromTypeId) && this.toObjectTypeId.equals(toTypeId);
    }

    /**
     * Sort rank: HubSpot-defined types come before user-defined ones in responses, each
     * by type id.
     * @return the rank of the category
     */
    int categoryRank() {
        return switch (this.category) {
            case HUBSPOT_DEFINED -> 0;
            case "INTEGRATOR_DEFINED" -> 1;
            case USER_DEFINED -> 2;
            default -> 3;
        };
    }

    AssociationDefinition withLabel(String newLabel) {
        return new AssociationDefinition(this.typeId, this.category, this.fromObjectTypeId, this.toObjectTypeId,
                newLabel, this.name, this.inverseTypeId, this.kind);
    }

    /**
     * The type as responses show it ({@code {"category","typeId","label"}}).
     * @return the view
     */
    public AssociationType toView() {
        return new AssociationType(this.category, this.typeId, this.label);
    }

}
