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

package io.github.associations.error;

import java.util.List;

import io.github.associations.model.Operation;
import org.jspecify.annotations.Nullable;

/**
 * Any other HTTP 4xx (for example 405, 409, 415, 423 Locked, 477 Migration in Progress),
 * and errors HubSpot reports inside the 2xx body of a single-record call
 * ({@link #getReportedErrors()}; {@link #getError()} is the first of them).
 *
 * @since 0.1.0
 */
public class HubSpotClientException extends HubSpotException {

    private final List<HubSpotError> reportedErrors;

    /**
     * Create an exception.
     * @param message the full message, naming the operation; never a token
     * @param operation the operation that failed
     * @param status the HTTP status
     * @param error the error body
     * @param responseBodyExcerpt an excerpt of a non-JSON body
     */
    public HubSpotClientException(String message, Operation operation, int status, HubSpotError error,
            @Nullable String responseBodyExcerpt) {
        this(message, operation, status, error, responseBodyExcerpt, List.of());
    }

    /**
     * Create an exception for errors HubSpot reported inside a 2xx body.
     * @param message the full message, naming the operation; never a token
     * @param operation the operation that failed
     * @param status the HTTP status
     * @param error the first error reported
     * @param responseBodyExcerpt an excerpt of a non-JSON body
     * @param reportedErrors every error reported in the body, in order
     */
    public HubSpotClientException(String message, Operation operation, int status, HubSpotError error,
            @Nullable String responseBodyExcerpt, List<HubSpotError> reportedErrors) {
        super(message, operation, status, error, responseBodyExcerpt, null);
        this.reportedErrors = List.copyOf(reportedErrors);
    }

    /**
     * The errors HubSpot reported inside the 2xx body of a single-record call.
     * @return the errors in the order HubSpot listed them, empty for an error status
     */
    public List<HubSpotError> getReportedErrors() {
        return this.reportedErrors;
    }

}
