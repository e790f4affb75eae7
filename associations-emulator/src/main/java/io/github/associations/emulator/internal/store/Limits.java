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

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.associations.emulator.internal.http.ApiException;
import org.jspecify.annotations.Nullable;

/**
 * Configured association limits ({@code maxToObjectIds} per association type): their
 * validation when configured and their enforcement when records are associated. Not
 * thread-safe: the store guards it with its lock.
 */
final class Limits {

    /**
     * Highest {@code maxToObjectIds} a limit can be configured with (HubSpot's UI allows
     * up to 10,000).
     */
    static final int MAX_CONFIGURED_LIMIT = 10_000;

    private final TypeRegistry types;

    private final RecordIndex index;

    /** Type id to its configured limit. */
    private final Map<Integer, Integer> limits = new HashMap<>();

    Limits(TypeRegistry types, RecordIndex index) {
        this.types = types;
        this.index = index;
    }

    @Nullable Integer get(int typeId) {
        return this.limits.get(typeId);
    }

    /**
     * The configured limits, by type id.
     * @param from the from object type, or {@code null} for every pair
     * @param to the to object type, or {@code null} for every pair
     * @return the configurations
     */
    List<LimitConfiguration> configurations(@Nullable ObjectType from, @Nullable ObjectType to) {
        return this.limits.entrySet()
            .stream()
            .map((e) -> new LimitConfiguration(this.types.require(e.getKey()), e.getValue()))
            .filter((c) -> from == null || to == null || c.type().isBetween(from.id(), to.id()))
            .sorted(Comparator.comparingInt((LimitConfiguration c) -> c.type().typeId()))
            .toList();
    }

    /**
     * Configure a limit for a type that has none.
     * @param from the from object type
     * @param to the to object type
     * @param type the association type, defined from {@code from} to {@code to}
     * @param max the limit
     * @return the configuration
     * @throws ApiException 400 for an existing configuration or a value out of range
     */
    LimitConfiguration create(ObjectType from, ObjectType to, AssociationDefinition type, int max) {
        if (this.limits.containsKey(type.typeId())) {
            throw ApiException.validation("A limit is already configured for association type " + type.typeId()
                    + "; use batch/update to change it", "typeId");
        }
        checkConfiguredValue(from, to, type, max);
        this.limits.put(type.typeId(), max);
        return new LimitConfiguration(type, max);
    }

    /**
     * Change an existing configured limit.
     * @param from the from object type
     * @param to the to object type
     * @param type the association type, defined from {@code from} to {@code to}
     * @param max the new limit
     * @return the configuration
     * @throws ApiException 404 if the type has no configured limit, 400 for a value out
     * of range
     */
    LimitConfiguration update(ObjectType from, ObjectType to, AssociationDefinition type, int max) {
        if (!this.limits.containsKey(type.typeId())) {
            // UNCERTAIN: category assumed.
            throw ApiException.notFound("No limit is configured for association type " + type.typeId());
        }
        checkConfiguredValue(from, to, type, max);
        this.limits.put(type.typeId(), max);
        return new LimitConfiguration(type, max);
    }

    void remove(int typeId) {
        this.limits.remove(typeId);
    }

    void clear() {
        this.limits.clear();
    }

    /**
     * Value range 1..10,000; label limits strictly below the object (unlabeled) limit,
     * and the object limit strictly above every label limit. UNCERTAIN: the docs say
     * labels "less than or equal to" the object limit, but both of HubSpot's published
     * examples are strict (object 10 -> labels "1-9"; label 10 -> object "&gt;10"); we
     * follow the examples.
     */
    private void checkConfiguredValue(ObjectType from, ObjectType to, AssociationDefinition type, int max) {
        if (max < 1 || max > MAX_CONFIGURED_LIMIT) {
            throw ApiException.validation(
                    "maxToObjectIds must be between 1 and " + MAX_CONFIGURED_LIMIT + ", got " + max, "maxToObjectIds");
        }
        if (type.isUnlabeled()) {
            int highestLabelLimit = this.types.definitions(from.id(), to.id())
                .stream()
                .filter((t) -> !t.isUnlabeled())
                .map((t) -> this.limits.get(t.typeId()))
                .filter((limit) -> limit != null)
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
            if (highestLabelLimit > 0 && max <= highestLabelLimit) {
                throw ApiException.validation("Invalid limit " + max + " for association type " + type.typeId()
                        + ": the allowed range must be greater than the existing label limits (i.e., >"
                        + highestLabelLimit + ")", "maxToObjectIds");
            }
        }
        else {
            Integer objectLimit = this.limits.get(this.types.requireUnlabeled(from.id(), to.id()).typeId());
            if (objectLimit != null && max >= objectLimit) {
                throw ApiException.validation("Invalid limit " + max + " for association type " + type.typeId()
                        + ": the allowed range is 1-" + (objectLimit - 1)
                        + " (label limits must stay below the object limit of " + objectLimit + ")", "maxToObjectIds");
            }
        }
    }

    /**
     * Enforce configured limits for a type a record pair newly gets, on both records: the
     * from record gains {@code type} towards a record of {@code to}, the to record gains
     * its inverse towards a record of {@code from}. Not retroactive: only additions are
     * checked.
     * @param from the from record's object type
     * @param fromId the from record's id
     * @param to the to record's object type
     * @param toId the to record's id
     * @param type the type the pair newly gets, seen from the from record
     * @throws ApiException 400 naming the pair if a record would exceed a limit
     */
    void checkAddition(ObjectType from, long fromId, ObjectType to, long toId, AssociationDefinition type) {
        AssociationDefinition inverse = this.types.require(type.inverseTypeId());
        // The owner of a primary keeps exactly one (the store demotes the old one), so
        // its
        // own count cannot grow.
        if (!(type.isPrimary() && type.primaryOwnedByFrom())) {
            checkLimit(from, fromId, to, type, fromId, toId);
        }
        if (!(inverse.isPrimary() && inverse.primaryOwnedByFrom())) {
            checkLimit(to, toId, from, inverse, fromId, toId);
        }
    }

    private void checkLimit(ObjectType recordType, long recordId, ObjectType towards, AssociationDefinition type,
            long inputFromId, long inputToId) {
        Integer max = this.limits.get(type.typeId());
        if (max == null) {
            return;
        }
        RecordKey record = new RecordKey(recordType.id(), recordId);
        long current = type.isUnlabeled() ? this.index.associatedCount(record, towards.id())
                : this.index.countWithType(record, towards.id(), type.typeId());
        if (current + 1 > max) {
            // UNCERTAIN: HubSpot documents no body for an exceeded limit.
            String message = "Association limit exceeded: " + recordType.name() + " " + recordId + " may have at most "
                    + max + " " + towards.name() + " association(s) of type " + type.typeId() + " ("
                    + ((type.label() != null) ? type.label() : "unlabeled") + ")";
            ApiException error = ApiException.validation(message);
            error.body()
                .context("associationTypeId", Integer.toString(type.typeId()))
                .context("limit", Integer.toString(max));
            throw error.namingInput(Long.toString(inputFromId), Long.toString(inputToId));
        }
    }

}
