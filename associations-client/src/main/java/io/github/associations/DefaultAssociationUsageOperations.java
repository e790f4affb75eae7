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

import java.util.Map;

import io.github.associations.check.Arguments;
import io.github.associations.internal.HubSpotExchange;
import io.github.associations.internal.HubSpotRequest;
import io.github.associations.internal.Observed;
import io.github.associations.internal.json.ResponseReader;
import io.github.associations.model.HighUsageReport;
import io.github.associations.model.Operation;
import reactor.core.publisher.Mono;

/**
 * {@link AssociationUsageOperations} over the {@link HubSpotExchange}.
 */
final class DefaultAssociationUsageOperations implements AssociationUsageOperations {

    private final HubSpotExchange exchange;

    private final Observed observed;

    private final ResponseReader<HighUsageReport> reportReader;

    DefaultAssociationUsageOperations(HubSpotExchange exchange, Observed observed) {
        this.exchange = exchange;
        this.observed = observed;
        this.reportReader = exchange.json().reader(exchange.json().type(HighUsageReport.class));
    }

    @Override
    public Mono<HighUsageReport> requestHighUsageReport(long userId) {
        int user = Arguments.positiveInt("userId", userId);
        HubSpotRequest request = HubSpotRequest.of(Operation.USAGE_HIGH_USAGE_REPORT,
                Operation.USAGE_HIGH_USAGE_REPORT.uriTemplate(), Map.of("userId", user));
        return this.observed.mono(Operation.USAGE_HIGH_USAGE_REPORT,
                this.exchange.exchange(request, this.reportReader));
    }

}
