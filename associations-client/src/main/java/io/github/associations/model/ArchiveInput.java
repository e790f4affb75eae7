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
 * A record and the records to remove every association with (batch archive).
 *
 * @param fromId the "from" record id
 * @param toIds the "to" record ids
 * @since 0.1.0
 */
public record ArchiveInput(String fromId, List<String> toIds) {

    /**
     * Copies the list.
     */
    public ArchiveInput {
        toIds = ModelCollections.list(toIds);
    }

    /**
     * An input for one or more "to" records.
     * @param fromId the "from" record id
     * @param toIds the "to" record ids
     * @return an input removing the associations to those records
     */
    public static ArchiveInput of(String fromId, String... toIds) {
        return new ArchiveInput(fromId, List.of(toIds));
    }

}
