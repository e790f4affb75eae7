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
 * Every association of one input record of a batch read, all pages merged.
 *
 * @param fromId the input record id, as the caller gave it
 * @param associatedRecords the associated records, in the order HubSpot returned them
 * @since 0.1.0
 */
public record BatchReadItem(String fromId, List<AssociatedRecord> associatedRecords) {

    /**
     * Copies the list.
     */
    public BatchReadItem {
        associatedRecords = ModelCollections.list(associatedRecords);
    }

}
