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

package io.github.associations.emulator.internal.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Builds HubSpot's error body ({@code status}, {@code message}, {@code correlationId},
 * {@code context}, {@code category}, {@code subCategory}, {@code errors}, {@code links}),
 * used for whole-request errors and, through {@link #toStandardError()}, for the
 * per-input {@code errors[]} of a 207. The one place error JSON is made.
 *
 * @since 0.1.0
 */
public final class ErrorBody {

    private final String category;

    private final String message;

    private final String correlationId = UUID.randomUUID().toString();

    private @Nullable String subCategory;

    private final Map<String, List<String>> context = new LinkedHashMap<>();

    private final List<Map<String, Object>> errors = new ArrayList<>();

    private final Map<String, String> links = new LinkedHashMap<>();

    private ErrorBody(String category, String message) {
        this.category = category;
        this.message = message;
    }

    /**
     * Start an error body.
     * @param category HubSpot's category, for example {@code VALIDATION_ERROR}
     * @param message the human-readable message
     * @return the builder
     */
    public static ErrorBody of(String category, String message) {
        return new ErrorBody(category, message);
    }

    /**
     * Set the sub-category, for example {@code crm.associations.NO_ASSOCIATIONS_FOUND}.
     * @param subCategory the sub-category
     * @return this builder
     */
    public ErrorBody subCategory(String subCategory) {
        this.subCategory = subCategory;
        return this;
    }

    /**
     * Add a context entry; HubSpot's context maps each key to a list of strings.
     * @param key the key, for example {@code fromObjectId}
     * @param values the strings listed under the key
     * @return this builder
     */
    public ErrorBody context(String key, String... values) {
        this.context.computeIfAbsent(key, (k) -> new ArrayList<>()).addAll(List.of(values));
        return this;
    }

    /**
     * Add an entry to the nested {@code errors} array.
     * @param message the detail message
     * @param in the offending field, or {@code null}
     * @return this builder
     */
    ErrorBody detail(String message, @Nullable String in) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("message", message);
        if (in != null) {
            detail.put("in", in);
        }
        this.errors.add(detail);
        return this;
    }

    /**
     * Add a link.
     * @param name the link name
     * @param url where the link points
     * @return this builder
     */
    ErrorBody link(String name, String url) {
        this.links.put(name, url);
        return this;
    }

    /**
     * The correlation id this body carries.
     * @return the correlation id
     */
    public String correlationId() {
        return this.correlationId;
    }

    /**
     * The body of a whole-request error response, in HubSpot's field order.
     * @return the body as an ordered map
     */
    public Map<String, Object> toMap() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "error");
        body.put("message", this.message);
        body.put("correlationId", this.correlationId);
        if (!this.context.isEmpty()) {
            body.put("context", this.context);
        }
        body.put("category", this.category);
        if (this.subCategory != null) {
            body.put("subCategory", this.subCategory);
        }
        if (!this.errors.isEmpty()) {
            body.put("errors", this.errors);
        }
        if (!this.links.isEmpty()) {
            body.put("links", this.links);
        }
        return body;
    }

    /**
     * The body as an element of a batch response's {@code errors[]}
     * ({@code StandardError}: no correlation id, always {@code context}, {@code errors}
     * and {@code links}).
     * @return the standard error as an ordered map
     */
    public Map<String, Object> toStandardError() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", "error");
        error.put("category", this.category);
        if (this.subCategory != null) {
            error.put("subCategory", this.subCategory);
        }
        error.put("message", this.message);
        error.put("context", this.context);
        error.put("errors", this.errors);
        error.put("links", this.links);
        return error;
    }

    /**
     * A response carrying this body and the {@code X-HubSpot-Correlation-Id} header.
     * @param status the HTTP status
     * @return the response
     */
    public Mono<ServerResponse> toResponse(HttpStatusCode status) {
        return ServerResponse.status(status)
            .header(EmulatorJson.CORRELATION_ID_HEADER, this.correlationId)
            .contentType(EmulatorJson.JSON_UTF8)
            .bodyValue(EmulatorJson.write(toMap()));
    }

    /**
     * Add an entry to the nested {@code errors} array that carries its own context, as
     * HubSpot's 403 {@code MISSING_SCOPES} body does ({@code {"message":...,
     * "context":{"requiredGranularScopes":[...]}}}).
     * @param message the detail message
     * @param contextKey the key of the detail's context
     * @param values the context values
     * @return this builder
     */
    ErrorBody detailWithContext(String message, String contextKey, List<String> values) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("message", message);
        detail.put("context", Map.of(contextKey, List.copyOf(values)));
        this.errors.add(detail);
        return this;
    }

    /**
     * The minimal body some HubSpot 5xx responses have: {@code status}, {@code message}
     * and {@code correlationId} only (for example
     * {@code {"status":"error","message":"internal error","correlationId":"..."}}).
     * @return the body as an ordered map
     */
    Map<String, Object> toMinimalMap() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "error");
        body.put("message", this.message);
        body.put("correlationId", this.correlationId);
        return body;
    }

    /**
     * A response carrying {@link #toMinimalMap()} and the
     * {@code X-HubSpot-Correlation-Id} header.
     * @param status the HTTP status
     * @return the response
     */
    public Mono<ServerResponse> toMinimalResponse(HttpStatusCode status) {
        return ServerResponse.status(status)
            .header(EmulatorJson.CORRELATION_ID_HEADER, this.correlationId)
            .contentType(EmulatorJson.JSON_UTF8)
            .bodyValue(EmulatorJson.write(toMinimalMap()));
    }

}
