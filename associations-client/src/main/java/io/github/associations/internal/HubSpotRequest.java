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

package io.github.associations.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.associations.model.Operation;
import org.jspecify.annotations.Nullable;

/**
 * One call to HubSpot: the operation, the URI template with its variables (never a
 * concatenated URI, so the template is the low-cardinality {@code uri} tag of
 * {@code http.client.requests}), and the body to send as JSON.
 *
 * @param operation the operation
 * @param uriTemplate the URI template, query parameters included
 * @param uriVariables the template's variables
 * @param body the request body, {@code null} for none
 */
public record HubSpotRequest(Operation operation, String uriTemplate, Map<String, Object> uriVariables,
        @Nullable Object body) {

    /**
     * Copies the variables.
     * @param operation the operation
     * @param uriTemplate the URI template
     * @param uriVariables the variables
     * @param body the body
     */
    public HubSpotRequest {
        uriVariables = Collections.unmodifiableMap(new LinkedHashMap<>(uriVariables));
    }

    /**
     * A request without a body.
     * @param operation the operation
     * @param uriTemplate the URI template
     * @param uriVariables the variables
     * @return the request
     */
    public static HubSpotRequest of(Operation operation, String uriTemplate, Map<String, Object> uriVariables) {
        return new HubSpotRequest(operation, uriTemplate, uriVariables, null);
    }

    /**
     * The same request with a body.
     * @param body the body, serialized as JSON
     * @return the request
     */
    public HubSpotRequest withBody(Object body) {
        return new HubSpotRequest(this.operation, this.uriTemplate, this.uriVariables, body);
    }

}
