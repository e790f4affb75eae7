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

package io.github.associations.test.testcontainers;

import io.github.associations.autoconfigure.HubSpotConnectionDetails;
import io.github.associations.emulator.testcontainers.HubSpotEmulatorContainer;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;

/**
 * {@link HubSpotConnectionDetails} for a {@code @ServiceConnection}
 * {@link HubSpotEmulatorContainer}: the container's mapped base URL and private-app
 * token. The connection name is {@code hubspot}, which the container's image name yields.
 * Registered in {@code META-INF/spring.factories}.
 */
class HubSpotEmulatorContainerConnectionDetailsFactory
        extends ContainerConnectionDetailsFactory<HubSpotEmulatorContainer, HubSpotConnectionDetails> {

    HubSpotEmulatorContainerConnectionDetailsFactory() {
        super("hubspot", "io.github.associations.emulator.testcontainers.HubSpotEmulatorContainer");
    }

    @Override
    protected HubSpotConnectionDetails getContainerConnectionDetails(
            ContainerConnectionSource<HubSpotEmulatorContainer> source) {
        return new HubSpotEmulatorContainerConnectionDetails(source);
    }

    /**
     * The container's connection details, read once the container has started.
     */
    static final class HubSpotEmulatorContainerConnectionDetails
            extends ContainerConnectionDetails<HubSpotEmulatorContainer> implements HubSpotConnectionDetails {

        HubSpotEmulatorContainerConnectionDetails(ContainerConnectionSource<HubSpotEmulatorContainer> source) {
            super(source);
        }

        @Override
        public String getBaseUrl() {
            return getContainer().getBaseUrl();
        }

        @Override
        public String getAccessToken() {
            return getContainer().getAccessToken();
        }

    }

}
