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

import io.github.associations.check.Arguments;
import io.github.associations.internal.CallPipeline;
import io.github.associations.internal.Calls;
import io.github.associations.model.HighUsageReport;
import reactor.core.publisher.Mono;

import static io.github.associations.internal.CallPipeline.NO_BODY;

/**
 * {@link AssociationUsageOperations} over the {@link CallPipeline}.
 */
final class DefaultAssociationUsageOperations implements AssociationUsageOperations {

    private final CallPipeline pipeline;

    DefaultAssociationUsageOperations(CallPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Mono<HighUsageReport> requestHighUsageReport(long userId) {
        return this.pipeline.call(Calls.USAGE_HIGH_USAGE_REPORT, NO_BODY, Arguments.positiveInt("userId", userId));
    }

}
