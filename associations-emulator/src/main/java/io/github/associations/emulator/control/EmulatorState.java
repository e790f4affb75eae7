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

package io.github.associations.emulator.control;

import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;

import org.jspecify.annotations.Nullable;

/**
 * The emulator's CRM state, for tests to seed and inspect. Object types may be given as
 * HubSpot accepts them in paths: by id ({@code 0-1}) or by name, singular or plural
 * ({@code contact}, {@code contacts}). Record ids are the decimal strings HubSpot uses.
 * Every method is thread-safe.
 *
 * @since 0.1.0
 */
public interface EmulatorState {

    /**
     * Make records exist. In strict mode only seeded records exist; in lenient mode every
     * positive numeric id exists and seeding changes nothing visible.
     * @param objectType the object type, by id ({@code 0-1}) or name ({@code contacts})
     * @param ids the record ids
     */
    void seedRecords(String objectType, Collection<String> ids);

    /**
     * Make {@code count} records exist with consecutive ids starting at {@code firstId}.
     * @param objectType the object type, by id ({@code 0-1}) or name ({@code contacts})
     * @param firstId the first id, positive
     * @param count how many
     */
    void seedRecordRange(String objectType, long firstId, int count);

    /**
     * Whether a record exists (always true for a positive numeric id in lenient mode).
     * @param objectType the object type, by id ({@code 0-1}) or name ({@code contacts})
     * @param id the record id
     * @return whether it exists
     */
    boolean recordExists(String objectType, String id);

    /**
     * The associations of one record to an object type, as listing a record's
     * associations shows them (inverse type ids when seen from the other side), ordered
     * by the associated record's id.
     * @param fromObjectType the record's object type
     * @param fromObjectId the record's id
     * @param toObjectType the associated object type
     * @return the associated records with their association types
     */
    List<Association> associations(String fromObjectType, String fromObjectId, String toObjectType);

    /**
     * The number of distinct record pairs associated between two object types (in either
     * direction).
     * @param objectType one object type
     * @param otherObjectType the other object type, by id or name
     * @return the number of associated record pairs
     */
    long associationCount(String objectType, String otherObjectType);

    /**
     * The association types (labels) defined from one object type to another, as listing
     * the pair's labels shows them.
     * @param fromObjectType the object type associated from, by id or name
     * @param toObjectType the object type associated to, by id or name
     * @return the types, HubSpot-defined and custom
     */
    List<AssociationType> labels(String fromObjectType, String toObjectType);

    /**
     * The configured limit ({@code maxToObjectIds}) of an association type, if one is
     * set.
     * @param fromObjectType the object type associated from, by id or name
     * @param toObjectType the object type associated to, by id or name
     * @param category the type's category, for example {@code HUBSPOT_DEFINED}
     * @param typeId HubSpot's association type id, for example {@code 279}
     * @return the configured limit, or empty when the system default applies
     */
    OptionalInt limit(String fromObjectType, String toObjectType, String category, int typeId);

    /**
     * Give a record {@code count} generated associations (unlabeled type) to records of
     * {@code toObjectType} with ids {@code 1..count}, listed by the record and batch
     * reads without storing them one by one, so that streaming benchmarks can list
     * millions of associations from an emulator with little memory.
     * @param fromObjectType the record's object type
     * @param fromObjectId the record's id
     * @param toObjectType the associated object type
     * @param count how many associations to generate
     */
    void addSyntheticAssociations(String fromObjectType, String fromObjectId, String toObjectType, long count);

    /**
     * Forget every record, association, custom label and configured limit.
     */
    void reset();

    /**
     * One associated record, as a record's association list shows it.
     *
     * @param toObjectId the associated record's id
     * @param types the association types between the two records, the unlabeled one
     * included
     */
    record Association(String toObjectId, List<AssociationType> types) {
    }

    /**
     * One association type.
     *
     * @param category {@code HUBSPOT_DEFINED}, {@code USER_DEFINED}, ...
     * @param typeId HubSpot's association type id, for example {@code 279}
     * @param label the label, {@code null} for the unlabeled type
     */
    record AssociationType(String category, int typeId, @Nullable String label) {
    }

}
