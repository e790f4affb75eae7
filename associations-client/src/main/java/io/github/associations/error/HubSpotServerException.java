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
 * HTTP 5xx, including HubSpot's 521–526 and the non-JSON pages a proxy may answer with
 * (see {@link #getResponseBodyExcerpt()}).
 *
 * @since 0.1.0
 */
public class HubSpotServerException extends HubSpotException {

    /**
     * Create an exception.
     * @param message the full message, naming the operation; never a token
     * @param operation the operation that failed
     * @param status the HTTP status
     * @param error the error body
     * @param responseBodyExcerpt an excerpt of a non-JSON body
     */
    public HubSpotServerException(String message, Operation operation, int status, HubSpotError error,
            @Nullable String responseBodyExcerpt) {
        super(message, operation, status, error, responseBodyExcerpt, null);
    }

}
