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

package io.github.associations.emulator.control;

import java.util.List;

/**
 * The requests the emulator received (admin requests under {@code /__emulator/}
 * excluded), for tests to assert on. The log keeps the most recent
 * {@link EmulatorOptions#requestLogCapacity()} requests; the counts cover every request.
 * An entry is recorded before its response is sent, so a client that has its response
 * finds it here. Every method is thread-safe.
 *
 * @since 0.1.0
 */
public interface RequestLog {

    /**
     * The logged requests, oldest first.
     * @return a snapshot of the log
     */
    List<LoggedRequest> all();

    /**
     * The logged requests to one endpoint, oldest first.
     * @param endpoint one of the HubSpot endpoints the emulator serves
     * @return a snapshot of its entries
     */
    List<LoggedRequest> forEndpoint(EmulatorEndpoint endpoint);

    /**
     * How many requests reached an endpoint since start or the last {@link #clear()},
     * faulted ones included.
     * @param endpoint one of the HubSpot endpoints the emulator serves
     * @return the count
     */
    long count(EmulatorEndpoint endpoint);

    /**
     * How many requests arrived since start or the last {@link #clear()}, unknown paths
     * included.
     * @return the count
     */
    long count();

    /**
     * Forget the logged requests and zero the counts.
     */
    void clear();

}
