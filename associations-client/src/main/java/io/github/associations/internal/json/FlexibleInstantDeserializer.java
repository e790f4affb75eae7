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
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads an instant HubSpot may send as an ISO-8601 string, as epoch milliseconds (number
 * or digits), or as its {@code DateTime} object {@code {"value": <epoch millis>,
 * "dateOnly": ..., "timeZoneShift": ...}}.
 *
 * @since 0.1.0
 */
public final class FlexibleInstantDeserializer extends ValueDeserializer<Instant> {

    @Override
    public @Nullable Instant deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return Instant.ofEpochMilli(parser.getLongValue());
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            return Instant.ofEpochMilli((long) parser.getDoubleValue());
        }
        if (token == JsonToken.VALUE_STRING) {
            return parse(parser.getString(), context);
        }
        if (token == JsonToken.START_OBJECT) {
            JsonNode tree = context.readTree(parser);
            JsonNode value = tree.get("value");
            if (value == null || value.isNull()) {
                return null;
            }
            return value.isNumber() ? Instant.ofEpochMilli(value.asLong()) : parse(value.asString(), context);
        }
        return (Instant) context.handleUnexpectedToken(Instant.class, parser);
    }

    private static @Nullable Instant parse(String text, DeserializationContext context) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochMilli(Long.parseLong(trimmed));
        }
        try {
            return OffsetDateTime.parse(trimmed).toInstant();
        }
        catch (DateTimeParseException ex) {
            return context.reportInputMismatch(Instant.class, "Cannot read '%s' as an instant", trimmed);
        }
    }

}
