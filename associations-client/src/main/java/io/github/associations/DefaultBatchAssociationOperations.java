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

package io.github.associations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.associations.check.Arguments;
import io.github.associations.client.AssociationsSettings;
import io.github.associations.internal.BatchCalls;
import io.github.associations.internal.HubSpotExchange;
import io.github.associations.internal.HubSpotRequest;
import io.github.associations.internal.Observed;
import io.github.associations.internal.json.ResponseReader;
import io.github.associations.internal.json.Wire;
import io.github.associations.model.ArchiveInput;
import io.github.associations.model.AssociatedRecord;
import io.github.associations.model.AssociationInput;
import io.github.associations.model.BatchError;
import io.github.associations.model.BatchReadItem;
import io.github.associations.model.BatchResult;
import io.github.associations.model.DefaultAssociation;
import io.github.associations.model.LabelsBetweenRecords;
import io.github.associations.model.Operation;
import io.github.associations.model.RecordPair;
import io.github.associations.observation.AssociationsListener;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * {@link BatchAssociationOperations} over the {@link HubSpotExchange}, chunked by
 * {@link BatchCalls}.
 */
final class DefaultBatchAssociationOperations implements BatchAssociationOperations {

    private final HubSpotExchange exchange;

    private final BatchCalls batches;

    private final Observed observed;

    private final AssociationsSettings settings;

    private final ResponseReader<Wire.BatchResponse<Wire.ReadResult>> readReader;

    DefaultBatchAssociationOperations(HubSpotExchange exchange, BatchCalls batches, Observed observed,
            AssociationsSettings settings) {
        this.exchange = exchange;
        this.batches = batches;
        this.observed = observed;
        this.settings = settings;
        this.readReader = exchange.json().reader(exchange.json().type(Wire.BatchResponse.class, Wire.ReadResult.class));
    }

    // ---------------------------------------------------------------- B1 read

    @Override
    public Mono<BatchResult<String, BatchReadItem>> read(String fromObjectType, String toObjectType,
            Collection<String> ids) {
        Map<String, Object> types = types(fromObjectType, toObjectType);
        List<String> checked = Arguments.each("ids", ids, Arguments::recordId);
        return read(types, Flux.fromIterable(checked));
    }

    @Override
    public Mono<BatchResult<String, BatchReadItem>> read(String fromObjectType, String toObjectType,
            Publisher<String> ids) {
        Map<String, Object> types = types(fromObjectType, toObjectType);
        Arguments.notNull("ids", ids);
        return read(types, Flux.from(ids).map((id) -> Arguments.recordId("ids element", id)));
    }

    private Mono<BatchResult<String, BatchReadItem>> read(Map<String, Object> types, Flux<String> ids) {
        HubSpotRequest request = HubSpotRequest.of(Operation.BATCH_READ, Operation.BATCH_READ.uriTemplate(), types);
        return this.observed
            .mono(Operation.BATCH_READ, this.batches.run(ids.distinct(), this.settings.batchReadChunkSize(),
                    (chunk) -> Mono.defer(() -> readChunk(request, chunk, new ReadProgress(chunk), inputs(chunk)))));
    }

    /**
     * Read one chunk, then again for the records HubSpot gave a cursor, until every
     * record's paging is done.
     */
    private Mono<BatchResult<String, BatchReadItem>> readChunk(HubSpotRequest request, List<String> chunk,
            ReadProgress progress, List<Wire.ReadInput> inputs) {
        AssociationsListener listener = this.exchange.listener();
        return this.exchange.exchange(request.withBody(new Wire.Inputs<>(inputs)), this.readReader)
            .doOnSubscribe((subscription) -> listener.batchSent(Operation.BATCH_READ, inputs.size()))
            .defaultIfEmpty(new Wire.BatchResponse<>(null, List.of(), null, List.of(), null, null, null, null))
            .doOnNext((response) -> {
                if (!response.errorsOrEmpty().isEmpty()) {
                    listener.batchErrors(Operation.BATCH_READ, response.errorsOrEmpty().size());
                }
            })
            .flatMap((response) -> {
                List<Wire.ReadInput> next = progress.absorb(response, inputs);
                return next.isEmpty() ? Mono.just(progress.toResult()) : readChunk(request, chunk, progress, next);
            });
    }

    private static List<Wire.ReadInput> inputs(List<String> ids) {
        return ids.stream().map((id) -> new Wire.ReadInput(id, null)).toList();
    }

    /**
     * What the requests for one chunk have found so far.
     */
    private static final class ReadProgress {

        private final Map<String, List<AssociatedRecord>> found = new LinkedHashMap<>();

        private final List<BatchError<String>> errors = new ArrayList<>();

        private final List<String> chunk;

        private int requests;

        ReadProgress(List<String> chunk) {
            this.chunk = chunk;
        }

        List<Wire.ReadInput> absorb(Wire.BatchResponse<Wire.ReadResult> response, List<Wire.ReadInput> sent) {
            this.requests++;
            Map<String, String> sentCursors = new LinkedHashMap<>();
            sent.forEach((input) -> sentCursors.put(input.id(), input.after()));
            List<Wire.ReadInput> next = new ArrayList<>();
            for (Wire.ReadResult result : response.resultsOrEmpty()) {
                String id = result.from().id();
                List<AssociatedRecord> records = this.found.computeIfAbsent(id, (key) -> new ArrayList<>());
                if (result.to() != null) {
                    records.addAll(result.to());
                }
                String after = (result.paging() != null) ? result.paging().nextAfter() : null;
                // A cursor HubSpot repeats for the same record ends its paging rather
                // than loop forever.
                if (after != null && !after.equals(sentCursors.get(id))) {
                    next.add(new Wire.ReadInput(id, after));
                }
            }
            List<String> sentIds = sent.stream().map(Wire.ReadInput::id).toList();
            this.errors
                .addAll(BatchCalls.tieToInputs(response.errorsOrEmpty(), sentIds, List::of, BatchCalls.RECORD_ID_KEYS));
            return next;
        }

        BatchResult<String, BatchReadItem> toResult() {
            List<BatchReadItem> items = new ArrayList<>(this.found.size());
            for (String id : this.chunk) {
                List<AssociatedRecord> records = this.found.get(id);
                if (records != null) {
                    items.add(new BatchReadItem(id, records));
                }
            }
            // Ids HubSpot answered for but that were not asked for (should not happen)
            // are kept, not lost.
            this.found.forEach((id, records) -> {
                if (!this.chunk.contains(id)) {
                    items.add(new BatchReadItem(id, records));
                }
            });
            return new BatchResult<>(items, this.errors, this.requests);
        }

    }

    // ---------------------------------------------------------------- B2 create

    @Override
    public Mono<BatchResult<AssociationInput, LabelsBetweenRecords>> create(String fromObjectType, String toObjectType,
            Collection<AssociationInput> inputs) {
        Map<String, Object> types = types(fromObjectType, toObjectType);
        return create(types, Flux.fromIterable(checkedInputs(inputs)));
    }

    @Override
    public Mono<BatchResult<AssociationInput, LabelsBetweenRecords>> create(String fromObjectType, String toObjectType,
            Publisher<AssociationInput> inputs) {
        Map<String, Object> types = types(fromObjectType, toObjectType);
        return create(types, checkedElements("inputs", inputs, DefaultBatchAssociationOperations::check));
    }

    private Mono<BatchResult<AssociationInput, LabelsBetweenRecords>> create(Map<String, Object> types,
            Flux<AssociationInput> inputs) {
        return this.observed.mono(Operation.BATCH_CREATE,
                this.batches.run(request(Operation.BATCH_CREATE, types), inputs, this.settings.batchCreateChunkSize(),
                        DefaultBatchAssociationOperations::withTypes, LabelsBetweenRecords.class, Function.identity(),
                        DefaultBatchAssociationOperations::ids, BatchCalls.RECORD_ID_KEYS));
    }

    // ---------------------------------------------------------------- B3 associate
    // default

    @Override
    public Mono<BatchResult<RecordPair, DefaultAssociation>> associateDefault(String fromObjectType,
            String toObjectType, Collection<RecordPair> pairs) {
        Map<String, Object> types = types(fromObjectType, toObjectType);
        List<RecordPair> checked = Arguments.each("pairs", pairs, DefaultBatchAssociationOperations::check);
        return associateDefault(types, Flux.fromIterable(checked));
    }

    @Override
    public Mono<BatchResult<RecordPair, DefaultAssociation>> associateDefault(String fromObjectType,
            String toObjectType, Publisher<RecordPair> pairs) {
        Map<String, Object> types = types(fromObjectType, toObjectType);
        return associateDefault(types, checkedElements("pairs", pairs, DefaultBatchAssociationOperations::check));
    }

    private Mono<BatchResult<RecordPair, DefaultAssociation>> associateDefault(Map<String, Object> types,
            Flux<RecordPair> pairs) {
        return this.observed.mono(Operation.BATCH_ASSOCIATE_DEFAULT,
                this.batches.run(request(Operation.BATCH_ASSOCIATE_DEFAULT, types), pairs,
                        this.settings.batchAssociateDefaultChunkSize(),
                        (pair) -> new Wire.Pair(new Wire.ObjectId(pair.fromId()), new Wire.ObjectId(pair.toId())),
                        Wire.DefaultAssociationResult.class, DefaultRecordAssociationOperations::toModel,
                        (pair) -> List.of(pair.fromId(), pair.toId()), BatchCalls.RECORD_ID_KEYS));
    }

    // ---------------------------------------------------------------- B4 archive

    @Override
    public Mono<BatchResult<ArchiveInput, Void>> archive(String fromObjectType, String toObjectType,
            Collection<ArchiveInput> inputs) {
        Map<String, Object> types = types(fromObjectType, toObjectType);
        List<ArchiveInput> checked = Arguments.each("inputs", inputs, DefaultBatchAssociationOperations::check);
        return archive(types, Flux.fromIterable(checked));
    }

    @Override
    public Mono<BatchResult<ArchiveInput, Void>> archive(String fromObjectType, String toObjectType,
            Publisher<ArchiveInput> inputs) {
        Map<String, Object> types = types(fromObjectType, toObjectType);
        return archive(types, checkedElements("inputs", inputs, DefaultBatchAssociationOperations::check));
    }

    private Mono<BatchResult<ArchiveInput, Void>> archive(Map<String, Object> types, Flux<ArchiveInput> inputs) {
        return this.observed.mono(Operation.BATCH_ARCHIVE,
                this.batches.run(request(Operation.BATCH_ARCHIVE, types), inputs, this.settings.batchArchiveChunkSize(),
                        (input) -> new Wire.PairToMany(new Wire.ObjectId(input.fromId()),
                                input.toIds().stream().map(Wire.ObjectId::new).toList()),
                        JsonNode.class, (ignored) -> null, (input) -> {
                            List<String> ids = new ArrayList<>(input.toIds());
                            ids.add(0, input.fromId());
                            return ids;
                        }, BatchCalls.RECORD_ID_KEYS));
    }

    // ---------------------------------------------------------------- B5 archive labels

    @Override
    public Mono<BatchResult<AssociationInput, Void>> archiveLabels(String fromObjectType, String toObjectType,
            Collection<AssociationInput> inputs) {
        Map<String, Object> types = types(fromObjectType, toObjectType);
        return archiveLabels(types, Flux.fromIterable(checkedInputs(inputs)));
    }

    @Override
    public Mono<BatchResult<AssociationInput, Void>> archiveLabels(String fromObjectType, String toObjectType,
            Publisher<AssociationInput> inputs) {
        Map<String, Object> types = types(fromObjectType, toObjectType);
        return archiveLabels(types, checkedElements("inputs", inputs, DefaultBatchAssociationOperations::check));
    }

    private Mono<BatchResult<AssociationInput, Void>> archiveLabels(Map<String, Object> types,
            Flux<AssociationInput> inputs) {
        return this.observed.mono(Operation.BATCH_ARCHIVE_LABELS,
                this.batches.run(request(Operation.BATCH_ARCHIVE_LABELS, types), inputs,
                        this.settings.batchArchiveLabelsChunkSize(), DefaultBatchAssociationOperations::withTypes,
                        JsonNode.class, (ignored) -> null, DefaultBatchAssociationOperations::ids,
                        BatchCalls.RECORD_ID_KEYS));
    }

    // ---------------------------------------------------------------- shared

    static Map<String, Object> types(String fromObjectType, String toObjectType) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("fromObjectType", Arguments.objectType("fromObjectType", fromObjectType));
        variables.put("toObjectType", Arguments.objectType("toObjectType", toObjectType));
        return variables;
    }

    static HubSpotRequest request(Operation operation, Map<String, Object> types) {
        return HubSpotRequest.of(operation, operation.uriTemplate(), types);
    }

    /**
     * The elements of a publisher, each checked as it arrives.
     */
    static <T> Flux<T> checkedElements(String name, Publisher<T> elements, Checker<T> checker) {
        Arguments.notNull(name, elements);
        return Flux.from(elements).map((element) -> {
            checker.check(name + " element", element);
            return element;
        });
    }

    /**
     * Checks one element, naming it in failures.
     *
     * @param <T> the element type
     */
    @FunctionalInterface
    interface Checker<T> {

        void check(String name, T element);

    }

    private static List<AssociationInput> checkedInputs(Collection<AssociationInput> inputs) {
        return Arguments.each("inputs", inputs, DefaultBatchAssociationOperations::check);
    }

    private static void check(String name, AssociationInput input) {
        Arguments.notNull(name, input);
        Arguments.recordId(name + ".fromId", input.fromId());
        Arguments.recordId(name + ".toId", input.toId());
        Arguments.specs(name + ".types", input.types());
    }

    private static void check(String name, RecordPair pair) {
        Arguments.notNull(name, pair);
        Arguments.recordId(name + ".fromId", pair.fromId());
        Arguments.recordId(name + ".toId", pair.toId());
    }

    private static void check(String name, ArchiveInput input) {
        Arguments.notNull(name, input);
        Arguments.recordId(name + ".fromId", input.fromId());
        Arguments.each(name + ".toIds", input.toIds(), Arguments::recordId);
    }

    private static Wire.PairWithTypes withTypes(AssociationInput input) {
        return new Wire.PairWithTypes(new Wire.ObjectId(input.fromId()), new Wire.ObjectId(input.toId()),
                input.types());
    }

    private static List<String> ids(AssociationInput input) {
        return List.of(input.fromId(), input.toId());
    }

}
