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

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.associations.model.ErrorDetail;
import io.github.associations.model.Operation;
import org.jspecify.annotations.Nullable;

/**
 * HTTP 403: the token lacks a scope the call needs ({@code MISSING_SCOPES}) or is
 * otherwise not allowed.
 *
 * @since 0.1.0
 */
public class HubSpotForbiddenException extends HubSpotException {

    /**
     * Create an exception.
     * @param message the full message, naming the operation; never a token
     * @param operation the operation that failed
     * @param status the HTTP status
     * @param error the error body
     * @param responseBodyExcerpt an excerpt of a non-JSON body
     */
    public HubSpotForbiddenException(String message, Operation operation, int status, HubSpotError error,
            @Nullable String responseBodyExcerpt) {
        super(message, operation, status, error, responseBodyExcerpt, null);
    }

    /**
     * Whether HubSpot said scopes are missing.
     * @return {@code true} for category {@code MISSING_SCOPES}
     */
    public boolean isMissingScopes() {
        return "MISSING_SCOPES".equals(getCategory());
    }

    /**
     * The scopes HubSpot says are required (any one of them, as HubSpot words it), from
     * {@code requiredGranularScopes} or the older {@code requiredScopes} in the error or
     * its details.
     * @return the scopes, empty when HubSpot named none
     */
    public List<String> getRequiredScopes() {
        Set<String> scopes = new LinkedHashSet<>();
        addScopes(scopes, getContext());
        for (ErrorDetail detail : getErrors()) {
            addScopes(scopes, detail.context());
        }
        return List.copyOf(scopes);
    }

    private static void addScopes(Set<String> scopes, Map<String, List<String>> context) {
        scopes.addAll(context.getOrDefault("requiredGranularScopes", List.of()));
        scopes.addAll(context.getOrDefault("requiredScopes", List.of()));
    }

}
