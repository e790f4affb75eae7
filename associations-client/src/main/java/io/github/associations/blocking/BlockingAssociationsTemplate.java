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
package io.github.associations.blocking;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.github.associations.AssociationsOperations;
import io.github.associations.check.Arguments;
import io.github.associations.client.AssociationsSettings;
import io.github.associations.model.ArchiveInput;
import io.github.associations.model.AssociatedRecord;
import io.github.associations.model.AssociationInput;
import io.github.associations.model.AssociationLimit;
import io.github.associations.model.AssociationPage;
import io.github.associations.model.AssociationSpec;
import io.github.associations.model.AssociationType;
import io.github.associations.model.BatchReadItem;
import io.github.associations.model.BatchResult;
import io.github.associations.model.DefaultAssociation;
import io.github.associations.model.HighUsageReport;
import io.github.associations.model.LabelDefinition;
import io.github.associations.model.LabelsBetweenRecords;
import io.github.associations.model.LimitInput;
import io.github.associations.model.RecordPair;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The implementation of {@link BlockingAssociationsOperations} over an
 * {@link AssociationsOperations}: each call subscribes to the reactive call and waits for
 * its answer, up to the maximum wait if one is set. Thread-safe; share one.
 * <pre class="code">
 * BlockingAssociationsOperations associations = new BlockingAssociationsTemplate(reactive);
 * associations.batch().create(ObjectTypes.CONTACTS, ObjectTypes.COMPANIES, inputs);
 * </pre>
 *
 * @since 0.1.0
 */
public class BlockingAssociationsTemplate implements BlockingAssociationsOperations {

    private final AssociationsOperations operations;

    private final @Nullable Duration maxWait;

    private final int pageSize;

    private final BlockingRecordOperations records = new Records();

    private final BlockingBatchOperations batch = new Batch();

    private final BlockingLabelOperations labels = new Labels();

    private final BlockingLimitOperations limits = new Limits();

    private final BlockingUsageOperations usage = new Usage();

    /**
     * Create a facade that waits as long as each call takes (the reactive client's
     * response timeout and retry budget bound it) and pages the streaming list by
     * {@value AssociationsSettings#MAX_PAGE_SIZE}.
     * @param operations the reactive client to call
     */
    public BlockingAssociationsTemplate(AssociationsOperations operations) {
        this(operations, null, AssociationsSettings.MAX_PAGE_SIZE);
    }

    /**
     * Create a facade.
     * @param operations the reactive client to call
     * @param maxWait the longest one call (or one page of the streaming list) is waited
     * for, {@code null} for as long as it takes
     * @param pageSize the page size of the streaming list, 1 to
     * {@value AssociationsSettings#MAX_PAGE_SIZE}
     * @throws IllegalArgumentException if {@code operations} is null, {@code maxWait} is
     * not positive, or {@code pageSize} is out of range
     */
    public BlockingAssociationsTemplate(AssociationsOperations operations, @Nullable Duration maxWait, int pageSize) {
        this.operations = Arguments.notNull("operations", operations);
        if (maxWait != null && (maxWait.isNegative() || maxWait.isZero())) {
            throw new IllegalArgumentException("maxWait must be positive, but was " + maxWait);
        }
        this.maxWait = maxWait;
        this.pageSize = Arguments.between1And("pageSize", pageSize, AssociationsSettings.MAX_PAGE_SIZE);
    }

    @Override
    public BlockingRecordOperations records() {
        return this.records;
    }

    @Override
    public BlockingBatchOperations batch() {
        return this.batch;
    }

    @Override
    public BlockingLabelOperations labels() {
        return this.labels;
    }

    @Override
    public BlockingLimitOperations limits() {
        return this.limits;
    }

    @Override
    public BlockingUsageOperations usage() {
        return this.usage;
    }

    /**
     * The reactive client this facade calls.
     * @return the reactive client
     */
    public AssociationsOperations getReactiveOperations() {
        return this.operations;
    }

    /**
     * The longest one call is waited for.
     * @return the maximum wait, or {@code null} for as long as the call takes
     */
    public @Nullable Duration getMaxWait() {
        return this.maxWait;
    }

    @Override
    public String toString() {
        return "BlockingAssociationsTemplate[" + this.operations + "]";
    }

    /**
     * Refuse to block a thread that must never block, before anything is subscribed to.
     */
    private static void requireBlockingAllowed() {
        if (Schedulers.isInNonBlockingThread()) {
            throw new IllegalStateException("BlockingAssociationsOperations was called on "
                    + Thread.currentThread().getName()
                    + ", a Reactor non-blocking thread, which must never wait; call AssociationsOperations (the reactive "
                    + "client) there, or move the blocking call to Schedulers.boundedElastic()");
        }
    }

    private <T> @Nullable T await(Mono<T> call) {
        return (this.maxWait != null) ? call.block(this.maxWait) : call.block();
    }

    private <T> T value(Mono<T> call) {
        T value = await(call);
        if (value == null) {
            throw new IllegalStateException("HubSpot's answer held nothing to return");
        }
        return value;
    }

    private final class Records implements BlockingRecordOperations {

        @Override
        public Stream<AssociatedRecord> list(String objectType, String objectId, String toObjectType) {
            requireBlockingAllowed();
            int pageSize = BlockingAssociationsTemplate.this.pageSize;
            // The reactive call checks the arguments now; nothing is sent before the
            // stream is read.
            Mono<AssociationPage> first = BlockingAssociationsTemplate.this.operations.records()
                .listPage(objectType, objectId, toObjectType, pageSize, null);
            Pages pages = new Pages(first, (after) -> listPage(objectType, objectId, toObjectType, pageSize, after));
            return StreamSupport.stream(pages, false);
        }

        @Override
        public AssociationPage listPage(String objectType, String objectId, String toObjectType, int limit,
                @Nullable String after) {
            requireBlockingAllowed();
            return value(BlockingAssociationsTemplate.this.operations.records()
                .listPage(objectType, objectId, toObjectType, limit, after));
        }

        @Override
        public LabelsBetweenRecords associate(String objectType, String objectId, String toObjectType,
                String toObjectId, List<AssociationSpec> types) {
            requireBlockingAllowed();
            return value(BlockingAssociationsTemplate.this.operations.records()
                .associate(objectType, objectId, toObjectType, toObjectId, types));
        }

        @Override
        public List<DefaultAssociation> associateDefault(String fromObjectType, String fromObjectId,
                String toObjectType, String toObjectId) {
            requireBlockingAllowed();
            return value(BlockingAssociationsTemplate.this.operations.records()
                .associateDefault(fromObjectType, fromObjectId, toObjectType, toObjectId));
        }

        @Override
        public void remove(String objectType, String objectId, String toObjectType, String toObjectId) {
            requireBlockingAllowed();
            await(BlockingAssociationsTemplate.this.operations.records()
                .remove(objectType, objectId, toObjectType, toObjectId));
        }

    }

    private final class Batch implements BlockingBatchOperations {

        @Override
        public BatchResult<String, BatchReadItem> read(String fromObjectType, String toObjectType,
                Collection<String> ids) {
            requireBlockingAllowed();
            return value(BlockingAssociationsTemplate.this.operations.batch().read(fromObjectType, toObjectType, ids));
        }

        @Override
        public BatchResult<AssociationInput, LabelsBetweenRecords> create(String fromObjectType, String toObjectType,
                Collection<AssociationInput> inputs) {
            requireBlockingAllowed();
            return value(
                    BlockingAssociationsTemplate.this.operations.batch().create(fromObjectType, toObjectType, inputs));
        }

        @Override
        public BatchResult<RecordPair, DefaultAssociation> associateDefault(String fromObjectType, String toObjectType,
                Collection<RecordPair> pairs) {
            requireBlockingAllowed();
            return value(BlockingAssociationsTemplate.this.operations.batch()
                .associateDefault(fromObjectType, toObjectType, pairs));
        }

        @Override
        public BatchResult<ArchiveInput, Void> archive(String fromObjectType, String toObjectType,
                Collection<ArchiveInput> inputs) {
            requireBlockingAllowed();
            return value(
                    BlockingAssociationsTemplate.this.operations.batch().archive(fromObjectType, toObjectType, inputs));
        }

        @Override
        public BatchResult<AssociationInput, Void> archiveLabels(String fromObjectType, String toObjectType,
                Collection<AssociationInput> inputs) {
            requireBlockingAllowed();
            return value(BlockingAssociationsTemplate.this.operations.batch()
                .archiveLabels(fromObjectType, toObjectType, inputs));
        }

    }

    private final class Labels implements BlockingLabelOperations {

        @Override
        public List<AssociationType> list(String fromObjectType, String toObjectType) {
            requireBlockingAllowed();
            return all(BlockingAssociationsTemplate.this.operations.labels().list(fromObjectType, toObjectType));
        }

        @Override
        public List<AssociationType> create(String fromObjectType, String toObjectType, LabelDefinition definition) {
            requireBlockingAllowed();
            return value(BlockingAssociationsTemplate.this.operations.labels()
                .create(fromObjectType, toObjectType, definition)
                .defaultIfEmpty(List.of()));
        }

        @Override
        public void update(String fromObjectType, String toObjectType, int associationTypeId, String label,
                @Nullable String inverseLabel) {
            requireBlockingAllowed();
            await(BlockingAssociationsTemplate.this.operations.labels()
                .update(fromObjectType, toObjectType, associationTypeId, label, inverseLabel));
        }

        @Override
        public void delete(String fromObjectType, String toObjectType, int associationTypeId) {
            requireBlockingAllowed();
            await(BlockingAssociationsTemplate.this.operations.labels()
                .delete(fromObjectType, toObjectType, associationTypeId));
        }

    }

    private final class Limits implements BlockingLimitOperations {

        @Override
        public List<AssociationLimit> listAll() {
            requireBlockingAllowed();
            return all(BlockingAssociationsTemplate.this.operations.limits().listAll());
        }

        @Override
        public List<AssociationLimit> list(String fromObjectType, String toObjectType) {
            requireBlockingAllowed();
            return all(BlockingAssociationsTemplate.this.operations.limits().list(fromObjectType, toObjectType));
        }

        @Override
        public BatchResult<LimitInput, AssociationLimit> create(String fromObjectType, String toObjectType,
                Collection<LimitInput> limits) {
            requireBlockingAllowed();
            return value(
                    BlockingAssociationsTemplate.this.operations.limits().create(fromObjectType, toObjectType, limits));
        }

        @Override
        public BatchResult<LimitInput, AssociationLimit> update(String fromObjectType, String toObjectType,
                Collection<LimitInput> limits) {
            requireBlockingAllowed();
            return value(
                    BlockingAssociationsTemplate.this.operations.limits().update(fromObjectType, toObjectType, limits));
        }

        @Override
        public BatchResult<AssociationSpec, Void> purge(String fromObjectType, String toObjectType,
                Collection<AssociationSpec> types) {
            requireBlockingAllowed();
            return value(
                    BlockingAssociationsTemplate.this.operations.limits().purge(fromObjectType, toObjectType, types));
        }

    }

    private final class Usage implements BlockingUsageOperations {

        @Override
        public HighUsageReport requestHighUsageReport(long userId) {
            requireBlockingAllowed();
            return value(BlockingAssociationsTemplate.this.operations.usage().requestHighUsageReport(userId));
        }

    }

    private <T> List<T> all(Flux<T> items) {
        return value(items.collectList());
    }

    /**
     * The records of the streaming list, a page at a time: the first page is asked for
     * when the stream is first read, the next when the records of the previous one are
     * used up. Nothing runs between pages, so closing the stream leaves nothing to
     * cancel.
     */
    private final class Pages extends Spliterators.AbstractSpliterator<AssociatedRecord> {

        private final Deque<AssociatedRecord> records = new ArrayDeque<>();

        private final PageReader next;

        private @Nullable Mono<AssociationPage> first;

        private @Nullable String after;

        Pages(Mono<AssociationPage> first, PageReader next) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.first = first;
            this.next = next;
        }

        @Override
        public boolean tryAdvance(Consumer<? super AssociatedRecord> action) {
            Mono<AssociationPage> firstPage = this.first;
            if (firstPage != null) {
                this.first = null;
                requireBlockingAllowed();
                take(value(firstPage));
            }
            while (this.records.isEmpty() && this.after != null) {
                String cursor = this.after;
                take(this.next.read(cursor));
                if (cursor.equals(this.after)) {
                    // A cursor HubSpot repeats ends the paging rather than loop forever.
                    this.after = null;
                }
            }
            AssociatedRecord record = this.records.poll();
            if (record == null) {
                return false;
            }
            action.accept(record);
            return true;
        }

        private void take(AssociationPage page) {
            this.records.addAll(page.results());
            this.after = page.nextAfter();
        }

    }

    /**
     * Reads the page after a cursor.
     */
    @FunctionalInterface
    private interface PageReader {

        AssociationPage read(String after);

    }

}
