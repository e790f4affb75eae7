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

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one result of a batch call, however many requests it took: the results and
 * per-input errors of every request, merged in input order.
 * <p>
 * A partial failure (HubSpot's 207, or errors in any 2xx response) is this value with
 * {@link #hasErrors()}, not an exception; only a request that fails as a whole ends the
 * call with an error signal. Calls that return no results (archive, purge) use
 * {@code BatchResult<I, Void>}, whose {@link #results()} is always empty.
 *
 * @param results the results of every request
 * @param errors the per-input errors of every request, each with the inputs it concerns
 * @param requestCount the number of HTTP requests the call sent (chunks and follow-up
 * pages, not repeats after a token refresh)
 * @param <I> the input type
 * @param <R> the result type
 * @since 0.1.0
 */
public record BatchResult<I, R>(List<R> results, List<BatchError<I>> errors, int requestCount) {

    /**
     * Copies the lists.
     */
    public BatchResult {
        results = ModelCollections.list(results);
        errors = ModelCollections.list(errors);
    }

    /**
     * A result without results, errors or requests.
     * @param <I> the input type
     * @param <R> the result type
     * @return the empty result
     */
    public static <I, R> BatchResult<I, R> empty() {
        return new BatchResult<>(List.of(), List.of(), 0);
    }

    /**
     * Whether HubSpot reported any per-input error.
     * @return {@code true} if {@link #errors()} is not empty
     */
    public boolean hasErrors() {
        return !this.errors.isEmpty();
    }

    /**
     * The inputs that at least one error concerns, each once, in the order of the errors.
     * @return the failed inputs (errors that could not be matched to an input add none)
     */
    public List<I> failedInputs() {
        Set<I> failed = new LinkedHashSet<>();
        this.errors.forEach(error -> failed.addAll(error.inputs()));
        return List.copyOf(failed);
    }

    /**
     * This result followed by another one, as when merging chunks.
     * @param next the result of the next chunk
     * @return a new result with both results, both errors and the sum of the request
     * counts
     */
    public BatchResult<I, R> merge(BatchResult<I, R> next) {
        List<R> mergedResults = new ArrayList<>(this.results);
        mergedResults.addAll(next.results);
        List<BatchError<I>> mergedErrors = new ArrayList<>(this.errors);
        mergedErrors.addAll(next.errors);
        return new BatchResult<>(mergedResults, mergedErrors, this.requestCount + next.requestCount);
    }

}
