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
package io.github.associations.blocking;

/**
 * HubSpot's CRM Associations API for code that waits for answers, such as Spring MVC
 * controllers: the same groups as {@link io.github.associations.AssociationsOperations}
 * (records, batch, labels, limits, usage), each call returning when HubSpot has answered.
 * The deprecated v3 group stays reactive only.
 * <p>
 * Every call blocks the calling thread; calling one on a Reactor non-blocking thread (an
 * event loop, {@code parallel}) fails with an {@link IllegalStateException} before
 * anything is sent. Failures are the reactive client's: {@link IllegalArgumentException}
 * for bad input, before anything is sent, and
 * {@link io.github.associations.error.HubSpotException} and its subtypes for what HubSpot
 * answered. Waits hold no monitor, so the facade suits virtual threads.
 *
 * @since 0.1.0
 */
public interface BlockingAssociationsOperations {

    /**
     * Calls about the associations of one record.
     * @return the record-level calls
     */
    BlockingRecordOperations records();

    /**
     * Batch calls over any number of inputs.
     * @return the batch calls
     */
    BlockingBatchOperations batch();

    /**
     * Association labels (types) between two object types.
     * @return the label calls
     */
    BlockingLabelOperations labels();

    /**
     * Configured association limits.
     * @return the limit calls
     */
    BlockingLimitOperations limits();

    /**
     * Association usage reports.
     * @return the usage calls
     */
    BlockingUsageOperations usage();

}
