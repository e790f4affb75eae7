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

import java.util.List;

/**
 * A record associated with the one asked about, with every association type between the
 * two.
 *
 * @param toObjectId the associated record's id (HubSpot sends a JSON number or string;
 * kept as the digits)
 * @param associationTypes the types between the two records, the unlabeled one included
 * @since 0.1.0
 */
public record AssociatedRecord(String toObjectId, List<AssociationType> associationTypes) {

    /**
     * Copies the list; an absent list becomes empty.
     */
    public AssociatedRecord {
        associationTypes = ModelCollections.list(associationTypes);
    }

}
