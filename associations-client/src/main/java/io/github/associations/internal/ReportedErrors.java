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

package io.github.associations.internal;

import java.util.List;

import io.github.associations.error.HubSpotError;

/**
 * Errors found in the 2xx body of a single-record call by its reader, which knows neither
 * the operation nor the status: the exchange turns them into the call's failure.
 */
final class ReportedErrors extends RuntimeException {

    private final transient List<HubSpotError> errors;

    ReportedErrors(List<HubSpotError> errors) {
        super(null, null, false, false);
        this.errors = List.copyOf(errors);
    }

    List<HubSpotError> errors() {
        return this.errors;
    }

}
