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
 * Two records and the association types to create (batch create) or remove (batch archive
 * labels) between them.
 *
 * @param fromId the "from" record id
 * @param toId the "to" record id
 * @param types the association types; for create they replace the labelled types of the
 * pair
 * @since 0.1.0
 */
public record AssociationInput(String fromId, String toId, List<AssociationSpec> types) {

    /**
     * Copies the list.
     */
    public AssociationInput {
        types = ModelCollections.list(types);
    }

    /**
     * An input with one or more types.
     * @param fromId the "from" record id
     * @param toId the "to" record id
     * @param types the association types
     * @return an input with those types
     */
    public static AssociationInput of(String fromId, String toId, AssociationSpec... types) {
        return new AssociationInput(fromId, toId, List.of(types));
    }

}
