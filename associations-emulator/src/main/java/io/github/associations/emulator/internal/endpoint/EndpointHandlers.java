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

package io.github.associations.emulator.internal.endpoint;

import io.github.associations.emulator.control.ApiVersion;
import io.github.associations.emulator.control.EmulatorEndpoint;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The seam between the emulator's HubSpot behaviour and its HTTP server: the server
 * routes each {@link EmulatorEndpoint} to the handler returned here, wrapped in its own
 * filters (request log, authentication, rate limits, faults, status drift). Handlers see
 * only requests that passed those filters.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface EndpointHandlers {

    /**
     * The handler serving {@code endpoint}.
     * @param endpoint any endpoint except {@link EmulatorEndpoint#OAUTH_TOKEN}, which the
     * server serves itself
     * @return the handler
     */
    HandlerFunction<ServerResponse> handler(EmulatorEndpoint endpoint);

    /**
     * The handler serving {@code endpoint} in one API version; by default the same in
     * every version.
     * @param endpoint any endpoint but the OAuth ones, which the server serves itself
     * @param version one of the versions the endpoint is served in
     * @return the handler
     */
    default HandlerFunction<ServerResponse> handler(EmulatorEndpoint endpoint, ApiVersion version) {
        return handler(endpoint);
    }

}
