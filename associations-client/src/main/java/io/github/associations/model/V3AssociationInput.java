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

/**
 * A v3 association to create or archive.
 *
 * @param fromId the "from" record id
 * @param toId the "to" record id
 * @param type the association type name (for example {@code contact_to_company}) or id
 * @since 0.1.0
 */
public record V3AssociationInput(String fromId, String toId, String type) {

    /**
     * An input.
     * @param fromId the "from" record id
     * @param toId the "to" record id
     * @param type the type name or id
     * @return an input associating those records with that type
     */
    public static V3AssociationInput of(String fromId, String toId, String type) {
        return new V3AssociationInput(fromId, toId, type);
    }

}
