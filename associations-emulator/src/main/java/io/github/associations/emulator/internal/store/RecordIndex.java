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
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The associations between records, indexed from both sides: each side keeps the type ids
 * as seen from it, the other side's being their inverses, and both are written together,
 * with the {@link Usage} counts kept in step.
 * <p>
 * Synthetic associations are generated on read: a record with {@code count} synthetic
 * associations to a type lists ids {@code 1..count} with the unlabeled type, merged by id
 * with its stored associations; a stored association to one of those ids shadows the
 * synthetic one (its types always include the unlabeled type). They are one-sided (the
 * generated records do not list the association back), read-only (writes change stored
 * associations only; removing a stored association that shadows a synthetic one shows the
 * synthetic one again), and count towards the record's object-level limit.
 * <p>
 * Not thread-safe: the store guards it with its lock.
 */
final class RecordIndex {

    private static final Comparator<AssociationDefinition> VIEW_ORDER = Comparator
        .comparingInt(AssociationDefinition::categoryRank)
        .thenComparingInt(AssociationDefinition::typeId);

    static final int[] NONE = new int[0];

    private final TypeRegistry types;

    private final Usage usage;

    private final Map<RecordKey, Map<String, TreeMap<Long, int[]>>> index = new HashMap<>();

    private final Map<RecordKey, Map<String, Long>> synthetic = new HashMap<>();

    RecordIndex(TypeRegistry types, Usage usage) {
        this.types = types;
        this.usage = usage;
    }

    /**
     * One page of a record's associations to an object type, stored and synthetic merged
     * by associated record id.
     * @param from the listing record
     * @param toTypeId the listed object type id
     * @param afterId list ids above this one ({@code 0} for the first page)
     * @param limit the page size
     * @return the page
     */
    AssociationPage page(RecordKey from, String toTypeId, long afterId, int limit) {
        TreeMap<Long, int[]> stored = entries(from, toTypeId);
        long syntheticCount = syntheticCount(from, toTypeId);
        List<AssociationPage.Entry> entries = new ArrayList<>(Math.min(limit, 64));
        List<AssociationDefinition> syntheticTypes = (syntheticCount > 0)
                ? List.of(this.types.requireUnlabeled(from.objectTypeId(), toTypeId)) : List.of();
        long cursor = afterId;
        while (entries.size() < limit) {
            Map.Entry<Long, int[]> next = (stored != null) ? stored.higherEntry(cursor) : null;
            long nextSynthetic = (cursor < syntheticCount) ? cursor + 1 : Long.MAX_VALUE;
            if (next != null && next.getKey() <= nextSynthetic) {
                entries.add(new AssociationPage.Entry(next.getKey(), definitions(next.getValue())));
                cursor = next.getKey();
            }
            else if (nextSynthetic != Long.MAX_VALUE) {
                entries.add(new AssociationPage.Entry(nextSynthetic, syntheticTypes));
                cursor = nextSynthetic;
            }
            else {
                break;
            }
        }
        boolean hasMore = cursor < syntheticCount || (stored != null && stored.higherKey(cursor) != null);
        return new AssociationPage(entries, hasMore);
    }

    private List<AssociationDefinition> definitions(int[] typeIds) {
        AssociationDefinition[] definitions = new AssociationDefinition[typeIds.length];
        for (int i = 0; i < typeIds.length; i++) {
            definitions[i] = this.types.require(typeIds[i]);
        }
        return Arrays.asList(definitions);
    }

    /**
     * The types between two records, seen from the first.
     * @param from the first record's object type
     * @param fromId the first record's id
     * @param to the second record's object type
     * @param toId the second record's id
     * @return the type ids, empty when the records are not associated
     */
    Set<Integer> current(ObjectType from, long fromId, ObjectType to, long toId) {
        int[] old = typesBetween(new RecordKey(from.id(), fromId), to.id(), toId);
        return (old != null) ? toSet(old) : new LinkedHashSet<>();
    }

    /**
     * Write a pair's types seen from {@code from} (empty removes the association) and
     * their inverses on the other side, keeping usage counts and pair counts in step.
     * @param from the first record's object type
     * @param fromId the first record's id
     * @param to the second record's object type
     * @param toId the second record's id
     * @param typeIds the types from the first record's side, in response order
     */
    void store(ObjectType from, long fromId, ObjectType to, long toId, int[] typeIds) {
        RecordKey fromKey = new RecordKey(from.id(), fromId);
        RecordKey toKey = new RecordKey(to.id(), toId);
        int[] old = typesBetween(fromKey, to.id(), toId);
        if (old != null) {
            this.usage.countTypes(old, -1);
            this.usage.countTypes(typesBetween(toKey, from.id(), fromId), -1);
        }
        if (typeIds.length == 0) {
            if (old != null) {
                removeEntry(fromKey, to.id(), toId);
                removeEntry(toKey, from.id(), fromId);
                this.usage.countPair(from.id(), to.id(), -1);
            }
            return;
        }
        int[] inverse = inverse(typeIds);
        this.index.computeIfAbsent(fromKey, (k) -> new HashMap<>())
            .computeIfAbsent(to.id(), (k) -> new TreeMap<>())
            .put(toId, typeIds);
        this.index.computeIfAbsent(toKey, (k) -> new HashMap<>())
            .computeIfAbsent(from.id(), (k) -> new TreeMap<>())
            .put(fromId, inverse);
        this.usage.countTypes(typeIds, 1);
        this.usage.countTypes(inverse, 1);
        if (old == null) {
            this.usage.countPair(from.id(), to.id(), 1);
        }
    }

    private void removeEntry(RecordKey record, String toTypeId, long toId) {
        Map<String, TreeMap<Long, int[]>> byType = this.index.get(record);
        if (byType == null) {
            return;
        }
        TreeMap<Long, int[]> entries = byType.get(toTypeId);
        if (entries != null) {
            entries.remove(toId);
            if (entries.isEmpty()) {
                byType.remove(toTypeId);
                if (byType.isEmpty()) {
                    this.index.remove(record);
                }
            }
        }
    }

    @Nullable TreeMap<Long, int[]> entries(RecordKey record, String toTypeId) {
        Map<String, TreeMap<Long, int[]>> byType = this.index.get(record);
        return (byType != null) ? byType.get(toTypeId) : null;
    }

    int @Nullable [] typesBetween(RecordKey record, String toTypeId, long toId) {
        TreeMap<Long, int[]> entries = entries(record, toTypeId);
        return (entries != null) ? entries.get(toId) : null;
    }

    /**
     * Give a record {@code count} synthetic associations to an object type, or none.
     * @param record the record, by object type id and record id
     * @param toTypeId the associated object type id
     * @param count how many, {@code 0} or less for none
     */
    void synthetic(RecordKey record, String toTypeId, long count) {
        if (count <= 0) {
            Map<String, Long> counts = this.synthetic.get(record);
            if (counts != null) {
                counts.remove(toTypeId);
            }
            return;
        }
        this.synthetic.computeIfAbsent(record, (k) -> new HashMap<>()).put(toTypeId, count);
    }

    private long syntheticCount(RecordKey record, String toTypeId) {
        Map<String, Long> counts = this.synthetic.get(record);
        return (counts != null) ? counts.getOrDefault(toTypeId, 0L) : 0L;
    }

    /**
     * The record pairs between two object types that only synthetic associations make.
     * @param one one object type id
     * @param other the other object type id
     * @return the number of such pairs
     */
    long syntheticPairs(String one, String other) {
        long count = 0;
        for (Map.Entry<RecordKey, Map<String, Long>> record : this.synthetic.entrySet()) {
            String recordType = record.getKey().objectTypeId();
            for (String towards : record.getValue().keySet()) {
                if ((recordType.equals(one) && towards.equals(other))
                        || (recordType.equals(other) && towards.equals(one))) {
                    long total = associatedCount(record.getKey(), towards);
                    TreeMap<Long, int[]> stored = entries(record.getKey(), towards);
                    count += total - ((stored != null) ? stored.size() : 0);
                }
            }
        }
        return count;
    }

    /**
     * Distinct records of {@code toTypeId} associated with {@code record}, synthetic ones
     * included.
     * @param record the record, by object type id and record id
     * @param toTypeId the associated object type id
     * @return the number of associated records
     */
    long associatedCount(RecordKey record, String toTypeId) {
        TreeMap<Long, int[]> stored = entries(record, toTypeId);
        long storedCount = (stored != null) ? stored.size() : 0;
        long syntheticCount = syntheticCount(record, toTypeId);
        if (syntheticCount == 0 || stored == null) {
            return storedCount + syntheticCount;
        }
        return storedCount + syntheticCount - stored.headMap(syntheticCount, true).size();
    }

    /**
     * Records of {@code toTypeId} associated with {@code record} by one type.
     * @param record the record, by object type id and record id
     * @param toTypeId the associated object type id
     * @param typeId the type id, seen from the record
     * @return the number of associated records
     */
    long countWithType(RecordKey record, String toTypeId, int typeId) {
        TreeMap<Long, int[]> stored = entries(record, toTypeId);
        if (stored == null) {
            return 0;
        }
        return stored.values().stream().filter((typeIds) -> contains(typeIds, typeId)).count();
    }

    private int[] inverse(int[] typeIds) {
        Set<Integer> inverse = new HashSet<>();
        for (int typeId : typeIds) {
            inverse.add(this.types.require(typeId).inverseTypeId());
        }
        return sorted(inverse);
    }

    /**
     * Type ids in response order: HubSpot-defined before user-defined, each by id.
     * @param typeIds the association type ids, seen from the first record
     * @return the sorted ids
     */
    int[] sorted(Collection<Integer> typeIds) {
        return typeIds.stream()
            .map(this.types::require)
            .sorted(VIEW_ORDER)
            .mapToInt(AssociationDefinition::typeId)
            .toArray();
    }

    void clear() {
        this.index.clear();
        this.synthetic.clear();
    }

    static Set<Integer> toSet(int[] typeIds) {
        Set<Integer> set = new LinkedHashSet<>();
        for (int typeId : typeIds) {
            set.add(typeId);
        }
        return set;
    }

    static boolean contains(int[] typeIds, int typeId) {
        for (int candidate : typeIds) {
            if (candidate == typeId) {
                return true;
            }
        }
        return false;
    }

}
