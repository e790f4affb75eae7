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
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import io.github.associations.emulator.control.EmulatorState;
import io.github.associations.emulator.internal.http.ApiException;
import io.github.associations.emulator.internal.http.ErrorBody;
import io.github.associations.emulator.internal.store.AssociationDefinition.Kind;
import io.github.associations.emulator.internal.store.TypeRegistry.PairKey;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * The emulated account's CRM state: records, associations, association types and
 * configured limits, behind one read-write lock. An association is one relation between
 * two records, indexed from both sides: each side keeps the type ids as seen from it, the
 * other side's being their inverses, and both are written together.
 * <p>
 * Synthetic associations ({@link #addSyntheticAssociations}) are generated on read: a
 * record with {@code count} synthetic associations to a type lists ids {@code 1..count}
 * with the unlabeled type, merged by id with its stored associations; a stored
 * association to one of those ids shadows the synthetic one (its types always include the
 * unlabeled type). They are one-sided (the generated records do not list the association
 * back), read-only (writes change stored associations only; removing a stored association
 * that shadows a synthetic one shows the synthetic one again), and count towards the
 * record's object-level limit.
 */
public final class AssociationStore implements EmulatorState {

    /**
     * Highest {@code maxToObjectIds} a limit can be configured with (HubSpot's UI allows
     * up to 10,000).
     */
    static final int MAX_CONFIGURED_LIMIT = 10_000;

    private static final Comparator<AssociationDefinition> VIEW_ORDER = Comparator
        .comparingInt(AssociationDefinition::categoryRank)
        .thenComparingInt(AssociationDefinition::typeId);

    private static final int[] NONE = new int[0];

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    private final boolean strictRecords;

    private final int maxCustomLabelsPerObjectPair;

    // Everything below is guarded by the lock.

    private TypeRegistry types = new TypeRegistry();

    private final Map<String, Set<Long>> seededIds = new HashMap<>();

    private final Map<String, List<long[]>> seededRanges = new HashMap<>();

    private final Map<RecordKey, Map<String, TreeMap<Long, int[]>>> index = new HashMap<>();

    private final Map<RecordKey, Map<String, Long>> synthetic = new HashMap<>();

    private final Map<Integer, Integer> limits = new HashMap<>();

    private final Map<Integer, Integer> typeUsage = new HashMap<>();

    private final Map<PairKey, Long> pairCounts = new HashMap<>();

    public AssociationStore(ApiSettings settings) {
        this.strictRecords = settings.strictRecords();
        this.maxCustomLabelsPerObjectPair = settings.maxCustomLabelsPerObjectPair();
    }

    // ---------------------------------------------------------------- locking

    /**
     * Run {@code action} under the read lock. Never call a writing method from it.
     * @param <T> the result type
     * @param action the action
     * @return its result
     */
    public <T> T read(Supplier<T> action) {
        Lock readLock = this.lock.readLock();
        readLock.lock();
        try {
            return action.get();
        }
        finally {
            readLock.unlock();
        }
    }

    /**
     * Run {@code action} under the write lock, so that a whole batch is applied
     * atomically; the store's own methods may be called from it (the lock is reentrant).
     * @param <T> the result type
     * @param action the action
     * @return its result
     */
    public <T> T write(Supplier<T> action) {
        Lock writeLock = this.lock.writeLock();
        writeLock.lock();
        try {
            return action.get();
        }
        finally {
            writeLock.unlock();
        }
    }

    private void writeVoid(Runnable action) {
        write(() -> {
            action.run();
            return null;
        });
    }

    // ---------------------------------------------------------------- reads

    /**
     * One page of a record's associations to an object type, ordered by associated record
     * id.
     * @param from the record's object type
     * @param fromId the record id
     * @param to the associated object type
     * @param afterId list ids above this one ({@code 0} for the first page)
     * @param limit the page size
     * @return the page
     */
    public Page page(ObjectType from, long fromId, ObjectType to, long afterId, int limit) {
        return read(() -> pageLocked(new RecordKey(from.id(), fromId), to.id(), afterId, limit));
    }

    private Page pageLocked(RecordKey from, String toTypeId, long afterId, int limit) {
        TreeMap<Long, int[]> stored = entries(from, toTypeId);
        long syntheticCount = syntheticCount(from, toTypeId);
        List<Entry> entries = new ArrayList<>(Math.min(limit, 64));
        List<AssociationDefinition> syntheticTypes = (syntheticCount > 0)
                ? List.of(this.types.require(unlabeledId(from.objectTypeId(), toTypeId))) : List.of();
        long cursor = afterId;
        while (entries.size() < limit) {
            Map.Entry<Long, int[]> next = (stored != null) ? stored.higherEntry(cursor) : null;
            long nextSynthetic = (cursor < syntheticCount) ? cursor + 1 : Long.MAX_VALUE;
            if (next != null && next.getKey() <= nextSynthetic) {
                entries.add(new Entry(next.getKey(), definitions(next.getValue())));
                cursor = next.getKey();
            }
            else if (nextSynthetic != Long.MAX_VALUE) {
                entries.add(new Entry(nextSynthetic, syntheticTypes));
                cursor = nextSynthetic;
            }
            else {
                break;
            }
        }
        boolean hasMore = cursor < syntheticCount || (stored != null && stored.higherKey(cursor) != null);
        return new Page(entries, hasMore);
    }

    private int unlabeledId(String from, String to) {
        AssociationDefinition unlabeled = this.types.unlabeled(from, to);
        if (unlabeled == null) {
            throw new IllegalStateException("No unlabeled type from " + from + " to " + to);
        }
        return unlabeled.typeId();
    }

    private List<AssociationDefinition> definitions(int[] typeIds) {
        AssociationDefinition[] definitions = new AssociationDefinition[typeIds.length];
        for (int i = 0; i < typeIds.length; i++) {
            definitions[i] = this.types.require(typeIds[i]);
        }
        return Arrays.asList(definitions);
    }

    /**
     * The association types of an object pair (HubSpot-defined, allocated and custom), by
     * type id; allocates the pair's unlabeled types on first use.
     * @param from the from object type
     * @param to the to object type
     * @return the types
     */
    public List<AssociationDefinition> definitions(ObjectType from, ObjectType to) {
        List<AssociationDefinition> known = read(
                () -> this.types.isKnownPair(from.id(), to.id()) ? this.types.definitions(from.id(), to.id()) : null);
        if (known != null) {
            return known;
        }
        return write(() -> {
            this.types.ensureUnlabeled(from, to);
            return this.types.definitions(from.id(), to.id());
        });
    }

    // ---------------------------------------------------------------- record-level
    // writes

    /**
     * R2 / B2: the given types replace the pair's labelled types; the unlabeled type
     * stays (and is added).
     * @return the labels between the pair afterwards, seen from {@code from}
     */
    public List<String> replaceLabels(ObjectType from, long fromId, ObjectType to, long toId, List<TypeSpec> specs) {
        return write(() -> {
            requireRecords(List.of(new RecordRef(from, fromId), new RecordRef(to, toId)));
            requireDistinct(from, fromId, to, toId);
            Set<Integer> target = new LinkedHashSet<>();
            target.add(this.types.ensureUnlabeled(from, to).typeId());
            for (TypeSpec spec : specs) {
                target.add(requireType(from, to, spec).typeId());
            }
            apply(from, fromId, to, toId, target);
            return labelsBetween(from, fromId, to, toId);
        });
    }

    /**
     * R3 / B3: add the unlabeled type, leaving labels alone.
     * @return the unlabeled type from {@code from} to {@code to}
     */
    public AssociationDefinition associateDefault(ObjectType from, long fromId, ObjectType to, long toId) {
        return write(() -> {
            requireRecords(List.of(new RecordRef(from, fromId), new RecordRef(to, toId)));
            requireDistinct(from, fromId, to, toId);
            AssociationDefinition unlabeled = this.types.ensureUnlabeled(from, to);
            Set<Integer> target = current(from, fromId, to, toId);
            target.add(unlabeled.typeId());
            apply(from, fromId, to, toId, target);
            return unlabeled;
        });
    }

    /**
     * v3 create: add one type (named as v3 does, or by numeric id) and the unlabeled
     * type.
     * @return the added type
     */
    public AssociationDefinition addType(ObjectType from, long fromId, ObjectType to, long toId, String typeReference) {
        return write(() -> {
            requireRecords(List.of(new RecordRef(from, fromId), new RecordRef(to, toId)));
            AssociationDefinition type = requireV3Type(from, to, typeReference);
            requireDistinct(from, fromId, to, toId);
            Set<Integer> target = current(from, fromId, to, toId);
            target.add(this.types.ensureUnlabeled(from, to).typeId());
            target.add(type.typeId());
            apply(from, fromId, to, toId, target);
            return type;
        });
    }

    /**
     * R4 / B4: remove every association between two records (nothing happens if there is
     * none).
     */
    public void removeAll(ObjectType from, long fromId, ObjectType to, long toId) {
        writeVoid(() -> store(from, fromId, to, toId, NONE));
    }

    /**
     * B5 / v3 archive: remove the given types; removing the unlabeled type removes
     * everything.
     */
    public void removeTypes(ObjectType from, long fromId, ObjectType to, long toId,
            Collection<AssociationDefinition> removed) {
        writeVoid(() -> {
            if (removed.stream().anyMatch(AssociationDefinition::isUnlabeled)) {
                store(from, fromId, to, toId, NONE);
                return;
            }
            int[] old = typesBetween(new RecordKey(from.id(), fromId), to.id(), toId);
            if (old != null) {
                Set<Integer> target = toSet(old);
                removed.forEach((type) -> target.remove(type.typeId()));
                store(from, fromId, to, toId, sorted(target));
            }
        });
    }

    /**
     * An {@code AssociationSpec} as a type defined from {@code from} to {@code to}.
     * @throws ApiException 400 if no such type exists in that direction with that
     * category
     */
    public AssociationDefinition requireType(ObjectType from, ObjectType to, TypeSpec spec) {
        return write(() -> {
            this.types.ensureUnlabeled(from, to);
            AssociationDefinition type = this.types.get(spec.typeId());
            if (type == null || !type.isBetween(from.id(), to.id())) {
                throw ApiException.validation("Association type " + spec.typeId() + " is not defined from "
                        + from.name() + " to " + to.name(), "associationTypeId");
            }
            if (!type.category().equals(spec.category())) {
                throw ApiException.validation("Association type " + spec.typeId() + " has category " + type.category()
                        + ", not " + spec.category(), "associationCategory");
            }
            return type;
        });
    }

    /**
     * A v3 type reference (name, or type id as a string) as a type defined from
     * {@code from} to {@code to}.
     * @throws ApiException 400 if there is none
     */
    public AssociationDefinition requireV3Type(ObjectType from, ObjectType to, String reference) {
        return write(() -> {
            this.types.ensureUnlabeled(from, to);
            AssociationDefinition type = this.types.byName(from.id(), to.id(), reference);
            if (type == null && isDigits(reference) && reference.length() < 10) {
                AssociationDefinition byId = this.types.get(Integer.parseInt(reference));
                type = (byId != null && byId.isBetween(from.id(), to.id())) ? byId : null;
            }
            if (type == null) {
                // UNCERTAIN: HubSpot's wording for an unknown v3 type is undocumented.
                throw ApiException.validation(
                        "Unknown association type " + reference + " from " + from.name() + " to " + to.name(), "type");
            }
            return type;
        });
    }

    /**
     * In strict mode, HubSpot's {@code INVALID_OBJECT_IDS} error unless every record
     * exists.
     * @param records the records
     * @throws ApiException 400 naming every unknown record
     */
    public void requireRecords(List<RecordRef> records) {
        List<RecordRef> invalid = read(() -> records.stream().filter((r) -> !exists(r.type(), r.id())).toList());
        if (invalid.isEmpty()) {
            return;
        }
        String message = "One or more associations are invalid";
        ErrorBody body = ErrorBody.of("VALIDATION_ERROR", message);
        invalid
            .forEach((r) -> body.context("INVALID_OBJECT_IDS", r.type().upperName() + "=" + r.id() + " is not valid"));
        invalid.forEach((r) -> body.context("objectId", Long.toString(r.id())));
        invalid.forEach((r) -> body.context("objectType", r.type().upperName()));
        throw new ApiException(HttpStatus.BAD_REQUEST, body, message);
    }

    private static void requireDistinct(ObjectType from, long fromId, ObjectType to, long toId) {
        if (from.equals(to) && fromId == toId) {
            // UNCERTAIN: HubSpot's answer to associating a record with itself is
            // undocumented.
            throw ApiException.validation("Cannot associate " + from.name() + " " + fromId + " with itself");
        }
    }

    private Set<Integer> current(ObjectType from, long fromId, ObjectType to, long toId) {
        int[] old = typesBetween(new RecordKey(from.id(), fromId), to.id(), toId);
        return (old != null) ? toSet(old) : new LinkedHashSet<>();
    }

    private List<String> labelsBetween(ObjectType from, long fromId, ObjectType to, long toId) {
        int[] typeIds = typesBetween(new RecordKey(from.id(), fromId), to.id(), toId);
        List<String> labels = new ArrayList<>();
        for (int typeId : (typeIds != null) ? typeIds : NONE) {
            String label = this.types.require(typeId).label();
            if (label != null) {
                labels.add(label);
            }
        }
        return labels;
    }

    /**
     * Make the pair's types (seen from {@code from}) exactly {@code target}: check
     * configured limits for every type the pair newly gets, then keep a single primary,
     * then write both sides. Fails before changing anything.
     */
    private void apply(ObjectType from, long fromId, ObjectType to, long toId, Set<Integer> target) {
        Set<Integer> old = current(from, fromId, to, toId);
        List<AssociationDefinition> added = new ArrayList<>();
        for (int typeId : target) {
            if (!old.contains(typeId)) {
                added.add(this.types.require(typeId));
            }
        }
        for (AssociationDefinition type : added) {
            checkLimits(from, fromId, to, toId, type);
        }
        for (AssociationDefinition type : added) {
            if (type.isPrimary()) {
                keepSinglePrimary(from, fromId, to, toId, type);
            }
        }
        store(from, fromId, to, toId, sorted(target));
    }

    /**
     * A contact, deal or ticket has one primary company: giving it a new one removes the
     * primary type from its other company associations, whichever side the primary was
     * written from. A company may be many records' primary.
     */
    private void keepSinglePrimary(ObjectType from, long fromId, ObjectType to, long toId,
            AssociationDefinition primary) {
        boolean ownerIsFrom = primary.primaryOwnedByFrom();
        ObjectType ownerType = ownerIsFrom ? from : to;
        long owner = ownerIsFrom ? fromId : toId;
        ObjectType partnerType = ownerIsFrom ? to : from;
        long keep = ownerIsFrom ? toId : fromId;
        int ownerTypeId = ownerIsFrom ? primary.typeId() : primary.inverseTypeId();
        TreeMap<Long, int[]> partners = entries(new RecordKey(ownerType.id(), owner), partnerType.id());
        if (partners == null) {
            return;
        }
        List<Long> demoted = new ArrayList<>();
        partners.forEach((partner, typeIds) -> {
            if (partner != keep && contains(typeIds, ownerTypeId)) {
                demoted.add(partner);
            }
        });
        for (long partner : demoted) {
            Set<Integer> remaining = toSet(partners.get(partner));
            remaining.remove(ownerTypeId);
            store(ownerType, owner, partnerType, partner, sorted(remaining));
        }
    }

    /**
     * Enforce configured limits for a type the pair newly gets, on both records: the from
     * record gains {@code type} towards a record of {@code to}, the to record gains its
     * inverse towards a record of {@code from}. Not retroactive: only additions are
     * checked.
     */
    private void checkLimits(ObjectType from, long fromId, ObjectType to, long toId, AssociationDefinition type) {
        AssociationDefinition inverse = this.types.require(type.inverseTypeId());
        // The owner of a primary keeps exactly one (keepSinglePrimary), so its own count
        // cannot grow.
        if (!(type.isPrimary() && type.primaryOwnedByFrom())) {
            checkLimit(from, fromId, to, type, fromId, toId);
        }
        if (!(inverse.isPrimary() && inverse.primaryOwnedByFrom())) {
            checkLimit(to, toId, from, inverse, fromId, toId);
        }
    }

    private void checkLimit(ObjectType recordType, long recordId, ObjectType towards, AssociationDefinition type,
            long inputFromId, long inputToId) {
        Integer max = this.limits.get(type.typeId());
        if (max == null) {
            return;
        }
        RecordKey record = new RecordKey(recordType.id(), recordId);
        long current = type.isUnlabeled() ? associatedCount(record, towards.id())
                : countWithType(record, towards.id(), type.typeId());
        if (current + 1 > max) {
            // UNCERTAIN: HubSpot's limit-exceeded body is undocumented (facts §7, §8.14).
            String message = "Association limit exceeded: " + recordType.name() + " " + recordId + " may have at most "
                    + max + " " + towards.name() + " association(s) of type " + type.typeId() + " ("
                    + ((type.label() != null) ? type.label() : "unlabeled") + ")";
            ApiException error = ApiException.validation(message);
            error.body()
                .context("associationTypeId", Integer.toString(type.typeId()))
                .context("limit", Integer.toString(max));
            throw error.namingInput(Long.toString(inputFromId), Long.toString(inputToId));
        }
    }

    // ---------------------------------------------------------------- the index

    /**
     * Write a pair's types seen from {@code from} (empty removes the association) and
     * their inverses on the other side, keeping usage counts and pair counts in step.
     */
    private void store(ObjectType from, long fromId, ObjectType to, long toId, int[] typeIds) {
        RecordKey fromKey = new RecordKey(from.id(), fromId);
        RecordKey toKey = new RecordKey(to.id(), toId);
        int[] old = typesBetween(fromKey, to.id(), toId);
        if (old != null) {
            countUsage(old, -1);
            countUsage(typesBetween(toKey, from.id(), fromId), -1);
        }
        PairKey pair = unorderedPair(from.id(), to.id());
        if (typeIds.length == 0) {
            if (old != null) {
                removeEntry(fromKey, to.id(), toId);
                removeEntry(toKey, from.id(), fromId);
                this.pairCounts.merge(pair, -1L, Long::sum);
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
        countUsage(typeIds, 1);
        countUsage(inverse, 1);
        if (old == null) {
            this.pairCounts.merge(pair, 1L, Long::sum);
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

    private void countUsage(int @Nullable [] typeIds, int delta) {
        if (typeIds != null) {
            for (int typeId : typeIds) {
                this.typeUsage.merge(typeId, delta, (a, b) -> (a + b == 0) ? null : a + b);
            }
        }
    }

    private @Nullable TreeMap<Long, int[]> entries(RecordKey record, String toTypeId) {
        Map<String, TreeMap<Long, int[]>> byType = this.index.get(record);
        return (byType != null) ? byType.get(toTypeId) : null;
    }

    private int @Nullable [] typesBetween(RecordKey record, String toTypeId, long toId) {
        TreeMap<Long, int[]> entries = entries(record, toTypeId);
        return (entries != null) ? entries.get(toId) : null;
    }

    private long syntheticCount(RecordKey record, String toTypeId) {
        Map<String, Long> counts = this.synthetic.get(record);
        return (counts != null) ? counts.getOrDefault(toTypeId, 0L) : 0L;
    }

    /**
     * Distinct records of {@code toTypeId} associated with {@code record}, synthetic ones
     * included.
     */
    private long associatedCount(RecordKey record, String toTypeId) {
        TreeMap<Long, int[]> stored = entries(record, toTypeId);
        long storedCount = (stored != null) ? stored.size() : 0;
        long syntheticCount = syntheticCount(record, toTypeId);
        if (syntheticCount == 0 || stored == null) {
            return storedCount + syntheticCount;
        }
        return storedCount + syntheticCount - stored.headMap(syntheticCount, true).size();
    }

    private long countWithType(RecordKey record, String toTypeId, int typeId) {
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

    /** Type ids in response order: HubSpot-defined before user-defined, each by id. */
    private int[] sorted(Collection<Integer> typeIds) {
        return typeIds.stream()
            .map(this.types::require)
            .sorted(VIEW_ORDER)
            .mapToInt(AssociationDefinition::typeId)
            .toArray();
    }

    private static Set<Integer> toSet(int[] typeIds) {
        Set<Integer> set = new LinkedHashSet<>();
        for (int typeId : typeIds) {
            set.add(typeId);
        }
        return set;
    }

    private static boolean contains(int[] typeIds, int typeId) {
        for (int candidate : typeIds) {
            if (candidate == typeId) {
                return true;
            }
        }
        return false;
    }

    private static PairKey unorderedPair(String a, String b) {
        return (a.compareTo(b) <= 0) ? new PairKey(a, b) : new PairKey(b, a);
    }

    private boolean exists(ObjectType type, long id) {
        if (id <= 0) {
            return false;
        }
        if (!this.strictRecords) {
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

    public static boolean isDigits(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- labels

    /**
     * L2: create a custom label. Paired ({@code inverseLabel} given): one type per
     * direction with its own text, the inverse named {@code <name>_inverse} for v3.
     * Single: between different object types the inverse direction gets a type with the
     * same text and name (labels are bi-directional); between records of one type it is
     * its own inverse.
     * @return the types to show in the response: both directions for a paired label, the
     * forward one otherwise
     */
    public List<AssociationDefinition> createLabel(ObjectType from, ObjectType to, String name, String label,
            @Nullable String inverseLabel) {
        return write(() -> {
            this.types.ensureUnlabeled(from, to);
            this.types.ensureUnlabeled(to, from);
            List<AssociationDefinition> pairTypes = new ArrayList<>(this.types.definitions(from.id(), to.id()));
            if (!from.equals(to)) {
                pairTypes.addAll(this.types.definitions(to.id(), from.id()));
            }
            String inverseName = name + "_inverse";
            for (AssociationDefinition existing : pairTypes) {
                if (existing.name().equalsIgnoreCase(name)
                        || (inverseLabel != null && existing.name().equalsIgnoreCase(inverseName))) {
                    throw ApiException.validation("An association label named " + name + " already exists between "
                            + from.name() + " and " + to.name(), "name");
                }
            }
            long customLabels = pairTypes.stream()
                .filter(AssociationDefinition::isCustomLabel)
                .map((type) -> Math.min(type.typeId(), type.inverseTypeId()))
                .distinct()
                .count();
            if (customLabels >= this.maxCustomLabelsPerObjectPair) {
                throw ApiException.validation("Cannot create more than " + this.maxCustomLabelsPerObjectPair
                        + " association labels between " + from.name() + " and " + to.name());
            }
            int forwardId = this.types.allocateTypeId();
            String category = AssociationDefinition.USER_DEFINED;
            if (inverseLabel != null) {
                int inverseId = this.types.allocateTypeId();
                AssociationDefinition forward = new AssociationDefinition(forwardId, category, from.id(), to.id(),
                        label, name, inverseId, Kind.CUSTOM_PAIRED);
                AssociationDefinition inverse = new AssociationDefinition(inverseId, category, to.id(), from.id(),
                        inverseLabel, inverseName, forwardId, Kind.CUSTOM_PAIRED);
                this.types.add(forward);
                this.types.add(inverse);
                // UNCERTAIN: the docs example lists the two types in descending id order;
                // which of them is the
                // forward one is not said. Forward first lets clients take results[0] as
                // the from->to type.
                return List.of(forward, inverse);
            }
            if (from.equals(to)) {
                AssociationDefinition symmetric = new AssociationDefinition(forwardId, category, from.id(), to.id(),
                        label, name, forwardId, Kind.CUSTOM_SINGLE);
                this.types.add(symmetric);
                return List.of(symmetric);
            }
            int inverseId = this.types.allocateTypeId();
            AssociationDefinition forward = new AssociationDefinition(forwardId, category, from.id(), to.id(), label,
                    name, inverseId, Kind.CUSTOM_SINGLE);
            this.types.add(forward);
            this.types.add(new AssociationDefinition(inverseId, category, to.id(), from.id(), label, name, forwardId,
                    Kind.CUSTOM_SINGLE));
            return List.of(forward);
        });
    }

    /**
     * L3: change a custom label's text. A single label's two directions share the text; a
     * paired label's inverse changes only when {@code inverseLabel} is given.
     */
    public void updateLabel(ObjectType from, ObjectType to, int typeId, String label, @Nullable String inverseLabel) {
        writeVoid(() -> {
            AssociationDefinition type = requireCustomLabel(from, to, typeId, "changed");
            AssociationDefinition inverse = this.types.require(type.inverseTypeId());
            this.types.add(type.withLabel(label));
            if (inverse.typeId() != type.typeId()) {
                if (type.kind() == Kind.CUSTOM_SINGLE) {
                    this.types.add(inverse.withLabel(label));
                }
                else if (inverseLabel != null) {
                    this.types.add(inverse.withLabel(inverseLabel));
                }
            }
        });
    }

    /**
     * L4: delete a custom label, both directions, and their configured limits.
     */
    public void deleteLabel(ObjectType from, ObjectType to, int typeId) {
        writeVoid(() -> {
            AssociationDefinition type = requireCustomLabel(from, to, typeId, "deleted");
            if (this.typeUsage.containsKey(type.typeId()) || this.typeUsage.containsKey(type.inverseTypeId())) {
                // UNCERTAIN: HubSpot's body for a label in use is undocumented (facts
                // §1.3).
                throw ApiException.validation("Association label " + typeId + " (" + type.label()
                        + ") is in use; remove it from associated records before deleting it");
            }
            this.types.remove(type.typeId());
            this.types.remove(type.inverseTypeId());
            this.limits.remove(type.typeId());
            this.limits.remove(type.inverseTypeId());
        });
    }

    private AssociationDefinition requireCustomLabel(ObjectType from, ObjectType to, int typeId, String action) {
        AssociationDefinition type = this.types.get(typeId);
        if (type == null || !(type.isBetween(from.id(), to.id()) || type.isBetween(to.id(), from.id()))) {
            // UNCERTAIN: 404 OBJECT_NOT_FOUND assumed for an unknown type id.
            throw ApiException.notFound(
                    "Association type " + typeId + " does not exist between " + from.name() + " and " + to.name());
        }
        if (!type.isCustomLabel()) {
            throw ApiException.validation(
                    "Association type " + typeId + " is a default association type and cannot be " + action,
                    "associationTypeId");
        }
        return type;
    }

    // ---------------------------------------------------------------- configured limits

    /**
     * C1 / C2: configured limits, by type id.
     * @param from the from object type, or {@code null} for every pair
     * @param to the to object type, or {@code null} for every pair
     * @return the configurations
     */
    public List<Configuration> configurations(@Nullable ObjectType from, @Nullable ObjectType to) {
        return read(() -> this.limits.entrySet()
            .stream()
            .map((e) -> new Configuration(this.types.require(e.getKey()), e.getValue()))
            .filter((c) -> from == null || to == null || c.type().isBetween(from.id(), to.id()))
            .sorted(Comparator.comparingInt((Configuration c) -> c.type().typeId()))
            .toList());
    }

    /**
     * C3: configure a limit for a type that has none.
     * @throws ApiException 400 for an unknown type, an existing configuration or a value
     * out of range
     */
    public Configuration createConfiguration(ObjectType from, ObjectType to, String category, int typeId, int max) {
        return write(() -> {
            AssociationDefinition type = requireType(from, to, new TypeSpec(category, typeId));
            if (this.limits.containsKey(typeId)) {
                throw ApiException.validation("A limit is already configured for association type " + typeId
                        + "; use batch/update to change it", "typeId");
            }
            checkConfiguredValue(from, to, type, max);
            this.limits.put(typeId, max);
            return new Configuration(type, max);
        });
    }

    /**
     * C4: change an existing configured limit.
     * @throws ApiException 404 if the type has no configured limit, 400 for a value out
     * of range
     */
    public Configuration updateConfiguration(ObjectType from, ObjectType to, String category, int typeId, int max) {
        return write(() -> {
            AssociationDefinition type = requireType(from, to, new TypeSpec(category, typeId));
            if (!this.limits.containsKey(typeId)) {
                // UNCERTAIN: category assumed.
                throw ApiException.notFound("No limit is configured for association type " + typeId);
            }
            checkConfiguredValue(from, to, type, max);
            this.limits.put(typeId, max);
            return new Configuration(type, max);
        });
    }

    /**
     * C5: return a type to the system default (nothing happens if none is configured).
     */
    public void purgeConfiguration(ObjectType from, ObjectType to, String category, int typeId) {
        writeVoid(() -> {
            requireType(from, to, new TypeSpec(category, typeId));
            this.limits.remove(typeId);
        });
    }

    /**
     * Value range 1..10,000; label limits strictly below the object (unlabeled) limit,
     * and the object limit strictly above every label limit. UNCERTAIN: the docs say
     * labels "less than or equal to" the object limit, but both of HubSpot's published
     * examples are strict (object 10 -> labels "1-9"; label 10 -> object "&gt;10"); we
     * follow the examples.
     */
    private void checkConfiguredValue(ObjectType from, ObjectType to, AssociationDefinition type, int max) {
        if (max < 1 || max > MAX_CONFIGURED_LIMIT) {
            throw ApiException.validation(
                    "maxToObjectIds must be between 1 and " + MAX_CONFIGURED_LIMIT + ", got " + max, "maxToObjectIds");
        }
        if (type.isUnlabeled()) {
            int highestLabelLimit = this.types.definitions(from.id(), to.id())
                .stream()
                .filter((t) -> !t.isUnlabeled())
                .map((t) -> this.limits.get(t.typeId()))
                .filter((limit) -> limit != null)
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
            if (highestLabelLimit > 0 && max <= highestLabelLimit) {
                throw ApiException.validation("Invalid limit " + max + " for association type " + type.typeId()
                        + ": the allowed range must be greater than the existing label limits (i.e., >"
                        + highestLabelLimit + ")", "maxToObjectIds");
            }
        }
        else {
            Integer objectLimit = this.limits.get(unlabeledId(from.id(), to.id()));
            if (objectLimit != null && max >= objectLimit) {
                throw ApiException.validation("Invalid limit " + max + " for association type " + type.typeId()
                        + ": the allowed range is 1-" + (objectLimit - 1)
                        + " (label limits must stay below the object limit of " + objectLimit + ")", "maxToObjectIds");
            }
        }
    }

    // ---------------------------------------------------------------- EmulatorState

    @Override
    public void seedRecords(String objectType, Collection<String> ids) {
        ObjectType type = ObjectTypes.require(objectType);
        List<Long> parsed = ids.stream().map(AssociationStore::requirePositiveId).toList();
        writeVoid(() -> this.seededIds.computeIfAbsent(type.id(), (k) -> new HashSet<>()).addAll(parsed));
    }

    @Override
    public void seedRecordRange(String objectType, long firstId, int count) {
        ObjectType type = ObjectTypes.require(objectType);
        if (firstId <= 0 || count < 0) {
            throw new IllegalArgumentException("firstId must be positive and count not negative");
        }
        writeVoid(() -> this.seededRanges.computeIfAbsent(type.id(), (k) -> new ArrayList<>())
            .add(new long[] { firstId, count }));
    }

    @Override
    public boolean recordExists(String objectType, String id) {
        ObjectType type = ObjectTypes.require(objectType);
        if (!isDigits(id) || id.length() > 18) {
            return false;
        }
        long parsed = Long.parseLong(id);
        return read(() -> exists(type, parsed));
    }

    @Override
    public List<Association> associations(String fromObjectType, String fromObjectId, String toObjectType) {
        ObjectType from = ObjectTypes.require(fromObjectType);
        ObjectType to = ObjectTypes.require(toObjectType);
        long id = requirePositiveId(fromObjectId);
        return page(from, id, to, 0, Integer.MAX_VALUE).entries()
            .stream()
            .map((entry) -> new Association(Long.toString(entry.toObjectId()),
                    entry.types().stream().map(AssociationDefinition::toView).toList()))
            .toList();
    }

    @Override
    public long associationCount(String objectType, String otherObjectType) {
        ObjectType one = ObjectTypes.require(objectType);
        ObjectType other = ObjectTypes.require(otherObjectType);
        return read(() -> {
            long count = this.pairCounts.getOrDefault(unorderedPair(one.id(), other.id()), 0L);
            for (Map.Entry<RecordKey, Map<String, Long>> record : this.synthetic.entrySet()) {
                String recordType = record.getKey().objectTypeId();
                for (Map.Entry<String, Long> towards : record.getValue().entrySet()) {
                    if ((recordType.equals(one.id()) && towards.getKey().equals(other.id()))
                            || (recordType.equals(other.id()) && towards.getKey().equals(one.id()))) {
                        long total = associatedCount(record.getKey(), towards.getKey());
                        TreeMap<Long, int[]> stored = entries(record.getKey(), towards.getKey());
                        count += total - ((stored != null) ? stored.size() : 0);
                    }
                }
            }
            return count;
        });
    }

    @Override
    public List<AssociationType> labels(String fromObjectType, String toObjectType) {
        return definitions(ObjectTypes.require(fromObjectType), ObjectTypes.require(toObjectType)).stream()
            .map(AssociationDefinition::toView)
            .toList();
    }

    @Override
    public OptionalInt limit(String fromObjectType, String toObjectType, String category, int typeId) {
        ObjectType from = ObjectTypes.require(fromObjectType);
        ObjectType to = ObjectTypes.require(toObjectType);
        return read(() -> {
            AssociationDefinition type = this.types.get(typeId);
            Integer max = this.limits.get(typeId);
            if (type == null || max == null || !type.isBetween(from.id(), to.id())
                    || !type.category().equals(category)) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(max);
        });
    }

    @Override
    public void addSyntheticAssociations(String fromObjectType, String fromObjectId, String toObjectType, long count) {
        ObjectType from = ObjectTypes.require(fromObjectType);
        ObjectType to = ObjectTypes.require(toObjectType);
        RecordKey record = new RecordKey(from.id(), requirePositiveId(fromObjectId));
        writeVoid(() -> {
            this.types.ensureUnlabeled(from, to);
            if (count <= 0) {
                Map<String, Long> counts = this.synthetic.get(record);
                if (counts != null) {
                    counts.remove(to.id());
                }
                return;
            }
            this.synthetic.computeIfAbsent(record, (k) -> new HashMap<>()).put(to.id(), count);
        });
    }

    @Override
    public void reset() {
        writeVoid(() -> {
            this.types = new TypeRegistry();
            this.seededIds.clear();
            this.seededRanges.clear();
            this.index.clear();
            this.synthetic.clear();
            this.limits.clear();
            this.typeUsage.clear();
            this.pairCounts.clear();
        });
    }

    private static long requirePositiveId(String id) {
        if (!isDigits(id) || id.length() > 18 || Long.parseLong(id) <= 0) {
            throw new IllegalArgumentException("Record ids are positive decimal numbers: " + id);
        }
        return Long.parseLong(id);
    }

    // ---------------------------------------------------------------- values

    /**
     * A record: object type id and record id.
     *
     * @param objectTypeId the object type id
     * @param id the record id
     */
    public record RecordKey(String objectTypeId, long id) {
    }

    /**
     * A record named by a request.
     *
     * @param type the object type
     * @param id the record id
     */
    public record RecordRef(ObjectType type, long id) {
    }

    /**
     * One associated record with the types between the two records, seen from the listing
     * record.
     *
     * @param toObjectId the associated record id
     * @param types the types, unlabeled included, HubSpot-defined first
     */
    public record Entry(long toObjectId, List<AssociationDefinition> types) {
    }

    /**
     * A page of associated records.
     *
     * @param entries the records, by id
     * @param hasMore whether more records follow the last one
     */
    public record Page(List<Entry> entries, boolean hasMore) {

        public long lastId() {
            return this.entries.get(this.entries.size() - 1).toObjectId();
        }

    }

    /**
     * A configured limit.
     *
     * @param type the association type
     * @param maxToObjectIds the limit
     */
    public record Configuration(AssociationDefinition type, int maxToObjectIds) {
    }

}
