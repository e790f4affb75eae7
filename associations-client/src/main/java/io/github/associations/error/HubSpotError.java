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

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.associations.model.ErrorDetail;
import org.jspecify.annotations.Nullable;

/**
 * HubSpot's error body as sent: the standard error ({@code category}, {@code message},
 * {@code correlationId}, {@code context}, ...), the per-input {@code StandardError} of
 * batch responses, and the rate-limit body ({@code errorType}, {@code policyName}) share
 * this one shape. HubSpot says every field is optional.
 *
 * @param status usually {@code error}
 * @param category for example {@code VALIDATION_ERROR}, {@code EXPIRED_AUTHENTICATION},
 * {@code MISSING_SCOPES}
 * @param subCategory a finer category; an object is kept as its JSON text
 * @param message the human-readable message
 * @param correlationId HubSpot's id for the request, useful for support
 * @param context values by name
 * @param errors nested details
 * @param links related links by name
 * @param id an id attached to a batch error
 * @param errorType {@code RATE_LIMIT} on a 429
 * @param policyName the rate-limit policy hit, for example {@code TEN_SECONDLY_ROLLING}
 * or {@code DAILY}
 * @param groupName the rate-limit group
 * @param requestId HubSpot's request id on a 429
 * @since 0.1.0
 */
public record HubSpotError(@Nullable String status, @Nullable String category, @Nullable String subCategory,
        @Nullable String message, @Nullable String correlationId, Map<String, List<String>> context,
        List<ErrorDetail> errors, Map<String, String> links, @Nullable String id, @Nullable String errorType,
        @Nullable String policyName, @Nullable String groupName, @Nullable String requestId) {

    /** An error body with no field, used when the response had no (JSON) body. */
    public static final HubSpotError EMPTY = new HubSpotError(null, null, null, null, null, Map.of(), List.of(),
            Map.of(), null, null, null, null, null);

    /**
     * Copies the collections; absent ones become empty.
     */
    public HubSpotError {
        context = (context == null) ? Map.of() : copy(context);
        errors = (errors == null) ? List.of() : List.copyOf(errors);
        links = (links == null) ? Map.of() : Map.copyOf(links);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> context) {
        LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>();
        context.forEach((key, values) -> copy.put(key,
                (values == null) ? List.of() : Collections.unmodifiableList(new ArrayList<>(values))));
        return Collections.unmodifiableMap(copy);
    }

}
