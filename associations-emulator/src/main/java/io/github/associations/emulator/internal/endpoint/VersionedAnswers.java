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

package io.github.associations.emulator.internal.endpoint;

import io.github.associations.emulator.control.ApiVersion;
import org.springframework.http.HttpStatus;

/**
 * Where HubSpot's API versions answer the same call differently. Request bodies are the
 * same in every version; statuses and a few response shapes are not.
 */
final class VersionedAnswers {

    private VersionedAnswers() {
    }

    /**
     * The status of a batch answer that carries per-input errors: 207 Multi-Status, but
     * 2026-09 answers 200 with {@code errors} and {@code numErrors} inside.
     * @param version the version called
     * @return the status
     */
    static HttpStatus withErrors(ApiVersion version) {
        return (version == ApiVersion.V2026_09) ? HttpStatus.OK : HttpStatus.MULTI_STATUS;
    }

    /**
     * The status of a batch create that succeeded (labelled associations, limits): 201
     * Created, but 2026-09 answers 200.
     * @param version the version called
     * @return the status
     */
    static HttpStatus created(ApiVersion version) {
        return (version == ApiVersion.V2026_09) ? HttpStatus.OK : HttpStatus.CREATED;
    }

    /**
     * Whether batch archive, labels archive and limits purge answer 200 with a batch body
     * ("void" results, per-input errors) rather than v4's 204 without a body.
     * @param version the version called
     * @return whether the answer has a batch body
     */
    static boolean voidBatchBody(ApiVersion version) {
        return version.isDated();
    }

    /**
     * Whether the labels seen on a record ({@code category}, {@code typeId},
     * {@code label}) also carry {@code fromObjectTypeId} and {@code toObjectTypeId}: they
     * do in 2026-03; 2026-09 drops them, but its record list is described with 2026-03's
     * shape, so it keeps them there; v4 answers as the emulator always has, without them.
     * @param version the version called
     * @param recordList whether the answer is a record's association list rather than a
     * batch read
     * @return whether the object type ids are included
     */
    static boolean labelsWithObjectTypeIds(ApiVersion version, boolean recordList) {
        return version == ApiVersion.V2026_03 || (version == ApiVersion.V2026_09 && recordList);
    }

}
