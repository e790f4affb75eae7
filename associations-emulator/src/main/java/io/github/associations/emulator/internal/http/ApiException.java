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

import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * A HubSpot error raised while serving a request: a whole-request error response, or,
 * caught by a batch handler, one input's entry in {@code errors[]}. Carries no stack
 * trace: it is control flow, not a bug report.
 *
 * @since 0.1.0
 */
public final class ApiException extends RuntimeException {

    private final HttpStatus status;

    private final ErrorBody body;

    private boolean namesInput;

    public ApiException(HttpStatus status, ErrorBody body, String message) {
        super(message, null, false, false);
        this.status = status;
        this.body = body;
    }

    /**
     * A 400 {@code VALIDATION_ERROR}.
     * @param message the human-readable message HubSpot's body carries
     * @return the exception
     */
    public static ApiException validation(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, ErrorBody.of("VALIDATION_ERROR", message), message);
    }

    /**
     * A 400 {@code VALIDATION_ERROR} naming the offending request field in its
     * {@code errors[]}.
     * @param message the human-readable message HubSpot's body carries
     * @param field the name of the field to read
     * @return the exception
     */
    public static ApiException validation(String message, String field) {
        return new ApiException(HttpStatus.BAD_REQUEST,
                ErrorBody.of("VALIDATION_ERROR", message).detail(message, field), message);
    }

    /**
     * A 404 {@code OBJECT_NOT_FOUND}.
     * @param message the human-readable message HubSpot's body carries
     * @return the exception
     */
    public static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, ErrorBody.of("OBJECT_NOT_FOUND", message), message);
    }

    public HttpStatus status() {
        return this.status;
    }

    public ErrorBody body() {
        return this.body;
    }

    /**
     * Name the batch input this error belongs to in its context, once, so clients can tie
     * it to the input.
     * @param fromObjectId the input's from id as sent
     * @param toObjectId the input's to id as sent
     * @return this exception
     */
    public ApiException namingInput(String fromObjectId, String toObjectId) {
        if (!this.namesInput) {
            this.body.context("fromObjectId", fromObjectId).context("toObjectId", toObjectId);
            this.namesInput = true;
        }
        return this;
    }

    /**
     * The whole-request error response.
     * @return the response
     */
    public Mono<ServerResponse> toResponse() {
        return this.body.toResponse(this.status);
    }

}
