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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.associations.emulator.internal.store.AssociationDefinition.Kind;
import org.jspecify.annotations.Nullable;

import static io.github.associations.emulator.internal.store.AssociationDefinition.HUBSPOT_DEFINED;
import static io.github.associations.emulator.internal.store.AssociationDefinition.USER_DEFINED;

/**
 * The association types the emulated account knows: HubSpot's catalogue, unlabeled types
 * allocated on first use of other object pairs, and custom labels. Not thread-safe: the
 * store guards it with its lock.
 */
final class TypeRegistry {

    /**
     * First id handed out to allocated unlabeled types and custom labels; every id
     * HubSpot publishes is below it, so allocated ids never collide with catalogued ones.
     */
    static final int FIRST_ALLOCATED_TYPE_ID = 10_000;

    private static final Comparator<AssociationDefinition> BY_TYPE_ID = Comparator
        .comparingInt(AssociationDefinition::typeId);

    private final Map<Integer, AssociationDefinition> byId = new HashMap<>();

    private final Map<PairKey, List<AssociationDefinition>> byPair = new HashMap<>();

    private final Map<PairKey, AssociationDefinition> unlabeledByPair = new HashMap<>();

    private int nextTypeId = FIRST_ALLOCATED_TYPE_ID;

    TypeRegistry() {
        reset();
    }

    /**
     * Back to HubSpot's catalogue alone: allocated unlabeled types and custom labels are
     * forgotten, and allocation starts again at {@link #FIRST_ALLOCATED_TYPE_ID}.
     */
    void reset() {
        this.byId.clear();
        this.byPair.clear();
        this.unlabeledByPair.clear();
        this.nextTypeId = FIRST_ALLOCATED_TYPE_ID;
        for (AssociationDefinition definition : HubSpotDefinedTypes.all()) {
            if (this.byId.containsKey(definition.typeId())) {
                throw new IllegalStateException("Duplicate catalogued type id " + definition.typeId());
            }
            add(definition);
        }
    }

    @Nullable AssociationDefinition get(int typeId) {
        return this.byId.get(typeId);
    }

    AssociationDefinition require(int typeId) {
        AssociationDefinition definition = this.byId.get(typeId);
        if (definition == null) {
            throw new IllegalStateException("Unknown type id " + typeId);
        }
        return definition;
    }

    /**
     * The unlabeled type between two object types, without allocating one.
     * @param from the from object type id
     * @param to the to object type id
     * @return the type, or {@code null} if the pair was never used
     */
    @Nullable AssociationDefinition unlabeled(String from, String to) {
        return this.unlabeledByPair.get(new PairKey(from, to));
    }

    /**
     * The unlabeled type between two object types that were used before.
     * @param from the from object type id
     * @param to the to object type id
     * @return the type
     * @throws IllegalStateException if the pair was never used
     */
    AssociationDefinition requireUnlabeled(String from, String to) {
        AssociationDefinition unlabeled = unlabeled(from, to);
        if (unlabeled == null) {
            throw new IllegalStateException("No unlabeled type from " + from + " to " + to);
        }
        return unlabeled;
    }

    /**
     * The unlabeled type between two object types, allocating an unlabeled pair on first
     * use of an object pair HubSpot's catalogue does not list.
     * @param from the from object type
     * @param to the to object type
     * @return the unlabeled type from {@code from} to {@code to}
     */
    AssociationDefinition ensureUnlabeled(ObjectType from, ObjectType to) {
        AssociationDefinition existing = unlabeled(from.id(), to.id());
        if (existing != null) {
            return existing;
        }
        // UNCERTAIN: HubSpot defines these per account; we hand out ids above the
        // catalogue, HUBSPOT_DEFINED between
        // standard objects and USER_DEFINED as soon as a custom object is involved.
        String category = (from.isCustom() || to.isCustom()) ? USER_DEFINED : HUBSPOT_DEFINED;
        int forward = allocateTypeId();
        if (from.equals(to)) {
            add(new AssociationDefinition(forward, category, from.id(), to.id(), null, v3Name(from, to), forward,
                    Kind.UNLABELED));
        }
        else {
            int inverse = allocateTypeId();
            add(new AssociationDefinition(forward, category, from.id(), to.id(), null, v3Name(from, to), inverse,
                    Kind.UNLABELED));
            add(new AssociationDefinition(inverse, category, to.id(), from.id(), null, v3Name(to, from), forward,
                    Kind.UNLABELED));
        }
        return require(forward);
    }

    boolean isKnownPair(String from, String to) {
        return this.unlabeledByPair.containsKey(new PairKey(from, to));
    }

    /**
     * The types from one object type to another, by type id.
     * @param from the from object type id
     * @param to the to object type id
     * @return the definitions, empty if the pair was never used
     */
    List<AssociationDefinition> definitions(String from, String to) {
        return this.byPair.getOrDefault(new PairKey(from, to), List.of());
    }

    /**
     * A type of a directed pair by its v3 name.
     * @param from the from object type id
     * @param to the to object type id
     * @param name the v3 name, for example {@code contact_to_company}
     * @return the type, or {@code null}
     */
    @Nullable AssociationDefinition byName(String from, String to, String name) {
        for (AssociationDefinition definition : definitions(from, to)) {
            if (definition.name().equals(name)) {
                return definition;
            }
        }
        return null;
    }

    int allocateTypeId() {
        return this.nextTypeId++;
    }

    void add(AssociationDefinition definition) {
        this.byId.put(definition.typeId(), definition);
        PairKey pair = new PairKey(definition.fromObjectTypeId(), definition.toObjectTypeId());
        List<AssociationDefinition> list = new ArrayList<>(this.byPair.getOrDefault(pair, List.of()));
        list.removeIf((existing) -> existing.typeId() == definition.typeId());
        list.add(definition);
        list.sort(BY_TYPE_ID);
        this.byPair.put(pair, List.copyOf(list));
        if (definition.isUnlabeled()) {
            this.unlabeledByPair.put(pair, definition);
        }
    }

    void remove(int typeId) {
        AssociationDefinition definition = this.byId.remove(typeId);
        if (definition != null) {
            PairKey pair = new PairKey(definition.fromObjectTypeId(), definition.toObjectTypeId());
            List<AssociationDefinition> list = new ArrayList<>(this.byPair.getOrDefault(pair, List.of()));
            list.removeIf((existing) -> existing.typeId() == typeId);
            this.byPair.put(pair, List.copyOf(list));
        }
    }

    private static String v3Name(ObjectType from, ObjectType to) {
        return from.name() + "_to_" + to.name();
    }

    /**
     * A directed pair of object type ids.
     *
     * @param from the from object type id
     * @param to the to object type id
     */
    record PairKey(String from, String to) {
    }

}
