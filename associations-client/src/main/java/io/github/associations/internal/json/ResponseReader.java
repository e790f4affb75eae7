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

import org.jspecify.annotations.Nullable;

/**
 * Turns the bytes of a 2xx response into the call's result.
 * <p>
 * Returning {@code null} completes the call empty. A
 * {@link tools.jackson.core.JacksonException} becomes a
 * {@link io.github.associations.error.HubSpotDecodingException}; a
 * {@link io.github.associations.error.HubSpotException} (errors reported inside the body)
 * is passed on as is.
 *
 * @param <T> the result type
 * @since 0.1.0
 */
@FunctionalInterface
public interface ResponseReader<T> {

    /**
     * Read a body.
     * @param body the body, empty when there was none
     * @return the result, or {@code null} for none
     */
    @Nullable T read(byte[] body);

}
