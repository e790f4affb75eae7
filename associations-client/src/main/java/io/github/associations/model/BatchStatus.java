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

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code status} of a HubSpot batch response. A value type rather than an enum so
 * that a value HubSpot adds later is kept, not rejected.
 *
 * @since 0.1.0
 */
public final class BatchStatus {

    /** The batch is queued. */
    public static final BatchStatus PENDING = new BatchStatus("PENDING");

    /** The batch is being processed. */
    public static final BatchStatus PROCESSING = new BatchStatus("PROCESSING");

    /** The batch was canceled. */
    public static final BatchStatus CANCELED = new BatchStatus("CANCELED");

    /** The batch is complete (every documented associations response). */
    public static final BatchStatus COMPLETE = new BatchStatus("COMPLETE");

    private final String value;

    private BatchStatus(String value) {
        this.value = value;
    }

    /**
     * The status with the given wire value.
     * @param value the value HubSpot sends, for example {@code COMPLETE}
     * @return a known constant, or a new value kept as sent
     * @throws IllegalArgumentException if {@code value} is null or blank
     */
    @JsonCreator
    public static BatchStatus of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(
                    "status must not be blank, but was " + (value == null ? "null" : "'" + value + "'"));
        }
        return switch (value) {
            case "PENDING" -> PENDING;
            case "PROCESSING" -> PROCESSING;
            case "CANCELED" -> CANCELED;
            case "COMPLETE" -> COMPLETE;
            default -> new BatchStatus(value);
        };
    }

    /**
     * The value as HubSpot sends it.
     * @return the wire value
     */
    @JsonValue
    public String value() {
        return this.value;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof BatchStatus status && this.value.equals(status.value));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(this.value);
    }

    @Override
    public String toString() {
        return this.value;
    }

}
