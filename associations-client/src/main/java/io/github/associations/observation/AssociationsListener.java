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

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.github.associations.error.HubSpotException;
import io.github.associations.model.Operation;
import io.github.associations.model.RateLimitHeaders;

/**
 * Hears what the client does on the wire, for metrics and health. Every method has an
 * empty default; calls come from reactive threads, so implementations must be quick and
 * must not block. They receive no token.
 *
 * @since 0.1.0
 */
public interface AssociationsListener {

    /** A listener that does nothing. */
    AssociationsListener NONE = new AssociationsListener() {
    };

    /**
     * One listener telling all of the given ones, in order.
     * @param listeners the listeners to tell, in order; none gives {@link #NONE}
     * @return the composite, {@link #NONE} for none
     */
    static AssociationsListener of(List<? extends AssociationsListener> listeners) {
        List<AssociationsListener> all = List.copyOf(listeners);
        if (all.isEmpty()) {
            return NONE;
        }
        if (all.size() == 1) {
            return all.get(0);
        }
        return new AssociationsListener() {

            @Override
            public void batchSent(Operation operation, int inputs) {
                all.forEach((listener) -> listener.batchSent(operation, inputs));
            }

            @Override
            public void callsCoalesced(Operation operation, int calls) {
                all.forEach((listener) -> listener.callsCoalesced(operation, calls));
            }

            @Override
            public void batchErrors(Operation operation, int errors) {
                all.forEach((listener) -> listener.batchErrors(operation, errors));
            }

            @Override
            public void retrying(Operation operation, String cause, Duration wait) {
                all.forEach((listener) -> listener.retrying(operation, cause, wait));
            }

            @Override
            public void rateLimiterWait(Operation operation, Duration wait) {
                all.forEach((listener) -> listener.rateLimiterWait(operation, wait));
            }

            @Override
            public void responded(Operation operation, int status, RateLimitHeaders headers) {
                all.forEach((listener) -> listener.responded(operation, status, headers));
            }

            @Override
            public void dailyLimitReached(Instant until) {
                all.forEach((listener) -> listener.dailyLimitReached(until));
            }

            @Override
            public void failed(Operation operation, HubSpotException failure) {
                all.forEach((listener) -> listener.failed(operation, failure));
            }

            @Override
            public void tokenRefreshed(Instant expiresAt) {
                all.forEach((listener) -> listener.tokenRefreshed(expiresAt));
            }

            @Override
            public void tokenRefreshFailed(String reason) {
                all.forEach((listener) -> listener.tokenRefreshFailed(reason));
            }

        };
    }

    /**
     * A batch request is about to be sent.
     * @param operation the batch call sending the request
     * @param inputs the inputs in the request
     */
    default void batchSent(Operation operation, int inputs) {
    }

    /**
     * A batch request carrying coalesced record-level calls is about to be sent: counting
     * the calls and the requests tells how many calls were coalesced into how many
     * requests.
     * @param operation the batch call sending the request ({@code batch.create},
     * {@code batch.associate-default} or {@code batch.archive})
     * @param calls the record-level calls the request carries
     * @since 0.1.0
     */
    default void callsCoalesced(Operation operation, int calls) {
    }

    /**
     * A batch request was answered with per-input errors.
     * @param operation the batch call HubSpot answered
     * @param errors how many
     */
    default void batchErrors(Operation operation, int errors) {
    }

    /**
     * An attempt failed and will be retried.
     * @param operation the call whose attempt failed
     * @param cause {@code rate-limit}, {@code server-error}, {@code connection} or
     * {@code timeout}
     * @param wait the wait before the next attempt
     */
    default void retrying(Operation operation, String cause, Duration wait) {
    }

    /**
     * An attempt waits for the client-side rate limiter.
     * @param operation the call waiting
     * @param wait how long
     */
    default void rateLimiterWait(Operation operation, Duration wait) {
    }

    /**
     * HubSpot answered (any status); its rate-limit headers, as far as present.
     * @param operation the call HubSpot answered
     * @param status the HTTP status
     * @param headers the {@code X-HubSpot-RateLimit-*} headers
     */
    default void responded(Operation operation, int status, RateLimitHeaders headers) {
    }

    /**
     * The account's daily limit is reached; calls fail fast until {@code until}.
     * @param until when calls are attempted again
     */
    default void dailyLimitReached(Instant until) {
    }

    /**
     * A call failed for good (after any retry).
     * @param operation the call that failed
     * @param failure why, as the exception the caller receives
     */
    default void failed(Operation operation, HubSpotException failure) {
    }

    /**
     * A token provider obtained a new access token (for example by an OAuth refresh).
     * @param expiresAt when the new token expires
     */
    default void tokenRefreshed(Instant expiresAt) {
    }

    /**
     * A token provider failed to obtain a new access token.
     * @param reason why, naming the setting to check; never contains a secret
     */
    default void tokenRefreshFailed(String reason) {
    }

}
