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

package io.github.associations.internal.coalesce;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import io.github.associations.client.ApiVersion;
import io.github.associations.client.AssociationsSettings;
import io.github.associations.client.CoalescingSettings;
import io.github.associations.error.HubSpotException;
import io.github.associations.internal.BatchCall;
import io.github.associations.internal.CallPipeline;
import io.github.associations.internal.Calls;
import io.github.associations.internal.json.Wire;
import io.github.associations.model.ArchiveInput;
import io.github.associations.model.AssociationInput;
import io.github.associations.model.AssociationSpec;
import io.github.associations.model.BatchError;
import io.github.associations.model.BatchResult;
import io.github.associations.model.DefaultAssociation;
import io.github.associations.model.LabelsBetweenRecords;
import io.github.associations.model.Operation;
import io.github.associations.model.RecordPair;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.scheduler.Scheduler;

import static io.github.associations.internal.CallPipeline.NO_BODY;

/**
 * Turns concurrent record-level writes into HubSpot's batch calls: the labelled PUT into
 * batch create, the default PUT into batch associate-default, and the DELETE into batch
 * archive (only in the date-based versions, whose batch archive reports per-input errors;
 * in v4 it answers 204 without a body, so a remove stays a request of its own there).
 * <p>
 * The first call for a pair of object types and an operation opens a batch and schedules
 * its end one window later; calls that arrive meanwhile join it, until it holds the most
 * inputs allowed, when it is sent at once. At most the batch concurrency of the settings
 * are in flight; a batch due while none is free waits for one, taking more calls
 * meanwhile. Each caller gets its own answer, tied by the exact pair of record ids: its
 * result, or the exception for a per-input error naming its input alone
 * ({@link PerInputFailures}). A call whose answer cannot be found that way (an error
 * naming several inputs or none, a category without an exception, a missing result), and
 * every call of a batch that HubSpot refuses as a whole with a 4xx other than 401, 403
 * and 429, is sent on its own; other failures of the whole request reach every caller in
 * it.
 * <p>
 * Calls that touch the same two records (either direction, any operation) keep the order
 * in which they were subscribed to: a later one joins a batch (or is sent) only once the
 * request of the earlier one is answered. A caller that cancels before its batch is sent
 * takes its input out; after, its share of the answer is dropped.
 * <p>
 * The caller's observation covers its call from subscription to answer; the batch request
 * is observed on its own as the batch operation ({@link CallPipeline#coalescedBatch}). A
 * call sent on its own is a request within its caller's observation.
 */
public final class Coalescer {

    private final CallPipeline pipeline;

    private final Scheduler scheduler;

    private final Duration window;

    private final int concurrency;

    private final Kind associate;

    private final Kind associateDefault;

    private final @Nullable Kind remove;

    private final Object lock = new Object();

    /** The calls on each pair of records, oldest first; the first is the one going. */
    private final Map<PairKey, ArrayDeque<Entry>> pairs = new HashMap<>();

    /** The batches still open for calls, by operation and object types. */
    private final Map<GroupKey, Batch> open = new HashMap<>();

    /**
     * Batches due (full, or their window closed) but waiting for a request slot, oldest
     * first; one that is not full still takes calls while it waits.
     */
    private final ArrayDeque<Batch> waiting = new ArrayDeque<>();

    private int inFlight;

    /**
     * Create the coalescer of a template.
     * @param pipeline the pipeline the batch requests, and the calls sent on their own,
     * go through
     * @param coalescing the window, most inputs per request and scheduler
     * @param settings the client's settings: API version, chunk sizes and batch
     * concurrency
     */
    public Coalescer(CallPipeline pipeline, CoalescingSettings coalescing, AssociationsSettings settings) {
        this.pipeline = pipeline;
        this.scheduler = coalescing.scheduler();
        this.window = coalescing.window();
        this.concurrency = settings.batchConcurrency();
        int max = coalescing.maxInputs();
        this.associate = new Kind(Operation.RECORDS_ASSOCIATE, Calls.BATCH_CREATE,
                Math.min(max, settings.batchCreateChunkSize()), true, Coalescer::labelsFor);
        this.associateDefault = new Kind(Operation.RECORDS_ASSOCIATE_DEFAULT, Calls.BATCH_ASSOCIATE_DEFAULT,
                Math.min(max, settings.batchAssociateDefaultChunkSize()), true, Coalescer::defaultsFor);
        this.remove = (settings.apiVersion() != ApiVersion.V4) ? new Kind(Operation.RECORDS_REMOVE, Calls.BATCH_ARCHIVE,
                Math.min(max, settings.batchArchiveChunkSize()), false, (input, results) -> null) : null;
    }

    /**
     * Associate two records with labels, within a batch create. Arguments are checked.
     * @param objectType the object type of the first record
     * @param objectId the first record
     * @param toObjectType the object type of the second record
     * @param toObjectId the second record
     * @param types the association types, checked
     * @return a cold {@code Mono} of the labels between the pair
     */
    public Mono<LabelsBetweenRecords> associate(String objectType, String objectId, String toObjectType,
            String toObjectId, List<AssociationSpec> types) {
        Mono<LabelsBetweenRecords> single = this.pipeline.request(Calls.RECORDS_ASSOCIATE, types, objectType, objectId,
                toObjectType, toObjectId);
        return submit(this.associate, objectType, objectId, toObjectType, toObjectId,
                new AssociationInput(objectId, toObjectId, types), single);
    }

    /**
     * Associate two records with the default type, within a batch associate-default.
     * Arguments are checked.
     * @param fromObjectType the object type of the first record
     * @param fromObjectId the first record
     * @param toObjectType the object type of the second record
     * @param toObjectId the second record
     * @return a cold {@code Mono} of the associations in both directions
     */
    public Mono<List<DefaultAssociation>> associateDefault(String fromObjectType, String fromObjectId,
            String toObjectType, String toObjectId) {
        Mono<List<DefaultAssociation>> single = this.pipeline
            .request(Calls.RECORDS_ASSOCIATE_DEFAULT, NO_BODY, fromObjectType, fromObjectId, toObjectType, toObjectId)
            .map((response) -> response.resultsOrEmpty().stream().map(Wire.DefaultAssociationResult::toModel).toList())
            .defaultIfEmpty(List.of());
        return submit(this.associateDefault, fromObjectType, fromObjectId, toObjectType, toObjectId,
                new RecordPair(fromObjectId, toObjectId), single);
    }

    /**
     * Remove every association between two records, within a batch archive in the
     * date-based versions, on its own (in order with the other calls on the pair) in v4.
     * Arguments are checked.
     * @param objectType the object type of the first record
     * @param objectId the first record
     * @param toObjectType the object type of the second record
     * @param toObjectId the second record
     * @return a cold {@code Mono} completing when the associations are removed
     */
    public Mono<Void> remove(String objectType, String objectId, String toObjectType, String toObjectId) {
        Mono<Void> single = this.pipeline.request(Calls.RECORDS_REMOVE, NO_BODY, objectType, objectId, toObjectType,
                toObjectId);
        return submit(this.remove, objectType, objectId, toObjectType, toObjectId,
                new ArchiveInput(objectId, List.of(toObjectId)), single);
    }

    @SuppressWarnings("unchecked")
    private <T> Mono<T> submit(@Nullable Kind kind, String fromType, String fromId, String toType, String toId,
            Object input, Mono<T> single) {
        Operation operation = (kind != null) ? kind.operation : Operation.RECORDS_REMOVE;
        Mono<T> call = Mono.create((sink) -> {
            Entry entry = new Entry((kind != null) ? new GroupKey(kind, fromType, toType) : null,
                    PairKey.of(fromType, fromId, toType, toId), input, single, (MonoSink<Object>) (MonoSink<?>) sink);
            sink.onCancel(() -> cancel(entry));
            underLock((actions) -> {
                if (entry.cancelled) {
                    return;
                }
                ArrayDeque<Entry> calls = this.pairs.computeIfAbsent(entry.pair, (key) -> new ArrayDeque<>());
                calls.addLast(entry);
                if (calls.size() == 1) {
                    start(entry, actions);
                }
            });
        });
        return this.pipeline.observe(operation, call);
    }

    /**
     * The call is first on its pair: it joins its batch, or is sent on its own. Under the
     * lock; what is to be sent is added to {@code actions}.
     */
    private void start(Entry entry, List<Runnable> actions) {
        if (entry.group == null) {
            entry.state = State.SENT;
            actions.add(() -> sendAlone(entry));
            return;
        }
        Batch batch = this.open.get(entry.group);
        if (batch == null) {
            Batch opened = new Batch(entry.group);
            this.open.put(entry.group, opened);
            opened.timer = this.scheduler.schedule(() -> windowClosed(opened), this.window.toNanos(),
                    TimeUnit.NANOSECONDS);
            batch = opened;
        }
        entry.state = State.QUEUED;
        entry.batch = batch;
        batch.entries.add(entry);
        if (batch.entries.size() >= entry.group.kind.maxInputs) {
            this.open.remove(batch.group, batch);
            due(batch, actions);
        }
    }

    private void windowClosed(Batch batch) {
        underLock((actions) -> due(batch, actions));
    }

    /**
     * Change the state under the lock, then, outside it, run what the change set going
     * (sending, answering callers), so that no caller's code runs under the lock.
     */
    private void underLock(Consumer<List<Runnable>> change) {
        List<Runnable> actions = new ArrayList<>();
        synchronized (this.lock) {
            change.accept(actions);
        }
        actions.forEach(Runnable::run);
    }

    /**
     * A batch is full or its window closed: sent if a request slot is free, else queued
     * for one (taking more calls meanwhile, up to the most allowed). Under the lock.
     */
    private void due(Batch batch, List<Runnable> actions) {
        if (batch.sent) {
            return;
        }
        Disposable timer = batch.timer;
        if (timer != null) {
            timer.dispose();
        }
        if (this.inFlight < this.concurrency) {
            this.inFlight++;
            dispatch(batch, actions);
        }
        else if (!batch.waiting) {
            batch.waiting = true;
            this.waiting.addLast(batch);
        }
    }

    /** Send a batch that has a slot: it takes no more calls. Under the lock. */
    private void dispatch(Batch batch, List<Runnable> actions) {
        this.open.remove(batch.group, batch);
        if (batch.waiting) {
            batch.waiting = false;
            this.waiting.remove(batch);
        }
        batch.sent = true;
        List<Entry> live = new ArrayList<>(batch.entries.size());
        for (Entry entry : batch.entries) {
            if (entry.state == State.QUEUED) {
                entry.state = State.SENT;
                live.add(entry);
            }
        }
        if (live.isEmpty()) {
            released(actions);
            return;
        }
        actions.add(() -> send(batch.group, live));
    }

    /** A request slot is free again. Under the lock. */
    private void released(List<Runnable> actions) {
        Batch next = this.waiting.peekFirst();
        if (next != null) {
            dispatch(next, actions);
        }
        else {
            this.inFlight--;
        }
    }

    private void send(GroupKey group, List<Entry> entries) {
        List<Object> inputs = new ArrayList<>(entries.size());
        entries.forEach((entry) -> inputs.add(entry.input));
        this.pipeline.coalescedBatch(group.kind.batch, inputs, group.fromType, group.toType).subscribe((result) -> {
            try {
                answered(group.kind, entries, result);
            }
            catch (RuntimeException ex) {
                // No caller may be left waiting, whatever went wrong
                failed(entries, ex);
            }
        }, (failure) -> failed(entries, failure));
    }

    private void answered(Kind kind, List<Entry> entries, BatchResult<Object, Object> result) {
        Set<Object> unclear = new HashSet<>();
        Map<Object, HubSpotException> failures = new HashMap<>();
        boolean untied = false;
        for (BatchError<Object> error : result.errors()) {
            if (error.inputs().isEmpty()) {
                untied = true;
                continue;
            }
            HubSpotException failure = (error.inputs().size() == 1)
                    ? PerInputFailures.toException(kind.operation, kind.batch.call().operation(), error) : null;
            if (failure != null) {
                failures.putIfAbsent(error.inputs().get(0), failure);
            }
            else {
                unclear.addAll(error.inputs());
            }
        }
        List<Entry> alone = new ArrayList<>();
        List<Runnable> deliveries = new ArrayList<>();
        for (Entry entry : entries) {
            HubSpotException failure = failures.get(entry.input);
            if (unclear.contains(entry.input)) {
                alone.add(entry);
            }
            else if (failure != null) {
                deliveries.add(() -> entry.sink.error(failure));
            }
            else if (!kind.resultsListed) {
                if (untied) {
                    alone.add(entry);
                }
                else {
                    deliveries.add(entry.sink::success);
                }
            }
            else {
                Object value = kind.resultFor.apply(entry.input, result.results());
                if (value != null) {
                    deliveries.add(() -> entry.sink.success(value));
                }
                else {
                    alone.add(entry);
                }
            }
        }
        List<Entry> done = new ArrayList<>(entries);
        done.removeAll(alone);
        finish(done, alone, deliveries);
    }

    private void failed(List<Entry> entries, Throwable failure) {
        if (refusedAsAWhole(failure)) {
            finish(List.of(), entries, List.of());
            return;
        }
        List<Runnable> deliveries = new ArrayList<>();
        entries.forEach((entry) -> deliveries.add(() -> entry.sink.error(failure)));
        finish(entries, List.of(), deliveries);
    }

    /**
     * A 4xx other than 401, 403 and 429: something in the request that may be one input's
     * fault, which a request per call tells apart.
     */
    private static boolean refusedAsAWhole(Throwable failure) {
        if (!(failure instanceof HubSpotException hubSpot)) {
            return false;
        }
        int status = hubSpot.getStatus();
        return status >= 400 && status < 500 && status != 401 && status != 403 && status != 429;
    }

    /**
     * A batch request is answered: its calls are done, or go on their own; the slot is
     * released and each done call's pair lets its next call go.
     */
    private void finish(List<Entry> done, List<Entry> alone, List<Runnable> deliveries) {
        List<Runnable> actions = new ArrayList<>();
        synchronized (this.lock) {
            released(actions);
            for (Entry entry : done) {
                next(entry, actions);
            }
        }
        deliveries.forEach(Runnable::run);
        alone.forEach(this::sendAlone);
        actions.forEach(Runnable::run);
    }

    /**
     * Send a call on its own, within its caller's context; its pair's next goes after.
     */
    private void sendAlone(Entry entry) {
        if (entry.cancelled) {
            afterAlone(entry);
            return;
        }
        entry.single.contextWrite(entry.sink.contextView()).subscribe((value) -> {
            afterAlone(entry);
            entry.sink.success(value);
        }, (failure) -> {
            afterAlone(entry);
            entry.sink.error(failure);
        }, () -> {
            afterAlone(entry);
            entry.sink.success();
        });
    }

    private void afterAlone(Entry entry) {
        underLock((actions) -> next(entry, actions));
    }

    /**
     * The call's request is answered: the next call on its pair may go. Under the lock.
     */
    private void next(Entry entry, List<Runnable> actions) {
        ArrayDeque<Entry> calls = this.pairs.get(entry.pair);
        if (calls == null || !calls.remove(entry)) {
            return;
        }
        Entry following = calls.peekFirst();
        if (following == null) {
            this.pairs.remove(entry.pair);
        }
        else {
            start(following, actions);
        }
    }

    /** The caller cancelled: before its batch is sent, its input leaves the batch. */
    private void cancel(Entry entry) {
        underLock((actions) -> {
            entry.cancelled = true;
            if (entry.state == State.WAITING) {
                ArrayDeque<Entry> calls = this.pairs.get(entry.pair);
                if (calls != null) {
                    calls.remove(entry);
                }
            }
            else if (entry.state == State.QUEUED) {
                entry.state = State.CANCELLED;
                Batch batch = entry.batch;
                if (batch != null) {
                    batch.entries.remove(entry);
                    if (batch.entries.isEmpty() && !batch.sent) {
                        // Nothing left to send: the batch goes, without a request
                        this.open.remove(batch.group, batch);
                        if (batch.waiting) {
                            batch.waiting = false;
                            this.waiting.remove(batch);
                        }
                        batch.sent = true;
                        Disposable timer = batch.timer;
                        if (timer != null) {
                            timer.dispose();
                        }
                    }
                }
                next(entry, actions);
            }
        });
    }

    private static @Nullable Object labelsFor(Object input, List<Object> results) {
        AssociationInput association = (AssociationInput) input;
        for (Object result : results) {
            if (result instanceof LabelsBetweenRecords labels && labels.fromObjectId().equals(association.fromId())
                    && labels.toObjectId().equals(association.toId())) {
                return labels;
            }
        }
        return null;
    }

    private static @Nullable Object defaultsFor(Object input, List<Object> results) {
        RecordPair pair = (RecordPair) input;
        List<DefaultAssociation> both = new ArrayList<>(2);
        for (Object result : results) {
            if (result instanceof DefaultAssociation association && ((association.fromId().equals(pair.fromId())
                    && association.toId().equals(pair.toId()))
                    || (association.fromId().equals(pair.toId()) && association.toId().equals(pair.fromId())))) {
                both.add(association);
            }
        }
        return both.isEmpty() ? null : List.copyOf(both);
    }

    /**
     * One record-level operation and the batch call it is coalesced into.
     */
    private static final class Kind {

        final Operation operation;

        final BatchCall<Object, ?, Object> batch;

        final int maxInputs;

        /** Whether HubSpot lists a result for every input done. */
        final boolean resultsListed;

        final BiFunction<Object, List<Object>, @Nullable Object> resultFor;

        @SuppressWarnings("unchecked")
        Kind(Operation operation, BatchCall<?, ?, ?> batch, int maxInputs, boolean resultsListed,
                BiFunction<Object, List<Object>, @Nullable Object> resultFor) {
            this.operation = operation;
            this.batch = (BatchCall<Object, ?, Object>) batch;
            this.maxInputs = maxInputs;
            this.resultsListed = resultsListed;
            this.resultFor = resultFor;
        }

    }

    /**
     * The calls coalesced together: one operation between two object types, as named by
     * the callers.
     */
    private record GroupKey(Kind kind, String fromType, String toType) {
    }

    /**
     * Two records, whichever is named first: object types by id where HubSpot also
     * accepts a name.
     */
    private record PairKey(String typeA, String idA, String typeB, String idB) {

        static PairKey of(String fromType, String fromId, String toType, String toId) {
            String from = canonical(fromType);
            String to = canonical(toType);
            int order = (from + '/' + fromId).compareTo(to + '/' + toId);
            return (order <= 0) ? new PairKey(from, fromId, to, toId) : new PairKey(to, toId, from, fromId);
        }

        private static String canonical(String objectType) {
            String type = objectType.toLowerCase(Locale.ROOT);
            return switch (type) {
                case "contact", "contacts" -> "0-1";
                case "company", "companies" -> "0-2";
                case "deal", "deals" -> "0-3";
                case "ticket", "tickets" -> "0-5";
                case "note", "notes" -> "0-46";
                default -> type;
            };
        }

    }

    private enum State {

        /** Behind an earlier call on the same pair. */
        WAITING,

        /** In a batch not sent yet. */
        QUEUED,

        /** In a request sent (a batch's, or its own). */
        SENT,

        /** Cancelled before its batch was sent. */
        CANCELLED

    }

    /**
     * One caller's call.
     */
    private static final class Entry {

        final @Nullable GroupKey group;

        final PairKey pair;

        final Object input;

        final Mono<?> single;

        final MonoSink<Object> sink;

        State state = State.WAITING;

        @Nullable Batch batch;

        volatile boolean cancelled;

        Entry(@Nullable GroupKey group, PairKey pair, Object input, Mono<?> single, MonoSink<Object> sink) {
            this.group = group;
            this.pair = pair;
            this.input = input;
            this.single = single;
            this.sink = sink;
        }

    }

    /**
     * The calls of one batch request, open for more until it is full or sent.
     */
    private static final class Batch {

        final GroupKey group;

        final List<Entry> entries = new ArrayList<>();

        @Nullable Disposable timer;

        /** Whether it is due and queued for a request slot. */
        boolean waiting;

        /** Whether it has left (or been dropped, every call cancelled). */
        boolean sent;

        Batch(GroupKey group) {
            this.group = group;
        }

    }

}
