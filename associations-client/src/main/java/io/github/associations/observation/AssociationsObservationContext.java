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

package io.github.associations.observation;

import io.github.associations.model.Operation;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * What an observation of one logical call knows: the operation, and once it ends, its
 * outcome.
 *
 * @since 0.1.0
 */
public class AssociationsObservationContext extends Observation.Context {

    private final Operation operation;

    private Outcome outcome = Outcome.UNKNOWN;

    private int status;

    private boolean coalesced;

    /**
     * Create a context.
     * @param operation the operation observed
     */
    public AssociationsObservationContext(Operation operation) {
        this.operation = operation;
    }

    /**
     * The operation observed.
     * @return the operation of the logical call
     */
    public Operation getOperation() {
        return this.operation;
    }

    /**
     * How the call ended.
     * @return the outcome, {@link Outcome#UNKNOWN} while running
     */
    public Outcome getOutcome() {
        return this.outcome;
    }

    /**
     * Record how the call ended.
     * @param outcome how the call ended
     */
    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    /**
     * The HTTP status the call ended with.
     * @return the status, {@code 0} when there was no response (or, for a success, not
     * one status)
     */
    public int getStatus() {
        return this.status;
    }

    /**
     * Record the HTTP status the call ended with.
     * @param status the HTTP status of the answer the call ended with
     */
    public void setStatus(int status) {
        this.status = status;
    }

    /**
     * Whether this is a batch request that carries coalesced record-level calls.
     * @return {@code true} for a coalesced batch request
     * @since 0.1.0
     */
    public boolean isCoalesced() {
        return this.coalesced;
    }

    /**
     * Record that this is a batch request carrying coalesced record-level calls.
     * @param coalesced whether the request carries coalesced calls
     * @since 0.1.0
     */
    public void setCoalesced(boolean coalesced) {
        this.coalesced = coalesced;
    }

    /**
     * The exception the call failed with.
     * @return the failure, or {@code null}
     */
    public @Nullable Throwable getFailure() {
        return getError();
    }

    /**
     * How a call ended, a closed set for metric tags.
     */
    public enum Outcome {

        /** Succeeded. */
        SUCCESS,

        /** A batch call succeeded with per-input errors. */
        PARTIAL,

        /**
         * HubSpot refused the call for its rate limits (or the client refused it for the
         * daily limit).
         */
        RATE_LIMITED,

        /** HubSpot answered 4xx. */
        CLIENT_ERROR,

        /** HubSpot answered 5xx. */
        SERVER_ERROR,

        /** No usable answer: connection failure, timeout, undecodable body. */
        IO_ERROR,

        /** The subscriber cancelled. */
        CANCELLED,

        /** Not ended yet. */
        UNKNOWN

    }

}
