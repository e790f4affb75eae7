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

/**
 * Fault injection. For each request the emulator takes, in this order, the first of: a
 * fault scripted for its endpoint, a fault scripted for any endpoint, a random fault for
 * its endpoint, a random fault for any endpoint. "Any endpoint" means every HubSpot API
 * endpoint but {@link EmulatorEndpoint#OAUTH_TOKEN}, which gets faults only when aimed at
 * explicitly. Every method is thread-safe.
 *
 * @since 0.1.0
 */
public interface EmulatorFaults {

    /**
     * Give the next {@code times} requests to {@code endpoint} the fault; scripts for one
     * endpoint queue up in order.
     * @param endpoint one of the HubSpot endpoints the emulator serves
     * @param times how many requests, positive
     * @param fault what the request gets instead of, or on top of, its normal answer
     */
    void injectNext(EmulatorEndpoint endpoint, int times, Fault fault);

    /**
     * Give the next {@code times} API requests, whatever their endpoint, the fault.
     * @param times how many requests, positive
     * @param fault what the request gets instead of, or on top of, its normal answer
     */
    void injectNext(int times, Fault fault);

    /**
     * Draw faults at random for every API request (replacing earlier random faults for
     * any endpoint).
     * @param faults the faults, their probabilities and the seed
     */
    void injectRandomly(RandomFaults faults);

    /**
     * Draw faults at random for requests to one endpoint (replacing earlier random faults
     * for it).
     * @param endpoint one of the HubSpot endpoints the emulator serves
     * @param faults the faults, their probabilities and the seed
     */
    void injectRandomly(EmulatorEndpoint endpoint, RandomFaults faults);

    /**
     * Answer with the other success codes HubSpot has used for the same call: 200 instead
     * of 201, and 200 with a body instead of 204 (the date-versioned batch shape
     * {@code {"status":"COMPLETE","results":[],...}} for batch archive, labels archive
     * and limits purge, {@code {}} for the others).
     * @param enabled whether status drift is on
     */
    void statusDrift(boolean enabled);

    /**
     * Whether status drift is on.
     * @return whether status drift is on
     */
    boolean statusDrift();

    /**
     * How many scripted faults are still to be applied.
     * @return the number of requests that will still get a scripted fault
     */
    int pendingScripted();

    /**
     * Remove every scripted and random fault and turn status drift off.
     */
    void clear();

}
