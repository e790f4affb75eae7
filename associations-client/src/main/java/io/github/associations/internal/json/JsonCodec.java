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

package io.github.associations.internal.json;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.associations.error.HubSpotError;
import io.github.associations.model.HighUsageReport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client's own Jackson 3 mapper, so that the application's Jackson configuration
 * (naming strategies, strictness) cannot change how HubSpot's JSON is read or written.
 * <p>
 * Tolerant on input: unknown properties are ignored, ids may be numbers or strings, a
 * single value is accepted where an array is expected, and a missing number becomes 0.
 * Nulls are not written. Where HubSpot's sources disagree on a field's form, the model is
 * read through mix-ins registered here, so that the public records name no class of this
 * package: an error's {@code subCategory} may be text or an object, a high-usage report's
 * {@code enqueueTime} an ISO-8601 string, epoch milliseconds or HubSpot's
 * {@code DateTime} object.
 *
 * @since 0.1.0
 */
public final class JsonCodec {

    private final JsonMapper mapper = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
        .addMixIn(HubSpotError.class, HubSpotErrorMixIn.class)
        .addMixIn(HighUsageReport.class, HighUsageReportMixIn.class)
        .build();

    /**
     * Serialize a request body.
     * @param value the body
     * @return UTF-8 JSON
     */
    public byte[] write(Object value) {
        return this.mapper.writeValueAsBytes(value);
    }

    /**
     * A type for generic wire shapes.
     * @param raw the raw class
     * @param parameters its type parameters
     * @return the type
     */
    public JavaType type(Class<?> raw, Class<?>... parameters) {
        return this.mapper.getTypeFactory().constructParametricType(raw, parameters);
    }

    /**
     * A type for a class.
     * @param raw the class
     * @return the type
     */
    public JavaType type(Class<?> raw) {
        return this.mapper.constructType(raw);
    }

    /**
     * Read a body.
     * @param body the JSON
     * @param type the target type
     * @param <T> the target type
     * @return the value
     * @throws JacksonException if the body does not match
     */
    public <T> T read(byte[] body, JavaType type) {
        return this.mapper.readValue(body, type);
    }

    /**
     * Read a body as a tree.
     * @param body the JSON
     * @return the tree
     * @throws JacksonException if the body is not JSON
     */
    public JsonNode readTree(byte[] body) {
        return this.mapper.readTree(body);
    }

    /**
     * Convert a tree into a value.
     * @param tree JSON as a tree
     * @param type the target type
     * @param <T> the target type
     * @return the value
     */
    public <T> T convert(JsonNode tree, JavaType type) {
        return this.mapper.treeToValue(tree, type);
    }

    /**
     * Serialize a value into a tree, as this client writes it.
     * @param value any value the client writes
     * @return the tree
     */
    public JsonNode toTree(Object value) {
        return this.mapper.valueToTree(value);
    }

    /**
     * A reader that decodes a body as the given type, or yields nothing for an empty (or
     * blank) body.
     * @param type the target type
     * @param <T> the target type
     * @return the reader
     */
    public <T> ResponseReader<T> reader(JavaType type) {
        return (body) -> isBlank(body) ? null : read(body, type);
    }

    /**
     * Whether a body has no content but whitespace.
     * @param body a response body, possibly empty
     * @return {@code true} if empty or blank
     */
    public static boolean isBlank(byte @Nullable [] body) {
        if (body == null) {
            return true;
        }
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * How {@link HubSpotError} is read: a {@code subCategory} object is kept as its JSON
     * text.
     */
    private abstract static class HubSpotErrorMixIn {

        @JsonDeserialize(using = FlexibleTextDeserializer.class)
        abstract @Nullable String subCategory();

    }

    /**
     * How {@link HighUsageReport} is read: {@code enqueueTime} in any of HubSpot's forms,
     * kept 64-bit.
     */
    private abstract static class HighUsageReportMixIn {

        @JsonDeserialize(using = FlexibleInstantDeserializer.class)
        abstract @Nullable Instant enqueueTime();

    }

}
