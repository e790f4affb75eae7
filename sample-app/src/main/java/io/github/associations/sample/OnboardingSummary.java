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

package io.github.associations.sample;

import java.time.Duration;

/**
 * What the onboarding job did.
 *
 * @param managerLabelTypeId the type id of the "Manager" label (contact to company)
 * @param linked contacts linked to their company
 * @param failedLinks links HubSpot refused (per-input errors)
 * @param streamed associations of the first company read through the streaming list
 * @param readInBatch associations of every company read through batch read
 * @param limit the configured limit of contacts per company
 * @param reportSentTo the e-mail address the high-usage report goes to
 * @param requests HTTP requests the client sent
 * @param took how long the job took
 * @since 0.1.0
 */
public record OnboardingSummary(int managerLabelTypeId, int linked, int failedLinks, long streamed, long readInBatch,
        int limit, String reportSentTo, long requests, Duration took) {

    @Override
    public String toString() {
        return String.format("linked %d contacts (%d refused), 'Manager' label type %d, limit %d contacts per company, "
                + "streamed %d associations of the first company, read %d associations of every company in batch, "
                + "high-usage report sent to %s; %d requests in %.1f s", this.linked, this.failedLinks,
                this.managerLabelTypeId, this.limit, this.streamed, this.readInBatch, this.reportSentTo, this.requests,
                this.took.toMillis() / 1000.0);
    }

}
