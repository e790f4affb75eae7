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

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorState;
import io.github.associations.emulator.control.Fault;
import io.github.associations.emulator.control.LoggedRequest;

/**
 * What the contract suite needs from the emulator it runs against, in-process or in a
 * container.
 */
interface EmulatorControl {

    void reset();

    void rateLimitWindow(int maxRequests, Duration interval);

    void injectNext(EmulatorEndpoint endpoint, int times, Fault fault);

    /** The statuses answered to an endpoint's requests, oldest first. */
    List<Integer> statuses(EmulatorEndpoint endpoint);

    List<LoggedRequest> requests();

    List<EmulatorState.Association> associations(String fromObjectType, String fromObjectId, String toObjectType);

}
