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
import java.util.Map;

import io.github.associations.model.ErrorDetail;
import io.github.associations.model.Operation;
import org.jspecify.annotations.Nullable;

/**
 * A call to HubSpot that failed as a whole. Every field of HubSpot's error body is
 * available (null or empty when absent), and the message names the {@link Operation}, for
 * example
 * {@code records.associate failed: HTTP 400 VALIDATION_ERROR: One or more associations are invalid (correlationId ...)}.
 * <p>
 * Subclasses tell the kinds apart; this class itself is used for statuses no subclass
 * covers (1xx, 3xx). No message or field ever contains the access token.
 *
 * @since 0.1.0
 */
public class HubSpotException extends RuntimeException {

    private final Operation operation;

    private final int status;

    private final HubSpotError error;

    private final @Nullable String responseBodyExcerpt;

    /**
     * Create an exception.
     * @param message the full message, naming the operation
     * @param operation the operation that failed
     * @param status the HTTP status, or {@code 0} when there was no response
     * @param error HubSpot's error body, {@link HubSpotError#EMPTY} when there was none
     * @param responseBodyExcerpt a short, sanitized excerpt of a body that was not
     * HubSpot's JSON error, if any
     * @param cause the underlying failure, if any
     */
    public HubSpotException(String message, Operation operation, int status, HubSpotError error,
            @Nullable String responseBodyExcerpt, @Nullable Throwable cause) {
        super(message, cause);
        this.operation = operation;
        this.status = status;
        this.error = error;
        this.responseBodyExcerpt = responseBodyExcerpt;
    }

    /**
     * The operation that failed.
     * @return the operation that failed, one of a closed set
     */
    public Operation getOperation() {
        return this.operation;
    }

    /**
     * The HTTP status of the response.
     * @return the status code, or {@code 0} when no response was received
     */
    public int getStatus() {
        return this.status;
    }

    /**
     * HubSpot's error body as decoded.
     * @return the body; {@link HubSpotError#EMPTY} when the response had none or it was
     * not JSON
     */
    public HubSpotError getError() {
        return this.error;
    }

    /**
     * HubSpot's error category.
     * @return for example {@code VALIDATION_ERROR}, or {@code null}
     */
    public @Nullable String getCategory() {
        return this.error.category();
    }

    /**
     * HubSpot's error sub-category.
     * @return the sub-category or {@code null}
     */
    public @Nullable String getSubCategory() {
        return this.error.subCategory();
    }

    /**
     * HubSpot's correlation id, from the body or else the
     * {@code X-HubSpot-Correlation-Id} header.
     * @return the correlation id or {@code null}
     */
    public @Nullable String getCorrelationId() {
        return this.error.correlationId();
    }

    /**
     * HubSpot's own message, without the operation and status this exception's message
     * adds.
     * @return the message from the body or {@code null}
     */
    public @Nullable String getHubSpotMessage() {
        return this.error.message();
    }

    /**
     * The error context.
     * @return values by name, empty when absent
     */
    public Map<String, List<String>> getContext() {
        return this.error.context();
    }

    /**
     * The nested error details.
     * @return the details, empty when absent
     */
    public List<ErrorDetail> getErrors() {
        return this.error.errors();
    }

    /**
     * The links HubSpot attached.
     * @return links by name, empty when absent
     */
    public Map<String, String> getLinks() {
        return this.error.links();
    }

    /**
     * A short, sanitized excerpt of a response body that was not HubSpot's JSON error
     * (such as a proxy's HTML page), or of an undecodable success body.
     * @return the excerpt or {@code null}
     */
    public @Nullable String getResponseBodyExcerpt() {
        return this.responseBodyExcerpt;
    }

}
