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

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Immutable copies for record components, turning an absent JSON array or object into an
 * empty one.
 */
final class ModelCollections {

    private ModelCollections() {
    }

    // Not List.copyOf: HubSpot may send null elements (e.g. in "labels") and decoding
    // must not lose them.
    static <T> List<T> list(@Nullable List<T> list) {
        return (list == null || list.isEmpty()) ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    static <K, V> Map<K, V> map(@Nullable Map<K, V> map) {
        return (map == null || map.isEmpty()) ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    static Map<String, List<String>> context(@Nullable Map<String, List<String>> context) {
        if (context == null || context.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        context.forEach((key, values) -> copy.put(key, list(values)));
        return Collections.unmodifiableMap(copy);
    }

}
