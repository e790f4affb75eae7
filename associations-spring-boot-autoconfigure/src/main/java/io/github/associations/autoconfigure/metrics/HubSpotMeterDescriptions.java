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

package io.github.associations.autoconfigure.metrics;

import java.util.Map;

import io.github.associations.observation.DefaultAssociationsObservationConvention;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Descriptions of the meters that Micrometer's observation handler makes from the
 * client's observations: the handler gives them none, and Prometheus would show an empty
 * {@code # HELP}. Touches no other meter, and keeps a description already set.
 */
final class HubSpotMeterDescriptions implements MeterFilter {

    private static final Map<String, String> DESCRIPTIONS = Map.of(DefaultAssociationsObservationConvention.NAME,
            "Duration of the HubSpot Associations client's operations, by operation, outcome, status class and "
                    + "exception",
            DefaultAssociationsObservationConvention.NAME + ".active",
            "HubSpot Associations client's operations in progress");

    @Override
    public Meter.Id map(Meter.Id id) {
        String description = DESCRIPTIONS.get(id.getName());
        if (description == null || id.getDescription() != null) {
            return id;
        }
        return new Meter.Id(id.getName(), Tags.of(id.getTagsAsIterable()), id.getBaseUnit(), description, id.getType());
    }

}
