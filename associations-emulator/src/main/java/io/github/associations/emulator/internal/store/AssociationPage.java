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

import java.util.List;

/**
 * A page of a record's associations to one object type, ordered by associated record id.
 *
 * @param entries the associated records, by id
 * @param hasMore whether more records follow the last one
 * @since 0.1.0
 */
public record AssociationPage(List<Entry> entries, boolean hasMore) {

    /**
     * The id of the last associated record on this page, where the next page starts
     * after.
     * @return the last record id
     */
    public long lastId() {
        return this.entries.get(this.entries.size() - 1).toObjectId();
    }

    /**
     * One associated record with the types between the two records, seen from the listing
     * record.
     *
     * @param toObjectId the associated record id
     * @param types the types, unlabeled included, HubSpot-defined first
     * @since 0.1.0
     */
    public record Entry(long toObjectId, List<AssociationDefinition> types) {
    }

}
