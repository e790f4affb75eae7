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

package io.github.associations.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.associations.error.HubSpotError;
import io.github.associations.internal.json.Wire;
import io.github.associations.model.AssociatedRecord;
import io.github.associations.model.BatchError;
import io.github.associations.model.BatchReadItem;
import io.github.associations.model.BatchResult;
import io.github.associations.model.Operation;
import io.github.associations.observation.AssociationsListener;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * How every batch call runs: inputs cut into chunks of at most the size its setting
 * gives, chunks sent with bounded concurrency (in order: results keep the order of the
 * inputs), each chunk's 2xx answer turned into a {@link BatchResult}, and all merged into
 * one. A per-input error is part of the value; only the failure of a whole request is an
 * error signal.
 */
final class BatchRunner {

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final HubSpotExchange exchange;

    private final int concurrency;

    BatchRunner(HubSpotExchange exchange) {
        this.exchange = exchange;
        this.concurrency = exchange.settings().batchConcurrency();
    }

    /**
     * Run a batch call whose chunks are one request each: {@code {"inputs": [...]}} in,
     * HubSpot's batch envelope out (whatever its 2xx status, or no body at all for a
     * 204).
     * @param <I> the input type
     * @param <W> the wire type of a result
     * @param <R> the result type
     * @param batch the batch call
     * @param inputs the inputs, already validated or checked as they arrive
     * @param uriVariables the variables of the call's path
     * @return the merged result; an empty result without any request when there are no
     * inputs
     */
    <I, W, R> Mono<BatchResult<I, R>> run(BatchCall<I, W, R> batch, Flux<I> inputs, Object[] uriVariables) {
        return chunks(batch, inputs,
                (chunk) -> send(batch, chunk, wire(batch, chunk), uriVariables)
                    .map((response) -> toBatchResult(batch, response, chunk))
                    .defaultIfEmpty(new BatchResult<>(List.of(), List.of(), 1)));
    }

    /**
     * Run the batch read: each chunk is read again for the records HubSpot gave a cursor,
     * until every record's paging is done; a record's associations from all its pages
     * make one result.
     * @param batch the batch read
     * @param ids the record ids, already validated or checked as they arrive
     * @param uriVariables the variables of the call's path
     * @return the merged result
     */
    Mono<BatchResult<String, BatchReadItem>> runFollowingCursors(
            BatchCall<String, Wire.ReadResult, BatchReadItem> batch, Flux<String> ids, Object[] uriVariables) {
        return chunks(batch, ids, (chunk) -> Mono
            .defer(() -> readChunk(batch, new ReadProgress(batch, chunk), wire(batch, chunk), uriVariables)));
    }

    private <I, W, R> Mono<BatchResult<I, R>> chunks(BatchCall<I, W, R> batch, Flux<I> inputs,
            Function<List<I>, Mono<BatchResult<I, R>>> chunkCall) {
        return inputs.buffer(batch.chunkSize(this.exchange.settings()))
            .flatMapSequential(chunkCall, this.concurrency, 1)
            .reduce(BatchResult.<I, R>empty(), BatchResult::merge);
    }

    private static <I> List<Object> wire(BatchCall<I, ?, ?> batch, List<I> chunk) {
        List<Object> wire = new ArrayList<>(chunk.size());
        for (I input : chunk) {
            wire.add(batch.toWire(input));
        }
        return wire;
    }

    /**
     * One request of a batch call, told to the listener: its inputs as it is sent, its
     * per-input errors as they come back.
     */
    private <W> Mono<Wire.BatchResponse<W>> send(BatchCall<?, W, ?> batch, List<?> chunk, List<Object> wire,
            Object[] uriVariables) {
        AssociationsListener listener = this.exchange.listener();
        Operation operation = batch.call().operation();
        return this.exchange.exchange(batch.call(), new Wire.Inputs<>(wire), uriVariables)
            .doOnSubscribe((subscription) -> listener.batchSent(operation, wire.size()))
            .doOnNext((response) -> {
                if (!response.errorsOrEmpty().isEmpty()) {
                    listener.batchErrors(operation, response.errorsOrEmpty().size());
                }
            });
    }

    private static <I, W, R> BatchResult<I, R> toBatchResult(BatchCall<I, W, R> batch, Wire.BatchResponse<W> response,
            List<I> chunk) {
        List<R> results = new ArrayList<>(response.resultsOrEmpty().size());
        for (W result : response.resultsOrEmpty()) {
            R mapped = (result != null) ? batch.toResult(result) : null;
            if (mapped != null) {
                results.add(mapped);
            }
        }
        return new BatchResult<>(results, tieToInputs(response.errorsOrEmpty(), chunk, batch::ids, batch.idKeys()), 1);
    }

    /**
     * Read one chunk of a batch read, then again for the records HubSpot gave a cursor,
     * until every record's paging is done.
     */
    private Mono<BatchResult<String, BatchReadItem>> readChunk(BatchCall<String, Wire.ReadResult, BatchReadItem> batch,
            ReadProgress progress, List<Object> wire, Object[] uriVariables) {
        return send(batch, progress.chunk, wire, uriVariables)
            .defaultIfEmpty(new Wire.BatchResponse<>(null, List.of(), null, List.of(), null, null, null, null))
            .flatMap((response) -> {
                List<Object> next = progress.absorb(response, wire);
                return next.isEmpty() ? Mono.just(progress.toResult()) : readChunk(batch, progress, next, uriVariables);
            });
    }

    /**
     * What the requests for one chunk of a batch read have found so far.
     */
    private static final class ReadProgress {

        private final BatchCall<String, Wire.ReadResult, BatchReadItem> batch;

        private final Map<String, List<AssociatedRecord>> found = new LinkedHashMap<>();

        private final List<BatchError<String>> errors = new ArrayList<>();

        private final List<String> chunk;

        private int requests;

        ReadProgress(BatchCall<String, Wire.ReadResult, BatchReadItem> batch, List<String> chunk) {
            this.batch = batch;
            this.chunk = chunk;
        }

        /**
         * Take in one answer.
         * @return the inputs of the next request: the records with a cursor
         */
        List<Object> absorb(Wire.BatchResponse<Wire.ReadResult> response, List<Object> sent) {
            this.requests++;
            Map<String, @Nullable String> sentCursors = new LinkedHashMap<>();
            for (Object input : sent) {
                Wire.ReadInput read = (Wire.ReadInput) input;
                sentCursors.put(read.id(), read.after());
            }
            List<Object> next = new ArrayList<>();
            for (Wire.ReadResult result : response.resultsOrEmpty()) {
                BatchReadItem item = this.batch.toResult(result);
                if (item == null) {
                    continue;
                }
                this.found.computeIfAbsent(item.fromId(), (key) -> new ArrayList<>()).addAll(item.associatedRecords());
                String after = result.nextAfter();
                // A cursor HubSpot repeats for the same record ends its paging rather
                // than loop forever.
                if (after != null && !after.equals(sentCursors.get(item.fromId()))) {
                    next.add(new Wire.ReadInput(item.fromId(), after));
                }
            }
            List<String> sentIds = List.copyOf(sentCursors.keySet());
            this.errors.addAll(tieToInputs(response.errorsOrEmpty(), sentIds, this.batch::ids, this.batch.idKeys()));
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

    /**
     * Tie each of HubSpot's per-input errors to the inputs of its chunk it concerns. An
     * input is concerned when its ids appear among the numbers of the error's
     * {@code context} under keys naming ids (all keys when none does), all of its ids in
     * preference to some of them; failing that, among the numbers of the error's message;
     * failing that, a chunk of one input is concerned by every error. (Which keys name
     * ids is the batch call's choice: {@link BatchCall#RECORD_ID_KEYS} or
     * {@link BatchCall#TYPE_ID_KEYS}.)
     * @param <I> the input type
     * @param errors the errors of one response
     * @param chunk the chunk's inputs
     * @param ids the ids of an input that errors name
     * @param idKeys the context keys holding such ids
     * @return the errors with their inputs
     */
    static <I> List<BatchError<I>> tieToInputs(List<HubSpotError> errors, List<I> chunk, Function<I, List<String>> ids,
            Predicate<String> idKeys) {
        List<BatchError<I>> tied = new ArrayList<>(errors.size());
        for (HubSpotError error : errors) {
            List<I> inputs = match(contextNumbers(error.context(), idKeys), chunk, ids);
            if (inputs.isEmpty() && error.message() != null) {
                inputs = match(numbers(List.of(error.message())), chunk, ids);
            }
            if (inputs.isEmpty() && chunk.size() == 1) {
                inputs = chunk;
            }
            tied.add(new BatchError<>(error.status(), error.category(), error.subCategory(), error.message(),
                    error.context(), error.errors(), error.links(), error.id(), inputs));
        }
        return tied;
    }

    private static <I> List<I> match(Set<String> numbers, List<I> chunk, Function<I, List<String>> ids) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        List<I> all = new ArrayList<>();
        List<I> some = new ArrayList<>();
        for (I input : chunk) {
            List<String> inputIds = ids.apply(input);
            long found = inputIds.stream().filter(numbers::contains).count();
            if (found > 0 && found == inputIds.size()) {
                all.add(input);
            }
            else if (found > 0) {
                some.add(input);
            }
        }
        return all.isEmpty() ? some : all;
    }

    private static Set<String> contextNumbers(Map<String, List<String>> context, Predicate<String> idKeys) {
        List<String> idValues = new ArrayList<>();
        context.forEach((key, values) -> {
            if (idKeys.test(key)) {
                idValues.addAll(values);
            }
        });
        if (idValues.isEmpty()) {
            context.values().forEach(idValues::addAll);
        }
        return numbers(idValues);
    }

    private static Set<String> numbers(List<String> texts) {
        Set<String> numbers = new HashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher matcher = NUMBER.matcher(text);
            while (matcher.find()) {
                numbers.add(matcher.group());
            }
        }
        return numbers;
    }

}
