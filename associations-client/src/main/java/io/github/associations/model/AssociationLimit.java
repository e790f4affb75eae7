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

import com.fasterxml.jackson.annotation.JsonAlias;
import org.jspecify.annotations.Nullable;

/**
 * A user-configured limit on an association type: how many "to" records one "from" record
 * may have.
 *
 * @param category the category of the type (also read from {@code associationCategory})
 * @param typeId the type id (also read from {@code associationTypeId})
 * @param label the label of the type, {@code null} for the unlabeled type or when not
 * sent
 * @param userEnforcedMaxToObjectIds the configured maximum, {@code null} when none is set
 * @since 0.1.0
 */
public record AssociationLimit(@JsonAlias("associationCategory") AssociationCategory category,
        @JsonAlias("associationTypeId") int typeId, @Nullable String label,
        @Nullable Integer userEnforcedMaxToObjectIds) {
}
