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

package io.github.associations.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * HubSpot's answer to a high-usage report request: the report is e-mailed to the user.
 *
 * @param userEmail the address the report goes to
 * @param userId the HubSpot user the report is for
 * @param enqueueTime when the report was queued; accepted as an ISO-8601 string, epoch
 * milliseconds, or HubSpot's {@code DateTime} object ({@code {"value": <epoch millis>,
 * ...}}), since sources disagree on the wire form
 * @since 0.1.0
 */
public record HighUsageReport(@Nullable String userEmail, long userId, @Nullable Instant enqueueTime) {
}
