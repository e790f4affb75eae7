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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.associations.error.HubSpotError;
import io.github.associations.internal.json.ResponseReader;
import io.github.associations.internal.json.Wire;
import io.github.associations.model.BatchError;
import io.github.associations.model.BatchResult;
import io.github.associations.model.Operation;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JavaType;

/**
 * How every batch call runs: inputs cut into chunks of at most the configured size,
 * chunks sent with bounded concurrency (in order: results keep the order of the inputs),
 * each chunk's 2xx answer turned into a {@link BatchResult}, and all merged into one. A
 * per-input error is part of the value; only the failure of a whole request is an error
 * signal.
 */
public final class BatchCalls {

    /**
     * Context keys naming record ids ({@code fromObjectId}, {@code toObjectId},
     * {@code INVALID_OBJECT_IDS}, ...).
     */
    public static final Predicate<String> RECORD_ID_KEYS = (key) -> {
        String lower = key.toLowerCase(Locale.ROOT);
        return !lower.startsWith("max") && (lower.contains("objectid") || lower.contains("object_id")
                || lower.equals("id") || lower.equals("ids"));
    };

    /**
     * Context keys naming association type ids ({@code typeId},
     * {@code associationTypeId}).
     */
    public static final Predicate<String> TYPE_ID_KEYS = (key) -> key.toLowerCase(Locale.ROOT).endsWith("typeid");

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final HubSpotExchange exchange;

    private final int concurrency;

    /**
     * Create the runner.
     * @param exchange the exchange chunks are sent through
     * @param concurrency the most chunks in flight at once
     */
    public BatchCalls(HubSpotExchange exchange, int concurrency) {
        this.exchange = exchange;
        this.concurrency = concurrency;
    }

    /**
     * Run a batch call whose chunks are one request each: {@code {"inputs": [...]}} in,
     * HubSpot's batch envelope out (whatever its 2xx status, or no body at all for a
     * 204).
     * @param <I> the input type
     * @param <W> the wire type of a result
     * @param <R> the result type
     * @param request the request, without body
     * @param inputs the inputs, already validated
     * @param chunkSize the most inputs per request
     * @param toWire an input as HubSpot expects it
     * @param resultType the wire type of a result ({@code JsonNode} when results are
     * ignored)
     * @param toResult a wire result as a public result, or {@code null} to drop it
     * @param ids the ids of an input that per-input errors name
     * @param idKeys the error context keys holding such ids
     * @return the merged result
     */
    public <I, W, R> Mono<BatchResult<I, R>> run(HubSpotRequest request, Flux<I> inputs, int chunkSize,
            Function<I, Object> toWire, Class<W> resultType, Function<W, @Nullable R> toResult,
            Function<I, List<String>> ids, Predicate<String> idKeys) {
        JavaType responseType = this.exchange.json().type(Wire.BatchResponse.class, resultType);
        ResponseReader<Wire.BatchResponse<W>> reader = this.exchange.json().reader(responseType);
        Operation operation = request.operation();
        return run(inputs, chunkSize, (chunk) -> {
            Wire.Inputs<Object> body = new Wire.Inputs<>(chunk.stream().map(toWire).toList());
            return this.exchange.exchange(request.withBody(body), reader)
                .doOnSubscribe((subscription) -> this.exchange.listener().batchSent(operation, chunk.size()))
                .map((response) -> toBatchResult(response, chunk, toResult, ids, idKeys))
                .doOnNext((result) -> {
                    if (result.hasErrors()) {
                        this.exchange.listener().batchErrors(operation, result.errors().size());
                    }
                })
                .defaultIfEmpty(new BatchResult<>(List.of(), List.of(), 1));
        });
    }

    private static <I, W, R> BatchResult<I, R> toBatchResult(Wire.BatchResponse<W> response, List<I> chunk,
            Function<W, @Nullable R> toResult, Function<I, List<String>> ids, Predicate<String> idKeys) {
        List<R> results = new ArrayList<>(response.resultsOrEmpty().size());
        for (W result : response.resultsOrEmpty()) {
            R mapped = (result != null) ? toResult.apply(result) : null;
            if (mapped != null) {
                results.add(mapped);
            }
        }
        return new BatchResult<>(results, tieToInputs(response.errorsOrEmpty(), chunk, ids, idKeys), 1);
    }

    /**
     * Run a batch call over any number of inputs.
     * @param <I> the input type
     * @param <R> the result type
     * @param inputs the inputs, already validated
     * @param chunkSize the most inputs per request
     * @param chunkCall the call for one chunk
     * @return the merged result; an empty result without any request when there are no
     * inputs
     */
    public <I, R> Mono<BatchResult<I, R>> run(Flux<I> inputs, int chunkSize,
            Function<List<I>, Mono<BatchResult<I, R>>> chunkCall) {
        return inputs.buffer(chunkSize)
            .flatMapSequential(chunkCall, this.concurrency, 1)
            .reduce(BatchResult.<I, R>empty(), BatchResult::merge);
    }

    /**
     * Tie each of HubSpot's per-input errors to the inputs of its chunk it concerns. An
     * input is concerned when its ids appear among the numbers of the error's
     * {@code context} under keys naming ids (all keys when none does), all of its ids in
     * preference to some of them; failing that, among the numbers of the error's message;
     * failing that, a chunk of one input is concerned by every error. (Which keys name
     * ids is the caller's choice: {@link #RECORD_ID_KEYS} or {@link #TYPE_ID_KEYS}.)
     * @param <I> the input type
     * @param errors the errors of one response
     * @param chunk the chunk's inputs
     * @param ids the ids of an input that errors name
     * @param idKeys the context keys holding such ids
     * @return the errors with their inputs
     */
    public static <I> List<BatchError<I>> tieToInputs(List<HubSpotError> errors, List<I> chunk,
            Function<I, List<String>> ids, Predicate<String> idKeys) {
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
