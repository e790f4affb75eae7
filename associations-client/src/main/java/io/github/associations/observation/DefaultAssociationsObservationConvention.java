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

import io.github.associations.observation.AssociationsObservationContext.Outcome;
import io.github.associations.observation.AssociationsObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.common.KeyValues;

/**
 * The default names and tags: observation {@value #NAME}, contextual name
 * {@code hubspot <operation>}, and the low-cardinality tags of
 * {@link LowCardinalityKeyNames}. No record id or object type is a tag.
 *
 * @since 0.1.0
 */
public class DefaultAssociationsObservationConvention implements AssociationsObservationConvention {

    /** The observation's name, and so the timer's. */
    public static final String NAME = "hubspot.associations.operations";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(AssociationsObservationContext context) {
        return "hubspot " + context.getOperation().id();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(AssociationsObservationContext context) {
        Throwable failure = context.getFailure();
        return KeyValues.of(LowCardinalityKeyNames.OPERATION.withValue(context.getOperation().id()),
                LowCardinalityKeyNames.OUTCOME.withValue(context.getOutcome().name()),
                LowCardinalityKeyNames.STATUS.withValue(statusClass(context)),
                LowCardinalityKeyNames.EXCEPTION
                    .withValue((failure != null) ? failure.getClass().getSimpleName() : "none"),
                LowCardinalityKeyNames.COALESCED.withValue(Boolean.toString(context.isCoalesced())));
    }

    private static String statusClass(AssociationsObservationContext context) {
        if (context.getOutcome() == Outcome.SUCCESS || context.getOutcome() == Outcome.PARTIAL) {
            return "2xx";
        }
        int status = context.getStatus();
        return (status >= 100 && status < 600) ? (status / 100) + "xx" : "NONE";
    }

}
