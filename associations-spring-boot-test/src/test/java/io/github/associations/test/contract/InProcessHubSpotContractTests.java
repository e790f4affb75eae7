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
import java.util.List;

import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorState;
import io.github.associations.emulator.control.Fault;
import io.github.associations.emulator.control.LoggedRequest;
import io.github.associations.test.emulator.AutoConfigureHubSpotEmulator;
import org.junit.jupiter.api.Nested;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The contract suite against the in-process emulator, once per API version: each version
 * is a context of its own, and no request of a dated version reaches a v4 path.
 */
@AutoConfigureHubSpotEmulator
class InProcessHubSpotContractTests {

    @Nested
    @TestPropertySource(properties = "hubspot.api-version=2026-09")
    class Version2026_09 extends InProcessContract {

    }

    @Nested
    @TestPropertySource(properties = "hubspot.api-version=2026-03")
    class Version2026_03 extends InProcessContract {

    }

    @Nested
    @TestPropertySource(properties = "hubspot.api-version=v4")
    class VersionV4 extends InProcessContract {

    }

    abstract static class InProcessContract extends AbstractHubSpotContractTests {

        @Autowired
        HubSpotEmulator hubSpotEmulator;

        @Override
        EmulatorControl emulator() {
            HubSpotEmulator emulator = this.hubSpotEmulator;
            return new EmulatorControl() {

                @Override
                public void reset() {
                    emulator.reset();
                }

                @Override
                public void rateLimitWindow(int maxRequests, Duration interval) {
                    emulator.rateLimits().window(maxRequests, interval);
                    emulator.rateLimits().windowEnabled(true);
                }

                @Override
                public void injectNext(EmulatorEndpoint endpoint, int times, Fault fault) {
                    emulator.faults().injectNext(endpoint, times, fault);
                }

                @Override
                public List<Integer> statuses(EmulatorEndpoint endpoint) {
                    return emulator.requests().forEndpoint(endpoint).stream().map(LoggedRequest::status).toList();
                }

                @Override
                public List<LoggedRequest> requests() {
                    return emulator.requests().all();
                }

                @Override
                public List<EmulatorState.Association> associations(String fromObjectType, String fromObjectId,
                        String toObjectType) {
                    return emulator.state().associations(fromObjectType, fromObjectId, toObjectType);
                }

            };
        }

    }

}
