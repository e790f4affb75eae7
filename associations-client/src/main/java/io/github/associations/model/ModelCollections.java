package io.github.associations.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Immutable copies for record components, turning an absent JSON array or object into an empty one.
 */
final class ModelCollections {

    private ModelCollections() {
    }

    // Not List.copyOf: HubSpot may send null elements (e.g. in "labels") and decoding must not lose them.
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
