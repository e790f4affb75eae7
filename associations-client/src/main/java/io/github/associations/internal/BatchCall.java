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
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import io.github.associations.client.AssociationsSettings;
import io.github.associations.internal.json.Wire;
import org.jspecify.annotations.Nullable;

/**
 * How one batch call runs over any number of inputs: the {@link Call} each chunk is sent
 * with, the setting that sizes the chunks, an input as HubSpot expects it, a wire result
 * as the caller sees it, and which ids of an input HubSpot's per-input errors name (and
 * under which keys of an error's {@code context}). Described once per operation, in
 * {@link Calls}; run by the pipeline's one batch runner.
 *
 * @param <I> the input type
 * @param <W> the wire type of a result
 * @param <R> the result type
 * @since 0.1.0
 */
public final class BatchCall<I, W, R> {

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

    private final Call<Wire.BatchResponse<W>> call;

    private final ToIntFunction<AssociationsSettings> chunkSize;

    private final Function<? super I, ?> toWire;

    private final Function<? super W, ? extends @Nullable R> toResult;

    private final Function<? super I, List<String>> ids;

    private final Predicate<String> idKeys;

    private BatchCall(Inputs<I, W> inputs, Function<? super W, ? extends @Nullable R> toResult) {
        this.call = inputs.chunks.call;
        this.chunkSize = inputs.chunks.chunkSize;
        this.toWire = inputs.toWire;
        this.toResult = toResult;
        this.ids = inputs.ids;
        this.idKeys = inputs.idKeys;
    }

    /**
     * The call each chunk is sent with.
     * @return the call of one chunk
     */
    public Call<Wire.BatchResponse<W>> call() {
        return this.call;
    }

    int chunkSize(AssociationsSettings settings) {
        return this.chunkSize.applyAsInt(settings);
    }

    Object toWire(I input) {
        return this.toWire.apply(input);
    }

    @Nullable R toResult(W result) {
        return this.toResult.apply(result);
    }

    List<String> ids(I input) {
        return this.ids.apply(input);
    }

    Predicate<String> idKeys() {
        return this.idKeys;
    }

    @Override
    public String toString() {
        return "BatchCall[" + this.call.operation() + "]";
    }

    /**
     * Describe a batch call whose chunks are sent with {@code call}.
     * @param <W> the wire type of a result
     * @param call the call of one chunk
     * @param chunkSize the setting that sizes the chunks
     * @return the next step of the description
     */
    public static <W> Chunks<W> of(Call<Wire.BatchResponse<W>> call, ToIntFunction<AssociationsSettings> chunkSize) {
        return new Chunks<>(call, chunkSize);
    }

    /**
     * A batch call's call and chunk size; its inputs come next.
     *
     * @param <W> the wire type of a result
     */
    public static final class Chunks<W> {

        private final Call<Wire.BatchResponse<W>> call;

        private final ToIntFunction<AssociationsSettings> chunkSize;

        private Chunks(Call<Wire.BatchResponse<W>> call, ToIntFunction<AssociationsSettings> chunkSize) {
            this.call = call;
            this.chunkSize = chunkSize;
        }

        /**
         * How inputs are sent, and which of their ids per-input errors name.
         * @param <I> the input type
         * @param type the input type
         * @param toWire an input as HubSpot expects it
         * @param ids the ids of an input that errors name
         * @param idKeys the error context keys holding such ids
         * @return the next step of the description
         */
        public <I> Inputs<I, W> inputs(Class<I> type, Function<? super I, ?> toWire,
                Function<? super I, List<String>> ids, Predicate<String> idKeys) {
            return new Inputs<>(this, toWire, ids, idKeys);
        }

    }

    /**
     * A batch call with its inputs described; its results come last.
     *
     * @param <I> the input type
     * @param <W> the wire type of a result
     */
    public static final class Inputs<I, W> {

        private final Chunks<W> chunks;

        private final Function<? super I, ?> toWire;

        private final Function<? super I, List<String>> ids;

        private final Predicate<String> idKeys;

        private Inputs(Chunks<W> chunks, Function<? super I, ?> toWire, Function<? super I, List<String>> ids,
                Predicate<String> idKeys) {
            this.chunks = chunks;
            this.toWire = toWire;
            this.ids = ids;
            this.idKeys = idKeys;
        }

        /**
         * Turn each wire result into a result for the caller.
         * @param <R> the result type
         * @param toResult a wire result as the caller sees it
         * @return the described batch call
         */
        public <R> BatchCall<I, W, R> results(Function<? super W, ? extends R> toResult) {
            return new BatchCall<>(this, toResult);
        }

        /**
         * Drop HubSpot's results: the caller learns of per-input errors only.
         * @return the described batch call
         */
        public BatchCall<I, W, Void> noResults() {
            return new BatchCall<>(this, (result) -> null);
        }

    }

}
