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

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.associations.client.ApiVersion;
import io.github.associations.client.SchemaPathStyle;
import io.github.associations.internal.json.JsonCodec;
import io.github.associations.internal.json.ResponseReader;
import io.github.associations.internal.json.Wire;
import io.github.associations.model.Operation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * The description of one call to HubSpot: its {@link Operation}, HTTP method, path
 * template in every {@link ApiVersion} (and, in v4, in each {@link SchemaPathStyle} where
 * they differ), its optional query parameters, and how a 2xx answer is read. Every call
 * is described once, in {@link Calls}.
 * <p>
 * Paths are URI templates whose variables are filled in order, never concatenated
 * strings, so that each stays a low-cardinality {@code uri} tag of
 * {@code http.client.requests}; each template names its version literally
 * ({@code /crm/objects/2026-09/...}), never by a variable. Query parameters come after
 * the path variables, in the order given; one whose value is {@code null} is left out.
 *
 * @param <T> what a 2xx answer is read as
 * @since 0.1.0
 */
@SuppressWarnings("deprecation") // SchemaPathStyle: the v4-only path forms
public final class Call<T> {

    private final Operation operation;

    private final HttpMethod method;

    private final Map<ApiVersion, String> paths;

    private final Map<SchemaPathStyle, String> v4Styles;

    private final @Nullable String everyVersion;

    private final List<String> query;

    private final Function<JsonCodec, ResponseReader<T>> answer;

    private Call(Builder builder, Function<JsonCodec, ResponseReader<T>> answer) {
        if (builder.everyVersion == null) {
            for (ApiVersion version : ApiVersion.values()) {
                if (!builder.paths.containsKey(version)) {
                    throw new IllegalStateException(builder.operation + " has no path in API version " + version);
                }
            }
        }
        this.operation = builder.operation;
        this.method = builder.method;
        this.paths = new EnumMap<>(builder.paths);
        this.v4Styles = new EnumMap<>(builder.v4Styles);
        this.everyVersion = builder.everyVersion;
        this.query = List.copyOf(builder.query);
        this.answer = answer;
    }

    /**
     * The operation this call serves, for observations, messages and the retry policy.
     * @return the operation, for observations, messages and the retry policy
     */
    public Operation operation() {
        return this.operation;
    }

    HttpMethod method() {
        return this.method;
    }

    /**
     * The path template of this call.
     * @param version the API version called
     * @param style the path form of the labels and limits endpoints in v4
     * @return the template, without query parameters
     * @throws IllegalStateException if the call does not exist in {@code version}
     */
    String path(ApiVersion version, SchemaPathStyle style) {
        if (this.everyVersion != null) {
            return this.everyVersion;
        }
        String styled = (version == ApiVersion.V4) ? this.v4Styles.get(style) : null;
        String path = (styled != null) ? styled : this.paths.get(version);
        if (path == null) {
            throw new IllegalStateException("HubSpot " + this.operation + " has no path in API version " + version);
        }
        return path;
    }

    /**
     * The names of the optional query parameters, whose values come last among a call's
     * variables.
     * @return the names, in order
     */
    List<String> query() {
        return this.query;
    }

    ResponseReader<T> reader(JsonCodec json) {
        return this.answer.apply(json);
    }

    @Override
    public String toString() {
        return "Call[" + this.operation + "]";
    }

    /**
     * Describe a {@code GET}.
     * @param operation the operation the call serves
     * @return a builder
     */
    public static Builder get(Operation operation) {
        return new Builder(operation, HttpMethod.GET);
    }

    /**
     * Describe a {@code POST}.
     * @param operation the operation the call serves
     * @return a builder
     */
    public static Builder post(Operation operation) {
        return new Builder(operation, HttpMethod.POST);
    }

    /**
     * Describe a {@code PUT}.
     * @param operation the operation the call serves
     * @return a builder
     */
    public static Builder put(Operation operation) {
        return new Builder(operation, HttpMethod.PUT);
    }

    /**
     * Describe a {@code DELETE}.
     * @param operation the operation the call serves
     * @return a builder
     */
    public static Builder delete(Operation operation) {
        return new Builder(operation, HttpMethod.DELETE);
    }

    /**
     * Builds a {@link Call}: paths first, then how the answer is read.
     */
    public static final class Builder {

        private final Operation operation;

        private final HttpMethod method;

        private final Map<ApiVersion, String> paths = new EnumMap<>(ApiVersion.class);

        private final Map<SchemaPathStyle, String> v4Styles = new EnumMap<>(SchemaPathStyle.class);

        private @Nullable String everyVersion;

        private final List<String> query = new ArrayList<>();

        private Builder(Operation operation, HttpMethod method) {
            this.operation = operation;
            this.method = method;
        }

        /**
         * The path in one API version. Every version needs one, unless the call is a v3
         * call ({@link #v3(String)}).
         * @param version the API version
         * @param template the URI template, naming the version as a literal path segment
         * (for example {@code /crm/associations/2026-09/{fromObjectType}/...})
         * @return this builder
         * @throws IllegalStateException if the template does not name the version
         */
        public Builder path(ApiVersion version, String template) {
            this.paths.put(version, versioned(version, template));
            return this;
        }

        /**
         * The path in {@link ApiVersion#V4} when the labels and limits endpoints are
         * called in the given style, where it differs from the v4 {@link #path}.
         * @param style the path style
         * @param template the URI template
         * @return this builder
         */
        public Builder v4(SchemaPathStyle style, String template) {
            this.v4Styles.put(style, versioned(ApiVersion.V4, template));
            return this;
        }

        private String versioned(ApiVersion version, String template) {
            if (!template.contains("/" + version.value() + "/")) {
                throw new IllegalStateException(
                        this.operation + ": the path '" + template + "' does not name API version " + version);
            }
            return template;
        }

        /**
         * The path of a v3 call, the same whatever the API version: HubSpot's v3 calls
         * have no other version.
         * @param template the URI template
         * @return this builder
         */
        public Builder v3(String template) {
            this.everyVersion = template;
            return this;
        }

        /**
         * The optional query parameters, after the path variables.
         * @param names the parameter names, in order
         * @return this builder
         */
        public Builder query(String... names) {
            this.query.addAll(List.of(names));
            return this;
        }

        /**
         * Read a 2xx answer as JSON of the given type.
         * @param <T> the type
         * @param type the class the answer is read as
         * @return the described call
         */
        public <T> Call<T> reads(Class<T> type) {
            return new Call<>(this, (json) -> json.reader(json.type(type)));
        }

        /**
         * Read a 2xx answer as HubSpot's collection, {@code {"results": [...]}}.
         * @param <E> the element type
         * @param element the element type
         * @return the described call
         */
        public <E> Call<Wire.Results<E>> readsResults(Class<E> element) {
            return new Call<>(this, (json) -> json.reader(json.type(Wire.Results.class, element)));
        }

        /**
         * Read a 2xx answer as HubSpot's batch envelope, whatever its status.
         * @param <W> the wire type of a result
         * @param result the wire type of a result ({@code JsonNode} when results are
         * ignored)
         * @return the described call
         */
        public <W> Call<Wire.BatchResponse<W>> readsBatch(Class<W> result) {
            return new Call<>(this, (json) -> json.reader(json.type(Wire.BatchResponse.class, result)));
        }

        /**
         * Read a 2xx answer as HubSpot's batch envelope of a single-record call: errors
         * inside it fail the call ({@code HubSpotClientException}), as they concern the
         * one record pair the call is about.
         * @param <W> the wire type of a result
         * @param result the wire type of a result
         * @return the described call
         */
        public <W> Call<Wire.BatchResponse<W>> readsBatchFailingOnErrors(Class<W> result) {
            return new Call<>(this, (json) -> {
                ResponseReader<Wire.BatchResponse<W>> batch = json.reader(json.type(Wire.BatchResponse.class, result));
                return (body) -> {
                    Wire.BatchResponse<W> response = batch.read(body);
                    if (response != null && !response.errorsOrEmpty().isEmpty()) {
                        throw new ReportedErrors(response.errorsOrEmpty());
                    }
                    return response;
                };
            });
        }

        /**
         * Ignore the body of a 2xx answer.
         * @return the call, completing empty
         */
        public Call<Void> readsNothing() {
            return new Call<>(this, (json) -> (body) -> null);
        }

    }

}
