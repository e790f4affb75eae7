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

package io.github.associations.internal.coalesce;

import io.github.associations.error.HubSpotError;
import io.github.associations.error.HubSpotException;
import io.github.associations.error.HubSpotForbiddenException;
import io.github.associations.error.HubSpotNotFoundException;
import io.github.associations.error.HubSpotValidationException;
import io.github.associations.model.BatchError;
import io.github.associations.model.Operation;
import org.jspecify.annotations.Nullable;

/**
 * The exception a coalesced call fails with when HubSpot reports a per-input error for
 * its input. Per-input errors carry a category but no HTTP status; the category decides
 * the exception type, and the exception carries the status HubSpot answers the single
 * call with for that category, so that code written for the single call handles it the
 * same way:
 * <ul>
 * <li>{@code VALIDATION_ERROR}: {@link HubSpotValidationException}, 400;</li>
 * <li>{@code OBJECT_NOT_FOUND}: {@link HubSpotNotFoundException}, 404;</li>
 * <li>{@code MISSING_SCOPES}: {@link HubSpotForbiddenException}, 403.</li>
 * </ul>
 * Any other category has no exception here: the call is then sent on its own, so that its
 * caller gets HubSpot's own answer.
 */
final class PerInputFailures {

    private PerInputFailures() {
    }

    /**
     * The exception for a per-input error.
     * @param operation the operation the caller called
     * @param batchOperation the batch operation whose request reported the error
     * @param error the per-input error, concerning the caller's input only
     * @return the exception, or {@code null} when the category has none
     */
    static @Nullable HubSpotException toException(Operation operation, Operation batchOperation, BatchError<?> error) {
        String category = error.category();
        if (category == null) {
            return null;
        }
        HubSpotError body = new HubSpotError(error.status(), category, error.subCategory(), error.message(), null,
                error.context(), error.errors(), error.links(), error.id(), null, null, null, null);
        return switch (category) {
            case "VALIDATION_ERROR" -> new HubSpotValidationException(message(operation, batchOperation, 400, error),
                    operation, 400, body, null);
            case "OBJECT_NOT_FOUND" -> new HubSpotNotFoundException(message(operation, batchOperation, 404, error),
                    operation, 404, body, null);
            case "MISSING_SCOPES" -> new HubSpotForbiddenException(message(operation, batchOperation, 403, error),
                    operation, 403, body, null);
            default -> null;
        };
    }

    private static String message(Operation operation, Operation batchOperation, int status, BatchError<?> error) {
        StringBuilder message = new StringBuilder("HubSpot ").append(operation.id())
            .append(" failed: ")
            .append(status)
            .append(' ')
            .append(error.category());
        if (error.message() != null) {
            message.append(": ").append(error.message());
        }
        return message.append(" (a per-input error of a coalesced ")
            .append(batchOperation.id())
            .append(" request)")
            .toString();
    }

}
