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

/**
 * No HTTP response was received: the connection was refused or closed, or an I/O error
 * occurred. {@link #isRequestNotSent()} tells whether HubSpot certainly did not receive
 * the request, which is when even a call that is not idempotent may be repeated.
 *
 * @since 0.1.0
 */
public class HubSpotTransportException extends HubSpotException {

    private final boolean requestNotSent;

    /**
     * Create an exception.
     * @param message the full message, naming the operation; never a token
     * @param operation the operation that failed
     * @param requestNotSent whether the request certainly did not reach HubSpot
     * @param cause the transport failure
     */
    public HubSpotTransportException(String message, Operation operation, boolean requestNotSent, Throwable cause) {
        super(message, operation, 0, HubSpotError.EMPTY, null, cause);
        this.requestNotSent = requestNotSent;
    }

    /**
     * Whether the request certainly did not reach HubSpot (for example connection refused
     * or an unknown host).
     * @return {@code true} only when it is certain; {@code false} means HubSpot may have
     * processed it
     */
    public boolean isRequestNotSent() {
        return this.requestNotSent;
    }

}
