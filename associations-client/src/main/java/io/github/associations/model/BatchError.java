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

package io.github.associations.model;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One per-input error of a batch call ({@code StandardError} in a 207 or in any 2xx batch
 * response), with the inputs it concerns.
 * <p>
 * {@link #inputs()} are found by matching the ids in the error's {@code context} values
 * (e.g. {@code fromObjectId}, {@code toObjectId}, {@code objectId},
 * {@code INVALID_OBJECT_IDS} entries), its {@code id} and its {@code message} against the
 * ids of the inputs of the request that returned it: the inputs sharing the most ids with
 * the error are the ones concerned. When no input shares an id and the request had
 * exactly one input, it is that input; otherwise the list is empty.
 *
 * @param status the error status, usually {@code error}
 * @param category the category, for example {@code OBJECT_NOT_FOUND}
 * @param subCategory the sub-category, for example
 * {@code crm.associations.NO_ASSOCIATIONS_FOUND} (an object is kept as its JSON text)
 * @param message HubSpot's human-readable message
 * @param context values by name, for example {@code fromObjectId}
 * @param errors nested details
 * @param links related links by name
 * @param id an id HubSpot attaches to the error, if any
 * @param inputs the inputs the error concerns
 * @param <I> the input type of the batch call
 * @since 0.1.0
 */
public record BatchError<I>(@Nullable String status, @Nullable String category, @Nullable String subCategory,
        @Nullable String message, Map<String, List<String>> context, List<ErrorDetail> errors,
        Map<String, String> links, @Nullable String id, List<I> inputs) {

    /**
     * Copies the collections; absent ones become empty.
     */
    public BatchError {
        context = ModelCollections.context(context);
        errors = ModelCollections.list(errors);
        links = ModelCollections.map(links);
        inputs = ModelCollections.list(inputs);
    }

}
