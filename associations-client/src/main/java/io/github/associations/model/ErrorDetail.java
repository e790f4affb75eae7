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
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One detail of a HubSpot error ({@code ErrorDetail}), for example the scopes a call
 * requires.
 *
 * @param message the detail message
 * @param in the input field concerned, if any
 * @param code a machine-readable code, if any
 * @param subCategory a sub-category, if any
 * @param context additional values by name, for example {@code requiredGranularScopes}
 * @since 0.1.0
 */
public record ErrorDetail(@Nullable String message, @JsonProperty("in") @Nullable String in, @Nullable String code,
        @Nullable String subCategory, Map<String, List<String>> context) {

    /**
     * Copies the map; an absent map becomes empty.
     */
    public ErrorDetail {
        context = ModelCollections.context(context);
    }

}
