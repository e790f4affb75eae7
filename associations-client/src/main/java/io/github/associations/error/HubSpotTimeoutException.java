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

import java.time.Duration;

import io.github.associations.model.Operation;

/**
 * No complete response arrived within the configured response timeout of one attempt.
 * HubSpot may have processed the request.
 *
 * @since 0.1.0
 */
public class HubSpotTimeoutException extends HubSpotTransportException {

    private final Duration timeout;

    /**
     * Create an exception.
     * @param message the full message, naming the operation; never a token
     * @param operation the operation that failed
     * @param timeout the timeout that elapsed
     * @param cause the timeout signal
     */
    public HubSpotTimeoutException(String message, Operation operation, Duration timeout, Throwable cause) {
        super(message, operation, false, cause);
        this.timeout = timeout;
    }

    /**
     * The timeout that elapsed.
     * @return the per-attempt response timeout
     */
    public Duration getTimeout() {
        return this.timeout;
    }

}
