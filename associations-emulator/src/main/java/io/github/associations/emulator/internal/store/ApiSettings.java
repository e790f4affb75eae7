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

package io.github.associations.emulator.internal.store;

import java.time.Clock;

/**
 * Settings of the emulated HubSpot behaviour (as opposed to the server's: port, tokens,
 * rate limits, faults).
 *
 * @param strictRecords whether only seeded records exist (otherwise every positive
 * numeric id does)
 * @param maxCustomLabelsPerObjectPair custom labels allowed per object pair (HubSpot's
 * docs say 10; a later KB copy says 50)
 * @param maxPageSize the largest record-list {@code limit} (500)
 * @param clampPageSize whether a record-list {@code limit} above {@code maxPageSize} is
 * clamped rather than rejected with 400 (HubSpot's behaviour is undocumented)
 * @param maxBatchReadInputs batch read inputs per request, v4 and v3 (1000)
 * @param maxBatchCreateInputs batch create inputs per request, v4 and v3 (2000)
 * @param maxOtherBatchInputs inputs per request of the other batch calls (default,
 * archive, labels archive, v3 archive) (undocumented by HubSpot; 2000 assumed)
 * @param clock the clock for timestamps in batch responses and the usage report
 * @since 0.1.0
 */
public record ApiSettings(boolean strictRecords, int maxCustomLabelsPerObjectPair, int maxPageSize,
        boolean clampPageSize, int maxBatchReadInputs, int maxBatchCreateInputs, int maxOtherBatchInputs, Clock clock) {

    /**
     * HubSpot's documented limits, strict or lenient records.
     * @param strictRecords whether only seeded records exist
     * @param clock the time source of token expiry, rate-limit windows and timestamps
     * @return the settings
     */
    public static ApiSettings defaults(boolean strictRecords, Clock clock) {
        return new ApiSettings(strictRecords, 10, 500, false, 1000, 2000, 2000, clock);
    }

}
