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

package io.github.associations.emulator.internal.faults;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.github.associations.emulator.control.Fault;
import tools.jackson.databind.JsonNode;

/**
 * The JSON form of a {@link Fault}, shared by the admin API and the client that drives it
 * from another process.
 *
 * @since 0.1.0
 */
public final class FaultJson {

    private FaultJson() {
    }

    /**
     * A fault from its JSON form: {@code {"type":"STATUS","status":503}},
     * {@code {"type":"HTML_STATUS","status":502}},
     * {@code {"type":"LATENCY","millis":2000}}, or a bare type such as
     * {@code {"type":"CLOSE_BEFORE_PROCESSING"}}.
     * @param json the JSON object
     * @return the fault
     * @throws IllegalArgumentException if the type is unknown or a field it needs is
     * missing
     */
    public static Fault fromJson(JsonNode json) {
        if (!json.has("type")) {
            throw new IllegalArgumentException("fault.type is required");
        }
        Fault.Kind kind = Fault.Kind.valueOf(json.get("type").asString().toUpperCase(Locale.ROOT));
        return switch (kind) {
            case RATE_LIMIT_TEN_SECONDLY -> Fault.tenSecondlyRateLimit();
            case RATE_LIMIT_DAILY -> Fault.dailyRateLimit();
            case STATUS -> Fault.status((int) requireLong(json, "status"));
            case HTML_STATUS -> Fault.htmlStatus((int) requireLong(json, "status"));
            case LATENCY -> Fault.latency(Duration.ofMillis(requireLong(json, "millis")));
            case CLOSE_BEFORE_PROCESSING -> Fault.closeBeforeProcessing();
            case CLOSE_AFTER_PROCESSING -> Fault.closeAfterProcessing();
            case MALFORMED_JSON -> Fault.malformedJson();
        };
    }

    /**
     * The JSON form of a fault, as {@link #fromJson(JsonNode)} reads it.
     * @param fault what the request gets instead of, or on top of, its normal answer
     * @return its JSON fields
     */
    public static Map<String, Object> toJson(Fault fault) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", fault.kind().name());
        if (fault.status() != 0) {
            json.put("status", fault.status());
        }
        if (fault.kind() == Fault.Kind.LATENCY) {
            json.put("millis", fault.latency().toMillis());
        }
        return json;
    }

    private static long requireLong(JsonNode json, String field) {
        JsonNode value = json.path(field);
        if (!value.isNumber()) {
            throw new IllegalArgumentException("fault." + field + " must be a number");
        }
        return value.asLong();
    }

}
