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

import io.github.associations.emulator.control.EmulatorState;
import io.github.associations.emulator.internal.store.ApiSettings;
import io.github.associations.emulator.internal.store.AssociationStore;

/**
 * The emulated HubSpot behaviour the server hosts: the state and the handlers serving it.
 *
 * @param state the state, for seeding and inspection
 * @param handlers the handlers of every HubSpot endpoint but the OAuth token endpoint
 * @since 0.1.0
 */
public record EmulatorBackend(EmulatorState state, EndpointHandlers handlers) {

    /**
     * Create the backend for the given settings.
     * @param settings HubSpot's limits and whether records are strict
     * @return a new backend with empty state
     */
    public static EmulatorBackend create(ApiSettings settings) {
        AssociationStore store = new AssociationStore(settings);
        return new EmulatorBackend(store, new AssociationEndpointHandlers(store, settings));
    }

}
