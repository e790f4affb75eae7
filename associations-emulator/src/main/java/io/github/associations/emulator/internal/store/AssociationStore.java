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
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import io.github.associations.emulator.control.EmulatorState;
import io.github.associations.emulator.internal.http.ApiException;
import io.github.associations.emulator.internal.http.ErrorBody;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * The emulated account's CRM state behind one read-write lock: the façade over which
 * records exist ({@link Records}), the association index ({@link RecordIndex}), the
 * association types ({@link TypeRegistry}) and custom labels ({@link Labels}), configured
 * limits ({@link Limits}) and usage counts ({@link Usage}). None of those parts is
 * thread-safe; every access to them goes through this class, under its lock.
 *
 * @since 0.1.0
 */
public final class AssociationStore implements EmulatorState {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    // Everything below is guarded by the lock.

    private final Records records;

    private final TypeRegistry types = new TypeRegistry();

    private final Usage usage = new Usage();

    private final RecordIndex index = new RecordIndex(this.types, this.usage);

    private final Limits limits = new Limits(this.types, this.index);

    private final Labels labels;

    /**
     * An empty store.
     * @param settings whether records are strict, and the custom-label cap per object
     * pair
     */
    public AssociationStore(ApiSettings settings) {
        this.records = new Records(settings.strictRecords());
        this.labels = new Labels(this.types, this.usage, this.limits, settings.maxCustomLabelsPerObjectPair());
    }

    // ---------------------------------------------------------------- locking

    /**
     * Run {@code action} under the read lock. Never call a writing method from it.
     * @param <T> the result type
     * @param action what to run, reading the store
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
     * @param action what to run, changing the store
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
    public AssociationPage page(ObjectType from, long fromId, ObjectType to, long afterId, int limit) {
        return read(() -> this.index.page(new RecordKey(from.id(), fromId), to.id(), afterId, limit));
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
     * Labelled association, one pair or one batch input: the given types replace the
     * pair's labelled types; the unlabeled type stays (and is added).
     * @param from the from record's object type
     * @param fromId the from record's id
     * @param to the to record's object type
     * @param toId the to record's id
     * @param specs the labelled types, as the request names them
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
     * Default association, one pair or one batch input: add the unlabeled type, leaving
     * labels alone.
     * @param from the from record's object type
     * @param fromId the from record's id
     * @param to the to record's object type
     * @param toId the to record's id
     * @return the unlabeled type from {@code from} to {@code to}
     */
    public AssociationDefinition associateDefault(ObjectType from, long fromId, ObjectType to, long toId) {
        return write(() -> {
            requireRecords(List.of(new RecordRef(from, fromId), new RecordRef(to, toId)));
            requireDistinct(from, fromId, to, toId);
            AssociationDefinition unlabeled = this.types.ensureUnlabeled(from, to);
            Set<Integer> target = this.index.current(from, fromId, to, toId);
            target.add(unlabeled.typeId());
            apply(from, fromId, to, toId, target);
            return unlabeled;
        });
    }

    /**
     * v3 create: add one type (named as v3 does, or by numeric id) and the unlabeled
     * type.
     * @param from the from record's object type
     * @param fromId the from record's id
     * @param to the to record's object type
     * @param toId the to record's id
     * @param typeReference the v3 type name, or the type id as a string
     * @return the added type
     */
    public AssociationDefinition addType(ObjectType from, long fromId, ObjectType to, long toId, String typeReference) {
        return write(() -> {
            requireRecords(List.of(new RecordRef(from, fromId), new RecordRef(to, toId)));
            AssociationDefinition type = requireV3Type(from, to, typeReference);
            requireDistinct(from, fromId, to, toId);
            Set<Integer> target = this.index.current(from, fromId, to, toId);
            target.add(this.types.ensureUnlabeled(from, to).typeId());
            target.add(type.typeId());
            apply(from, fromId, to, toId, target);
            return type;
        });
    }

    /**
     * Remove every association between two records (nothing happens if there is none).
     * @param from the from record's object type
     * @param fromId the from record's id
     * @param to the to record's object type
     * @param toId the to record's id
     */
    public void removeAll(ObjectType from, long fromId, ObjectType to, long toId) {
        writeVoid(() -> this.index.store(from, fromId, to, toId, RecordIndex.NONE));
    }

    /**
     * Remove the given types from a pair; removing the unlabeled type removes everything.
     * @param from the from record's object type
     * @param fromId the from record's id
     * @param to the to record's object type
     * @param toId the to record's id
     * @param removed the types to remove, seen from {@code from}
     */
    public void removeTypes(ObjectType from, long fromId, ObjectType to, long toId,
            Collection<AssociationDefinition> removed) {
        writeVoid(() -> {
            if (removed.stream().anyMatch(AssociationDefinition::isUnlabeled)) {
                this.index.store(from, fromId, to, toId, RecordIndex.NONE);
                return;
            }
            int[] old = this.index.typesBetween(new RecordKey(from.id(), fromId), to.id(), toId);
            if (old != null) {
                Set<Integer> target = RecordIndex.toSet(old);
                removed.forEach((type) -> target.remove(type.typeId()));
                this.index.store(from, fromId, to, toId, this.index.sorted(target));
            }
        });
    }

    /**
     * An {@code AssociationSpec} as a type defined from {@code from} to {@code to}.
     * @param from the from object type
     * @param to the to object type
     * @param spec the category and type id the request sent
     * @return the type
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
     * @param from the from object type
     * @param to the to object type
     * @param reference the v3 type name, or the type id as a string
     * @return the type
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
     * @param records the records a request names
     * @throws ApiException 400 naming every unknown record
     */
    public void requireRecords(List<RecordRef> records) {
        List<RecordRef> invalid = read(
                () -> records.stream().filter((r) -> !this.records.exists(r.type(), r.id())).toList());
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

    private List<String> labelsBetween(ObjectType from, long fromId, ObjectType to, long toId) {
        int[] typeIds = this.index.typesBetween(new RecordKey(from.id(), fromId), to.id(), toId);
        List<String> labels = new ArrayList<>();
        for (int typeId : (typeIds != null) ? typeIds : RecordIndex.NONE) {
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
        Set<Integer> old = this.index.current(from, fromId, to, toId);
        List<AssociationDefinition> added = new ArrayList<>();
        for (int typeId : target) {
            if (!old.contains(typeId)) {
                added.add(this.types.require(typeId));
            }
        }
        for (AssociationDefinition type : added) {
            this.limits.checkAddition(from, fromId, to, toId, type);
        }
        for (AssociationDefinition type : added) {
            if (type.isPrimary()) {
                keepSinglePrimary(from, fromId, to, toId, type);
            }
        }
        this.index.store(from, fromId, to, toId, this.index.sorted(target));
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
        TreeMap<Long, int[]> partners = this.index.entries(new RecordKey(ownerType.id(), owner), partnerType.id());
        if (partners == null) {
            return;
        }
        List<Long> demoted = new ArrayList<>();
        partners.forEach((partner, typeIds) -> {
            if (partner != keep && RecordIndex.contains(typeIds, ownerTypeId)) {
                demoted.add(partner);
            }
        });
        for (long partner : demoted) {
            Set<Integer> remaining = RecordIndex.toSet(partners.get(partner));
            remaining.remove(ownerTypeId);
            this.index.store(ownerType, owner, partnerType, partner, this.index.sorted(remaining));
        }
    }

    // ---------------------------------------------------------------- labels

    /**
     * Create a custom label, single or paired.
     * @param from the from object type
     * @param to the to object type
     * @param name the internal name, unique between the two object types
     * @param label the text seen from {@code from}
     * @param inverseLabel the text seen from {@code to} for a paired label, or
     * {@code null} for a single one
     * @return the types to show in the response: both directions for a paired label, the
     * forward one otherwise
     */
    public List<AssociationDefinition> createLabel(ObjectType from, ObjectType to, String name, String label,
            @Nullable String inverseLabel) {
        return write(() -> this.labels.create(from, to, name, label, inverseLabel));
    }

    /**
     * Change a custom label's text.
     * @param from the from object type
     * @param to the to object type
     * @param typeId the label's type id
     * @param label the new text
     * @param inverseLabel the new text of a paired label's inverse, or {@code null} to
     * keep it
     */
    public void updateLabel(ObjectType from, ObjectType to, int typeId, String label, @Nullable String inverseLabel) {
        writeVoid(() -> this.labels.update(from, to, typeId, label, inverseLabel));
    }

    /**
     * Delete a custom label that no association uses, both directions, and their
     * configured limits.
     * @param from the from object type
     * @param to the to object type
     * @param typeId the label's type id
     */
    public void deleteLabel(ObjectType from, ObjectType to, int typeId) {
        writeVoid(() -> this.labels.delete(from, to, typeId));
    }

    // ---------------------------------------------------------------- configured limits

    /**
     * Configured limits, by type id.
     * @param from the from object type, or {@code null} for every pair
     * @param to the to object type, or {@code null} for every pair
     * @return the configurations
     */
    public List<LimitConfiguration> configurations(@Nullable ObjectType from, @Nullable ObjectType to) {
        return read(() -> this.limits.configurations(from, to));
    }

    /**
     * Configure a limit for a type that has none.
     * @param from the from object type
     * @param to the to object type
     * @param category the type's category as the request sent it
     * @param typeId HubSpot's association type id, for example {@code 279}
     * @param max the limit
     * @return the configuration
     * @throws ApiException 400 for an unknown type, an existing configuration or a value
     * out of range
     */
    public LimitConfiguration createConfiguration(ObjectType from, ObjectType to, String category, int typeId,
            int max) {
        return write(() -> this.limits.create(from, to, requireType(from, to, new TypeSpec(category, typeId)), max));
    }

    /**
     * Change an existing configured limit.
     * @param from the from object type
     * @param to the to object type
     * @param category the type's category as the request sent it
     * @param typeId HubSpot's association type id, for example {@code 279}
     * @param max the new limit
     * @return the configuration
     * @throws ApiException 404 if the type has no configured limit, 400 for a value out
     * of range
     */
    public LimitConfiguration updateConfiguration(ObjectType from, ObjectType to, String category, int typeId,
            int max) {
        return write(() -> this.limits.update(from, to, requireType(from, to, new TypeSpec(category, typeId)), max));
    }

    /**
     * Return a type to the system default (nothing happens if none is configured).
     * @param from the from object type
     * @param to the to object type
     * @param category the type's category as the request sent it
     * @param typeId HubSpot's association type id, for example {@code 279}
     */
    public void purgeConfiguration(ObjectType from, ObjectType to, String category, int typeId) {
        writeVoid(() -> {
            requireType(from, to, new TypeSpec(category, typeId));
            this.limits.remove(typeId);
        });
    }

    // ---------------------------------------------------------------- EmulatorState

    @Override
    public void seedRecords(String objectType, Collection<String> ids) {
        ObjectType type = ObjectTypes.require(objectType);
        List<Long> parsed = ids.stream().map(AssociationStore::requirePositiveId).toList();
        writeVoid(() -> this.records.seed(type, parsed));
    }

    @Override
    public void seedRecordRange(String objectType, long firstId, int count) {
        ObjectType type = ObjectTypes.require(objectType);
        if (firstId <= 0 || count < 0) {
            throw new IllegalArgumentException("firstId must be positive and count not negative");
        }
        writeVoid(() -> this.records.seedRange(type, firstId, count));
    }

    @Override
    public boolean recordExists(String objectType, String id) {
        ObjectType type = ObjectTypes.require(objectType);
        if (!isDigits(id) || id.length() > 18) {
            return false;
        }
        long parsed = Long.parseLong(id);
        return read(() -> this.records.exists(type, parsed));
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
        return read(() -> this.usage.pairCount(one.id(), other.id()) + this.index.syntheticPairs(one.id(), other.id()));
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
            this.index.synthetic(record, to.id(), count);
        });
    }

    @Override
    public void reset() {
        writeVoid(() -> {
            this.types.reset();
            this.records.clear();
            this.index.clear();
            this.limits.clear();
            this.usage.clear();
        });
    }

    private static long requirePositiveId(String id) {
        if (!isDigits(id) || id.length() > 18 || Long.parseLong(id) <= 0) {
            throw new IllegalArgumentException("Record ids are positive decimal numbers: " + id);
        }
        return Long.parseLong(id);
    }

    /**
     * Whether a text is a non-empty run of decimal digits.
     * @param value the text
     * @return whether it holds digits only
     */
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

}
