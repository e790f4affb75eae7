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

package io.github.associations.emulator.internal.endpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.github.associations.emulator.internal.http.ApiException;
import io.github.associations.emulator.internal.http.EmulatorJson;
import io.github.associations.emulator.internal.store.AssociationStore;
import io.github.associations.emulator.internal.store.ObjectType;
import io.github.associations.emulator.internal.store.ObjectTypes;
import io.github.associations.emulator.internal.store.TypeSpec;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Reading HubSpot requests: path variables, JSON bodies and batch inputs, with HubSpot's
 * 400 answers for what does not parse. Every failure is an {@link ApiException}, which
 * {@link #handler} and {@link #handlerWithBody} turn into the error response.
 */
final class Requests {

    /** Categories of {@code AssociationSpec} and configuration inputs. */
    static final Set<String> CATEGORIES = Set.of("HUBSPOT_DEFINED", "INTEGRATOR_DEFINED", "USER_DEFINED", "WORK");

    /** Largest request body read; a 2,000-input batch create is well under 1 MB. */
    static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    private static final byte[] NO_BODY = new byte[0];

    private Requests() {
    }

    /**
     * A handler for a request without a body.
     * @param handler the handling
     * @return the handler function
     */
    static HandlerFunction<ServerResponse> handler(Function<ServerRequest, Mono<ServerResponse>> handler) {
        return (request) -> guard(request, NO_BODY, (r, body) -> handler.apply(r));
    }

    /**
     * A handler for a request with a body, read whole (absent reads as empty).
     * @param handler the handling
     * @return the handler function
     */
    static HandlerFunction<ServerResponse> handlerWithBody(
            BiFunction<ServerRequest, byte[], Mono<ServerResponse>> handler) {
        // Joined here rather than decoded with the host's codecs, whose default 256 KB
        // cap is below a 2,000-input batch.
        return (request) -> DataBufferUtils.join(request.bodyToFlux(DataBuffer.class), MAX_BODY_BYTES)
            .map(Requests::bytes)
            .defaultIfEmpty(NO_BODY)
            .flatMap((body) -> guard(request, body, handler))
            .onErrorResume(DataBufferLimitException.class,
                    (ex) -> ApiException.validation("Request body larger than " + MAX_BODY_BYTES + " bytes")
                        .toResponse());
    }

    private static byte[] bytes(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        }
        finally {
            DataBufferUtils.release(buffer);
        }
    }

    private static Mono<ServerResponse> guard(ServerRequest request, byte[] body,
            BiFunction<ServerRequest, byte[], Mono<ServerResponse>> handler) {
        try {
            return handler.apply(request, body);
        }
        catch (ApiException ex) {
            return ex.toResponse();
        }
    }

    /**
     * The object type a path variable names.
     * @param request the HTTP request being served
     * @param variable the variable name
     * @return the type
     */
    static ObjectType objectType(ServerRequest request, String variable) {
        return ObjectTypes.resolve(request.pathVariable(variable));
    }

    /**
     * A record id from a path or an input: a positive decimal number.
     * @param value the id as sent
     * @param field the field or path variable, for the message
     * @return the id
     * @throws ApiException 400 VALIDATION_ERROR otherwise
     */
    static long recordId(String value, String field) {
        if (AssociationStore.isDigits(value) && value.length() <= 18) {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        }
        // UNCERTAIN: HubSpot's wording for a malformed record id is undocumented.
        throw ApiException.validation("Invalid " + field + ": '" + value + "' is not a valid object id", field);
    }

    /**
     * A positive 32-bit integer from a path variable.
     * @param value the value as sent
     * @param field the variable name, for the message
     * @return the number
     */
    static int positiveInt(String value, String field) {
        if (AssociationStore.isDigits(value) && value.length() <= 10) {
            long parsed = Long.parseLong(value);
            if (parsed > 0 && parsed <= Integer.MAX_VALUE) {
                return (int) parsed;
            }
        }
        throw ApiException.validation("Invalid " + field + ": '" + value + "' is not a positive 32-bit integer", field);
    }

    /**
     * The request body as JSON.
     * @param body the raw body
     * @return the JSON tree
     * @throws ApiException 400 for a missing or malformed body, with HubSpot's wording
     */
    static JsonNode json(byte[] body) {
        if (isBlank(body)) {
            throw ApiException.validation("Invalid JSON input: a request body was expected, but none found");
        }
        try {
            JsonNode json = EmulatorJson.MAPPER.readTree(body);
            if (json == null || json.isMissingNode()) {
                throw ApiException.validation("Invalid JSON input: a request body was expected, but none found");
            }
            return json;
        }
        catch (JacksonException ex) {
            TokenStreamLocation location = ex.getLocation();
            int line = (location != null) ? location.getLineNr() : 1;
            int column = (location != null) ? location.getColumnNr() : 1;
            throw ApiException.validation(
                    "Invalid input JSON on line " + line + ", column " + column + ": " + ex.getOriginalMessage());
        }
    }

    /**
     * HubSpot's answer to a body of the wrong JSON shape, worded as its Jackson-based
     * parser words it.
     * @param javaType the type HubSpot deserializes into
     * @param actual the JSON that came
     * @return the exception
     */
    static ApiException wrongShape(String javaType, JsonNode actual) {
        String kind;
        String token;
        if (actual.isObject()) {
            kind = "Object";
            token = "START_OBJECT";
        }
        else if (actual.isArray()) {
            kind = "Array";
            token = "START_ARRAY";
        }
        else if (actual.isString()) {
            kind = "String";
            token = "VALUE_STRING";
        }
        else if (actual.isNumber()) {
            kind = "Number";
            token = actual.isIntegralNumber() ? "VALUE_NUMBER_INT" : "VALUE_NUMBER_FLOAT";
        }
        else {
            kind = "Scalar";
            token = actual.isBoolean() ? (actual.booleanValue() ? "VALUE_TRUE" : "VALUE_FALSE") : "VALUE_NULL";
        }
        return ApiException.validation("Invalid input JSON on line 1, column 1: Cannot deserialize value of type `"
                + javaType + "` from " + kind + " value (token `JsonToken." + token + "`)");
    }

    /**
     * The {@code inputs} array of a batch body.
     * @param body the raw body
     * @param max the most inputs allowed
     * @return the inputs
     * @throws ApiException 400 for a malformed body, missing {@code inputs} or too many
     * inputs
     */
    static List<JsonNode> inputs(byte[] body, int max) {
        JsonNode json = json(body);
        if (!json.isObject()) {
            throw wrongShape("com.hubspot.inbounddb.publicobject.core.v2.BatchInput", json);
        }
        JsonNode inputs = json.get("inputs");
        if (inputs == null || inputs.isNull()) {
            // UNCERTAIN: wording.
            throw ApiException.validation("Invalid input JSON: missing required property 'inputs'", "inputs");
        }
        if (!inputs.isArray()) {
            throw ApiException.validation("Invalid input JSON: 'inputs' must be an array", "inputs");
        }
        if (inputs.size() > max) {
            // UNCERTAIN: HubSpot rejects oversized batches "with an error response"
            // wording assumed.
            throw ApiException.validation(
                    "Too many inputs: " + inputs.size() + " inputs were sent, but the limit is " + max, "inputs");
        }
        List<JsonNode> list = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            JsonNode input = inputs.get(i);
            if (!input.isObject()) {
                throw ApiException.validation("Invalid input JSON: inputs[" + i + "] must be an object", "inputs");
            }
            list.add(input);
        }
        return list;
    }

    /**
     * {@code input.<field>.id} as a string (HubSpot sends strings; numbers are accepted).
     * @param input one element of the batch's {@code inputs}
     * @param field {@code from} or {@code to}
     * @param index the input's index, for the message
     * @return the id as sent
     */
    static String objectId(JsonNode input, String field, int index) {
        JsonNode object = input.get(field);
        String id = (object != null && object.isObject()) ? idValue(object.get("id")) : null;
        if (id == null) {
            throw ApiException.validation("Invalid input JSON: inputs[" + index + "]." + field + ".id is required",
                    field);
        }
        return id;
    }

    /**
     * {@code input.id} (batch read inputs).
     * @param input one element of the batch's {@code inputs}
     * @param index the input's index
     * @return the id as sent
     */
    static String inputId(JsonNode input, int index) {
        String id = idValue(input.get("id"));
        if (id == null) {
            throw ApiException.validation("Invalid input JSON: inputs[" + index + "].id is required", "id");
        }
        return id;
    }

    private static @Nullable String idValue(@Nullable JsonNode id) {
        if (id == null) {
            return null;
        }
        if (id.isString()) {
            return id.stringValue();
        }
        return id.isIntegralNumber() ? id.asString() : null;
    }

    /**
     * A string field.
     * @param node the object
     * @param field the name of the field to read
     * @param required whether it must be present and not blank
     * @return the value, or {@code null} if absent and not required
     */
    static @Nullable String text(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw ApiException.validation("Invalid input JSON: '" + field + "' is required", field);
            }
            return null;
        }
        if (!value.isString() || (required && value.stringValue().isBlank())) {
            throw ApiException.validation("Invalid input JSON: '" + field + "' must be a non-empty string", field);
        }
        return value.stringValue();
    }

    /**
     * A required string field.
     * @param node the object
     * @param field the name of the field to read
     * @return the value
     */
    static String requiredText(JsonNode node, String field) {
        String value = text(node, field, true);
        if (value == null) {
            throw new IllegalStateException("required text was null");
        }
        return value;
    }

    /**
     * A required 32-bit integer field (a number, or a string of digits).
     * @param node the object
     * @param field the name of the field to read
     * @return the value
     */
    static int integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value != null && value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        if (value != null && value.isString()) {
            String text = value.stringValue();
            String digits = text.startsWith("-") ? text.substring(1) : text;
            if (AssociationStore.isDigits(digits) && digits.length() <= 9) {
                return Integer.parseInt(text);
            }
        }
        throw ApiException.validation("Invalid input JSON: '" + field + "' must be an integer", field);
    }

    /**
     * A required category field, one of HubSpot's categories.
     * @param node the object
     * @param field the name of the field to read
     * @return the category
     */
    static String category(JsonNode node, String field) {
        String category = requiredText(node, field);
        if (!CATEGORIES.contains(category)) {
            throw ApiException.validation(
                    "Invalid input JSON: '" + field + "' must be one of " + CATEGORIES + ", got " + category, field);
        }
        return category;
    }

    /**
     * A JSON array of {@code AssociationSpec}.
     * @param specs the array
     * @return the specs
     */
    static List<TypeSpec> typeSpecs(JsonNode specs) {
        List<TypeSpec> list = new ArrayList<>(specs.size());
        for (JsonNode spec : specs) {
            if (!spec.isObject()) {
                throw wrongShape("com.hubspot.crm.associations.v4.core.AssociationSpec", spec);
            }
            list.add(new TypeSpec(category(spec, "associationCategory"), integer(spec, "associationTypeId")));
        }
        return list;
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

}
