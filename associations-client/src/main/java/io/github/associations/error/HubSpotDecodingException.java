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

package io.github.associations.error;

import io.github.associations.model.Operation;
import org.jspecify.annotations.Nullable;

/**
 * A successful (2xx) response whose body could not be read as the expected JSON, or that
 * exceeded the configured maximum response size. {@link #getResponseBodyExcerpt()} shows
 * how the body starts. The call may have had its effect.
 *
 * @since 0.1.0
 */
public class HubSpotDecodingException extends HubSpotException {

    /**
     * Create an exception.
     * @param message the full message, naming the operation; never a token
     * @param operation the operation that failed
     * @param status the HTTP status
     * @param responseBodyExcerpt an excerpt of the body
     * @param cause the decoding failure
     */
    public HubSpotDecodingException(String message, Operation operation, int status,
            @Nullable String responseBodyExcerpt, @Nullable Throwable cause) {
        super(message, operation, status, HubSpotError.EMPTY, responseBodyExcerpt, cause);
    }

}
