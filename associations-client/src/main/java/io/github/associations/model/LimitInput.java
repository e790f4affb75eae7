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
 * A limit to create or update (JSON {@code {"category","typeId","maxToObjectIds"}}).
 *
 * @param category the category of the type
 * @param typeId the type id; the unlabeled type sets the object-level limit
 * @param maxToObjectIds the maximum number of "to" records per "from" record
 * @since 0.1.0
 */
public record LimitInput(AssociationCategory category, int typeId, int maxToObjectIds) {

    /**
     * A limit for a type given as a spec.
     * @param spec the association type
     * @param maxToObjectIds the maximum
     * @return an input setting that limit for that type
     */
    public static LimitInput of(AssociationSpec spec, int maxToObjectIds) {
        return new LimitInput(spec.category(), spec.typeId(), maxToObjectIds);
    }

}
