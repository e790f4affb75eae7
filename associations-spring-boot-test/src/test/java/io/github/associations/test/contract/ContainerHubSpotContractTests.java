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

package io.github.associations.test.contract;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import io.github.associations.emulator.EmulatorAdminClient;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorState;
import io.github.associations.emulator.control.Fault;
import io.github.associations.emulator.control.LoggedRequest;
import io.github.associations.emulator.testcontainers.HubSpotEmulatorContainer;
import org.junit.jupiter.api.Nested;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.test.context.TestPropertySource;

/**
 * The contract suite against the emulator in a container, connected through
 * {@code @ServiceConnection}, once per API version. Skipped where no Docker engine is
 * reachable.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerHubSpotContractTests {

    @Container
    @ServiceConnection
    static final HubSpotEmulatorContainer hubSpotEmulator = new HubSpotEmulatorContainer();

    @Nested
    @TestPropertySource(properties = "hubspot.api-version=2026-09")
    class Version2026_09 extends ContainerContract {

    }

    @Nested
    @TestPropertySource(properties = "hubspot.api-version=2026-03")
    class Version2026_03 extends ContainerContract {

    }

    @Nested
    @TestPropertySource(properties = "hubspot.api-version=v4")
    class VersionV4 extends ContainerContract {

    }

    abstract static class ContainerContract extends AbstractHubSpotContractTests {

        @Override
        EmulatorControl emulator() {
            EmulatorAdminClient admin = hubSpotEmulator.admin();
            return new EmulatorControl() {

                @Override
                public void reset() {
                    admin.reset();
                }

                @Override
                public void rateLimitWindow(int maxRequests, Duration interval) {
                    admin.rateLimitWindow(maxRequests, interval);
                }

                @Override
                public void injectNext(EmulatorEndpoint endpoint, int times, Fault fault) {
                    admin.injectNext(endpoint, times, fault);
                }

                @Override
                public List<Integer> statuses(EmulatorEndpoint endpoint) {
                    return admin.requests(endpoint).stream().map(LoggedRequest::status).toList();
                }

                @Override
                public List<LoggedRequest> requests() {
                    return Arrays.stream(EmulatorEndpoint.values())
                        .flatMap((endpoint) -> admin.requests(endpoint).stream())
                        .toList();
                }

                @Override
                public List<EmulatorState.Association> associations(String fromObjectType, String fromObjectId,
                        String toObjectType) {
                    return admin.associations(fromObjectType, fromObjectId, toObjectType);
                }

            };
        }

    }

}
