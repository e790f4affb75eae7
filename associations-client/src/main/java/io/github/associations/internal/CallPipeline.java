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

import java.util.List;
import java.util.function.Function;

import io.github.associations.internal.json.Wire;
import io.github.associations.model.BatchReadItem;
import io.github.associations.model.BatchResult;
import io.github.associations.model.Operation;
import io.github.associations.observation.AssociationsListener;
import io.github.associations.observation.AssociationsObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The one way the operation groups call HubSpot: given the description of a call (from
 * {@link Calls}), its URI variables and its body, it observes the logical call (one
 * observation, however many requests), and for each request retries, takes a rate-limit
 * permit, gets the access token, sends, reads the answer and translates errors (see
 * {@link HubSpotExchange}). A group names the operation once per call, through its
 * description.
 * <p>
 * URI variables are positional: the path's variables in template order, then the call's
 * query parameters, {@code null} for one that is absent.
 *
 * @since 0.1.0
 */
public final class CallPipeline {

    /** The body of a call that sends none. */
    public static final @Nullable Object NO_BODY = null;

    private final HubSpotExchange exchange;

    private final Observed observed;

    private final BatchRunner batches;

    /**
     * Create the pipeline of a template.
     * @param exchange the attempts of every request
     * @param observationRegistry where the logical calls are observed
     * ({@link ObservationRegistry#NOOP} for nowhere)
     * @param observationConvention a custom convention, or {@code null} for the default
     */
    public CallPipeline(HubSpotExchange exchange, ObservationRegistry observationRegistry,
            @Nullable AssociationsObservationConvention observationConvention) {
        this.exchange = exchange;
        this.observed = new Observed(observationRegistry, observationConvention, exchange.listener());
        this.batches = new BatchRunner(exchange);
    }

    /**
     * Make a call of one request.
     * @param <T> what the answer is read as
     * @param call the description of the call, from {@link Calls}
     * @param body the request body, written as JSON, or {@link #NO_BODY}
     * @param uriVariables the path variables, then the query parameters, in order
     * @return a cold {@code Mono}: the answer, empty when there is none
     */
    public <T> Mono<T> call(Call<T> call, @Nullable Object body, @Nullable Object... uriVariables) {
        return this.observed.mono(call.operation(), this.exchange.exchange(call, body, uriVariables));
    }

    /**
     * Make one request of a call without observing it on its own: for a request that is
     * part of a call observed with {@link #observe}.
     * @param <T> what the answer is read as
     * @param call the description of the call, from {@link Calls}
     * @param body the request body, written as JSON, or {@link #NO_BODY}
     * @param uriVariables the path variables, then the query parameters, in order
     * @return a cold {@code Mono}: the answer, empty when there is none
     */
    public <T> Mono<T> request(Call<T> call, @Nullable Object body, @Nullable Object... uriVariables) {
        return this.exchange.exchange(call, body, uriVariables);
    }

    /**
     * Observe a logical call that is answered by other means than one of this pipeline's
     * calls (a coalesced call: by its share of a batch request, or by a request of its
     * own made with {@link #request}).
     * @param <T> the value type
     * @param operation the operation the caller called
     * @param call the logical call
     * @return the observed call
     */
    public <T> Mono<T> observe(Operation operation, Mono<T> call) {
        return this.observed.mono(operation, call);
    }

    /**
     * Send one batch request carrying coalesced record-level calls, observed as the batch
     * operation on its own (tagged as coalesced, parented to no caller), and told to the
     * listener with the number of calls it carries.
     * @param <I> the input type
     * @param <W> the wire type of a result
     * @param <R> the result type
     * @param batch the batch call
     * @param inputs the inputs, one per call, no more than the call's chunk size
     * @param uriVariables the variables of the call's path, in order
     * @return a cold {@code Mono} of the result
     */
    public <I, W, R> Mono<BatchResult<I, R>> coalescedBatch(BatchCall<I, W, R> batch, List<I> inputs,
            Object... uriVariables) {
        Operation operation = batch.call().operation();
        AssociationsListener listener = this.exchange.listener();
        return this.observed.coalesced(operation, this.batches.run(batch, Flux.fromIterable(inputs), uriVariables)
            .doOnSubscribe((subscription) -> listener.callsCoalesced(operation, inputs.size())));
    }

    /**
     * Stream the items of a call of one request that answers with a collection.
     * @param <P> the type of the answer
     * @param <E> the item type
     * @param call the description of the call, from {@link Calls}
     * @param items the items of the answer
     * @param uriVariables the path variables, then the query parameters, in order
     * @return a cold {@code Flux} of the items
     */
    public <P, E> Flux<E> items(Call<P> call, Function<P, List<E>> items, @Nullable Object... uriVariables) {
        return this.observed.flux(call.operation(),
                this.exchange.exchange(call, NO_BODY, uriVariables).flatMapIterable(items));
    }

    /**
     * Stream the items of every page of a call that HubSpot pages with a cursor, the
     * call's last query parameter ({@code after}). Pages are fetched on demand: the next
     * one only once the subscriber has taken every item of the current one. A cursor
     * HubSpot repeats ends the stream rather than loop forever.
     * @param <P> the page type
     * @param <E> the item type
     * @param call the call of one page
     * @param items the items of a page
     * @param nextAfter the cursor of the next page, or {@code null} on the last
     * @param uriVariables the variables before the cursor, in order
     * @return a cold {@code Flux} of the items of every page
     */
    public <P, E> Flux<E> pages(Call<P> call, Function<P, List<E>> items, Function<P, @Nullable String> nextAfter,
            @Nullable Object... uriVariables) {
        return this.observed.flux(call.operation(),
                page(call, uriVariables, null).map((page) -> new Fetched<>(null, page)).expand((fetched) -> {
                    String next = nextAfter.apply(fetched.page());
                    return (next != null && !next.equals(fetched.after()))
                            ? page(call, uriVariables, next).map((page) -> new Fetched<>(next, page)) : Mono.empty();
                }).concatMap((fetched) -> Flux.fromIterable(items.apply(fetched.page())), 0));
    }

    private <P> Mono<P> page(Call<P> call, @Nullable Object[] uriVariables, @Nullable String after) {
        Object[] variables = new Object[uriVariables.length + 1];
        System.arraycopy(uriVariables, 0, variables, 0, uriVariables.length);
        variables[uriVariables.length] = after;
        return this.exchange.exchange(call, NO_BODY, variables);
    }

    /**
     * Run a batch call over any number of inputs, as one observation.
     * @param <I> the input type
     * @param <W> the wire type of a result
     * @param <R> the result type
     * @param batch the batch call
     * @param inputs the inputs, already validated or checked as they arrive
     * @param uriVariables the variables of the call's path, in order
     * @return a cold {@code Mono} of the merged result
     */
    public <I, W, R> Mono<BatchResult<I, R>> batch(BatchCall<I, W, R> batch, Flux<I> inputs, Object... uriVariables) {
        return this.observed.mono(batch.call().operation(), this.batches.run(batch, inputs, uriVariables));
    }

    /**
     * Run the batch read over any number of record ids, following each record's own
     * cursor until all its associations are read, as one observation.
     * @param batch the batch read
     * @param ids the record ids, already validated or checked as they arrive
     * @param uriVariables the variables of the call's path, in order
     * @return a cold {@code Mono} of the merged result
     */
    public Mono<BatchResult<String, BatchReadItem>> batchRead(BatchCall<String, Wire.ReadResult, BatchReadItem> batch,
            Flux<String> ids, Object... uriVariables) {
        return this.observed.mono(batch.call().operation(), this.batches.runFollowingCursors(batch, ids, uriVariables));
    }

    /**
     * A page and the cursor it was fetched with (a repeated cursor ends the stream).
     */
    private record Fetched<P>(@Nullable String after, P page) {
    }

}
