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

package io.github.associations.emulator.internal.admin;

import io.github.associations.emulator.control.EmulatorFaults;
import io.github.associations.emulator.control.EmulatorRateLimits;
import io.github.associations.emulator.control.EmulatorState;
import io.github.associations.emulator.control.EmulatorTokens;
import io.github.associations.emulator.control.RequestLog;

/**
 * What the admin API drives: the running emulator's state, faults, request log, tokens
 * and rate limits. The server implements it, so that the admin routes need not know the
 * server.
 *
 * @since 0.1.0
 */
public interface EmulatorHandle {

    /**
     * The CRM state, to seed records and read stored associations.
     * @return the state
     */
    EmulatorState state();

    /**
     * Scripted and random faults and status drift.
     * @return the faults
     */
    EmulatorFaults faults();

    /**
     * The requests received and their counts per endpoint.
     * @return the request log
     */
    RequestLog requests();

    /**
     * The OAuth token endpoint's counters and the issued access tokens.
     * @return the tokens
     */
    EmulatorTokens tokens();

    /**
     * The burst window and the daily quota.
     * @return the rate limits
     */
    EmulatorRateLimits rateLimits();

    /**
     * Back to a fresh emulator: state, request log, faults, token counters and rate
     * limits as configured.
     */
    void reset();

}
