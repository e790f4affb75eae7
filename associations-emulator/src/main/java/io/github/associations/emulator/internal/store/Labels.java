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

import java.util.ArrayList;
import java.util.List;

import io.github.associations.emulator.internal.http.ApiException;
import io.github.associations.emulator.internal.store.AssociationDefinition.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Custom association labels: created, renamed and deleted by HubSpot's rules (unique
 * names per object pair, a cap per pair, no deletion while in use), on top of the
 * {@link TypeRegistry}. Not thread-safe: the store guards it with its lock.
 */
final class Labels {

    private final TypeRegistry types;

    private final Usage usage;

    private final Limits limits;

    private final int maxCustomLabelsPerObjectPair;

    Labels(TypeRegistry types, Usage usage, Limits limits, int maxCustomLabelsPerObjectPair) {
        this.types = types;
        this.usage = usage;
        this.limits = limits;
        this.maxCustomLabelsPerObjectPair = maxCustomLabelsPerObjectPair;
    }

    /**
     * Create a custom label. Paired ({@code inverseLabel} given): one type per direction
     * with its own text, the inverse named {@code <name>_inverse} for v3. Single: between
     * different object types the inverse direction gets a type with the same text and
     * name (labels are bi-directional); between records of one type it is its own
     * inverse.
     * @param from the from object type
     * @param to the to object type
     * @param name the internal name, unique between the two object types
     * @param label the text seen from {@code from}
     * @param inverseLabel the text seen from {@code to} for a paired label, or
     * {@code null} for a single one
     * @return the types to show in the response: both directions for a paired label, the
     * forward one otherwise
     */
    List<AssociationDefinition> create(ObjectType from, ObjectType to, String name, String label,
            @Nullable String inverseLabel) {
        this.types.ensureUnlabeled(from, to);
        this.types.ensureUnlabeled(to, from);
        List<AssociationDefinition> pairTypes = new ArrayList<>(this.types.definitions(from.id(), to.id()));
        if (!from.equals(to)) {
            pairTypes.addAll(this.types.definitions(to.id(), from.id()));
        }
        String inverseName = name + "_inverse";
        for (AssociationDefinition existing : pairTypes) {
            if (existing.name().equalsIgnoreCase(name)
                    || (inverseLabel != null && existing.name().equalsIgnoreCase(inverseName))) {
                throw ApiException.validation("An association label named " + name + " already exists between "
                        + from.name() + " and " + to.name(), "name");
            }
        }
        long customLabels = pairTypes.stream()
            .filter(AssociationDefinition::isCustomLabel)
            .map((type) -> Math.min(type.typeId(), type.inverseTypeId()))
            .distinct()
            .count();
        if (customLabels >= this.maxCustomLabelsPerObjectPair) {
            throw ApiException.validation("Cannot create more than " + this.maxCustomLabelsPerObjectPair
                    + " association labels between " + from.name() + " and " + to.name());
        }
        int forwardId = this.types.allocateTypeId();
        String category = AssociationDefinition.USER_DEFINED;
        if (inverseLabel != null) {
            int inverseId = this.types.allocateTypeId();
            AssociationDefinition forward = new AssociationDefinition(forwardId, category, from.id(), to.id(), label,
                    name, inverseId, Kind.CUSTOM_PAIRED);
            AssociationDefinition inverse = new AssociationDefinition(inverseId, category, to.id(), from.id(),
                    inverseLabel, inverseName, forwardId, Kind.CUSTOM_PAIRED);
            this.types.add(forward);
            this.types.add(inverse);
            // UNCERTAIN: the docs example lists the two types in descending id order;
            // which of them is the forward one is not said. Forward first lets clients
            // take results[0] as the from->to type.
            return List.of(forward, inverse);
        }
        if (from.equals(to)) {
            AssociationDefinition symmetric = new AssociationDefinition(forwardId, category, from.id(), to.id(), label,
                    name, forwardId, Kind.CUSTOM_SINGLE);
            this.types.add(symmetric);
            return List.of(symmetric);
        }
        int inverseId = this.types.allocateTypeId();
        AssociationDefinition forward = new AssociationDefinition(forwardId, category, from.id(), to.id(), label, name,
                inverseId, Kind.CUSTOM_SINGLE);
        this.types.add(forward);
        this.types.add(new AssociationDefinition(inverseId, category, to.id(), from.id(), label, name, forwardId,
                Kind.CUSTOM_SINGLE));
        return List.of(forward);
    }

    /**
     * Change a custom label's text. A single label's two directions share the text; a
     * paired label's inverse changes only when {@code inverseLabel} is given.
     * @param from the from object type
     * @param to the to object type
     * @param typeId the label's type id, in either direction
     * @param label the new text
     * @param inverseLabel the new text of a paired label's inverse, or {@code null} to
     * keep it
     */
    void update(ObjectType from, ObjectType to, int typeId, String label, @Nullable String inverseLabel) {
        AssociationDefinition type = requireCustomLabel(from, to, typeId, "changed");
        AssociationDefinition inverse = this.types.require(type.inverseTypeId());
        this.types.add(type.withLabel(label));
        if (inverse.typeId() != type.typeId()) {
            if (type.kind() == Kind.CUSTOM_SINGLE) {
                this.types.add(inverse.withLabel(label));
            }
            else if (inverseLabel != null) {
                this.types.add(inverse.withLabel(inverseLabel));
            }
        }
    }

    /**
     * Delete a custom label that no association uses, both directions, and their
     * configured limits.
     * @param from the from object type
     * @param to the to object type
     * @param typeId the label's type id, in either direction
     */
    void delete(ObjectType from, ObjectType to, int typeId) {
        AssociationDefinition type = requireCustomLabel(from, to, typeId, "deleted");
        if (this.usage.isUsed(type.typeId()) || this.usage.isUsed(type.inverseTypeId())) {
            // UNCERTAIN: HubSpot documents no body for a label in use.
            throw ApiException.validation("Association label " + typeId + " (" + type.label()
                    + ") is in use; remove it from associated records before deleting it");
        }
        this.types.remove(type.typeId());
        this.types.remove(type.inverseTypeId());
        this.limits.remove(type.typeId());
        this.limits.remove(type.inverseTypeId());
    }

    private AssociationDefinition requireCustomLabel(ObjectType from, ObjectType to, int typeId, String action) {
        AssociationDefinition type = this.types.get(typeId);
        if (type == null || !(type.isBetween(from.id(), to.id()) || type.isBetween(to.id(), from.id()))) {
            // UNCERTAIN: 404 OBJECT_NOT_FOUND assumed for an unknown type id.
            throw ApiException.notFound(
                    "Association type " + typeId + " does not exist between " + from.name() + " and " + to.name());
        }
        if (!type.isCustomLabel()) {
            throw ApiException.validation(
                    "Association type " + typeId + " is a default association type and cannot be " + action,
                    "associationTypeId");
        }
        return type;
    }

}
