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

package io.github.associations.emulator.internal.store;

import java.util.HashMap;
import java.util.Map;

import io.github.associations.emulator.internal.store.TypeRegistry.PairKey;
import org.jspecify.annotations.Nullable;

/**
 * How much each association type and each object pair is used, kept in step with every
 * write of the {@link RecordIndex}: whether a label may be deleted depends on the first,
 * how many record pairs two object types associate on the second. Not thread-safe: the
 * the store guards it with its lock.
 */
final class Usage {

    /** Type id to the number of index entries (either side) carrying it. */
    private final Map<Integer, Integer> byType = new HashMap<>();

    /** Unordered object pair to the number of associated record pairs. */
    private final Map<PairKey, Long> byPair = new HashMap<>();

    void countTypes(int @Nullable [] typeIds, int delta) {
        if (typeIds != null) {
            for (int typeId : typeIds) {
                this.byType.merge(typeId, delta, (a, b) -> (a + b == 0) ? null : a + b);
            }
        }
    }

    boolean isUsed(int typeId) {
        return this.byType.containsKey(typeId);
    }

    void countPair(String objectTypeId, String otherObjectTypeId, long delta) {
        this.byPair.merge(unorderedPair(objectTypeId, otherObjectTypeId), delta, Long::sum);
    }

    long pairCount(String objectTypeId, String otherObjectTypeId) {
        return this.byPair.getOrDefault(unorderedPair(objectTypeId, otherObjectTypeId), 0L);
    }

    void clear() {
        this.byType.clear();
        this.byPair.clear();
    }

    private static PairKey unorderedPair(String a, String b) {
        return (a.compareTo(b) <= 0) ? new PairKey(a, b) : new PairKey(b, a);
    }

}
