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

package io.github.associations;

import io.github.associations.model.HighUsageReport;
import reactor.core.publisher.Mono;

/**
 * The association usage report. Cold publishers: nothing is sent until subscription.
 *
 * @since 0.1.0
 */
public interface AssociationUsageOperations {

    /**
     * Ask HubSpot to e-mail a user the report of records using 80% or more of their
     * association limit. Not repeated on failure unless the request certainly was not
     * processed: HubSpot would send the report twice.
     * @param userId the HubSpot user to send the report to
     * @return HubSpot's acknowledgement
     */
    Mono<HighUsageReport> requestHighUsageReport(long userId);

}
