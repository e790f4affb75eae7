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

package io.github.associations.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observation of a call to HubSpot's Associations API, and its keys.
 *
 * @since 0.1.0
 */
public enum AssociationsObservationDocumentation implements ObservationDocumentation {

    /**
     * One logical call ({@code records.list}, {@code batch.create}, ...), all its pages,
     * chunks and retries.
     */
    OPERATION {

        @Override
        public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
            return DefaultAssociationsObservationConvention.class;
        }

        @Override
        public KeyName[] getLowCardinalityKeyNames() {
            return LowCardinalityKeyNames.values();
        }

    };

    /**
     * Tags with a closed set of values.
     */
    public enum LowCardinalityKeyNames implements KeyName {

        /**
         * The operation: {@code records.list}, {@code batch.create}, ... (one per
         * endpoint).
         */
        OPERATION {
            @Override
            public String asString() {
                return "hubspot.operation";
            }
        },

        /** The outcome: {@code SUCCESS}, {@code PARTIAL}, {@code RATE_LIMITED}, ... */
        OUTCOME {
            @Override
            public String asString() {
                return "outcome";
            }
        },

        /**
         * The class of the final HTTP status: {@code 2xx}, {@code 4xx}, {@code 5xx}, or
         * {@code NONE}.
         */
        STATUS {
            @Override
            public String asString() {
                return "status";
            }
        },

        /** The simple name of the exception the call failed with, or {@code none}. */
        EXCEPTION {
            @Override
            public String asString() {
                return "exception";
            }
        },

        /**
         * {@code true} for a batch request carrying coalesced record-level calls
         * (observed on its own, not as part of any one caller's call), {@code false}
         * otherwise.
         */
        COALESCED {
            @Override
            public String asString() {
                return "coalesced";
            }
        }

    }

}
