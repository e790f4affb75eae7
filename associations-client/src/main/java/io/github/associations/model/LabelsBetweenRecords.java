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
 * The labels between two records after an association call
 * ({@code LabelsBetweenObjectPair}).
 *
 * @param fromObjectTypeId the "from" object type id, for example {@code 0-1}
 * @param fromObjectId the "from" record id
 * @param toObjectTypeId the "to" object type id
 * @param toObjectId the "to" record id
 * @param labels the labels now between the records; the unlabeled type has no entry
 * @since 0.1.0
 */
public record LabelsBetweenRecords(String fromObjectTypeId, String fromObjectId, String toObjectTypeId,
        String toObjectId, List<String> labels) {

    /**
     * Copies the list; an absent list becomes empty.
     */
    public LabelsBetweenRecords {
        labels = ModelCollections.list(labels);
    }

}
