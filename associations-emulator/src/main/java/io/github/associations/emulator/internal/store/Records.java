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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which records exist. In strict mode only seeded records do (ids, or ranges of ids, per
 * object type); in lenient mode every positive id does. Not thread-safe: the the store
 * guards it with its lock.
 */
final class Records {

    private final boolean strict;

    private final Map<String, Set<Long>> seededIds = new HashMap<>();

    private final Map<String, List<long[]>> seededRanges = new HashMap<>();

    Records(boolean strict) {
        this.strict = strict;
    }

    void seed(ObjectType type, List<Long> ids) {
        this.seededIds.computeIfAbsent(type.id(), (k) -> new HashSet<>()).addAll(ids);
    }

    void seedRange(ObjectType type, long firstId, int count) {
        this.seededRanges.computeIfAbsent(type.id(), (k) -> new ArrayList<>()).add(new long[] { firstId, count });
    }

    boolean exists(ObjectType type, long id) {
        if (id <= 0) {
            return false;
        }
        if (!this.strict) {
            return true;
        }
        Set<Long> ids = this.seededIds.get(type.id());
        if (ids != null && ids.contains(id)) {
            return true;
        }
        for (long[] range : this.seededRanges.getOrDefault(type.id(), List.of())) {
            if (id >= range[0] && id - range[0] < range[1]) {
                return true;
            }
        }
        return false;
    }

    void clear() {
        this.seededIds.clear();
        this.seededRanges.clear();
    }

}
