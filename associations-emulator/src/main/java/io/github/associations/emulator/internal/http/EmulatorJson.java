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

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The emulator's one JSON mapper, and the one way handlers write a JSON response. Bodies
 * are serialized here rather than by codecs so that responses look the same whatever the
 * hosting application configures.
 *
 * @since 0.1.0
 */
public final class EmulatorJson {

    /** HubSpot's content type on JSON responses. */
    public static final MediaType JSON_UTF8 = MediaType.parseMediaType("application/json;charset=utf-8");

    /** Header carrying the correlation id on every HubSpot response that has one. */
    public static final String CORRELATION_ID_HEADER = "X-HubSpot-Correlation-Id";

    /** Shared, thread-safe mapper. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    private EmulatorJson() {
    }

    /**
     * Serialize {@code body} to UTF-8 JSON bytes.
     * @param body a map, list or record
     * @return the JSON bytes
     */
    public static byte[] write(Object body) {
        return MAPPER.writeValueAsBytes(body);
    }

    /**
     * A JSON response with the given status and body.
     * @param status the HTTP status
     * @param body the body, serialized with {@link #MAPPER}
     * @return the response
     */
    public static Mono<ServerResponse> respond(HttpStatusCode status, Object body) {
        return ServerResponse.status(status).contentType(JSON_UTF8).bodyValue(write(body));
    }

}
