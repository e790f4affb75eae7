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

import java.time.Duration;
import java.util.List;

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.Fault;
import io.github.associations.error.HubSpotNotFoundException;
import io.github.associations.observation.DefaultAssociationsObservationConvention;
import io.github.associations.resilience.RetrySettings;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.test.simple.SimpleSpan;
import io.micrometer.tracing.test.simple.SimpleTracer;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One observation per logical call, tagged with the operation and its outcome, parent of
 * the HTTP spans.
 */
class ObservationTests extends EmulatorTestSupport {

    private final TestObservationRegistry registry = TestObservationRegistry.create();

    private AssociationsOperations observed() {
        return AssociationsTemplate.builder()
            .privateAppToken(this.emulator.privateAppToken())
            .observationRegistry(this.registry)
            .settings(this.template.getSettings()
                .toBuilder()
                .retry(RetrySettings.defaults().withBackoff(Duration.ofMillis(10), Duration.ofMillis(10), 1, 0))
                .build())
            .build();
    }

    @Test
    void aSuccessfulCallIsOneObservationTaggedWithItsOperation() {
        this.emulator.state().addSyntheticAssociations("contacts", "1", "companies", 1200);

        observed().records().list("contacts", "1", "companies").blockLast();

        assertThat(this.registry).hasNumberOfObservationsEqualTo(1)
            .hasObservationWithNameEqualTo(DefaultAssociationsObservationConvention.NAME)
            .that()
            .hasContextualNameEqualTo("hubspot records.list")
            .hasLowCardinalityKeyValue("hubspot.operation", "records.list")
            .hasLowCardinalityKeyValue("outcome", "SUCCESS")
            .hasLowCardinalityKeyValue("status", "2xx")
            .hasLowCardinalityKeyValue("exception", "none")
            .hasBeenStarted()
            .hasBeenStopped();
        assertThat(requests(EmulatorEndpoint.RECORDS_LIST)).hasSize(3);
    }

    @Test
    void aBatchWithPerInputErrorsIsPartial() {
        observed().batch().read("contacts", "companies", List.of("1", "2")).block();

        assertThat(this.registry).hasSingleObservationThat()
            .hasLowCardinalityKeyValue("hubspot.operation", "batch.read")
            .hasLowCardinalityKeyValue("outcome", "PARTIAL")
            .hasLowCardinalityKeyValue("status", "2xx");
    }

    @Test
    void aRetriedCallIsStillOneObservation() {
        this.emulator.faults().injectNext(EmulatorEndpoint.LABELS_LIST, 1, Fault.serviceUnavailable());

        observed().labels().list("contacts", "companies").blockLast();

        assertThat(this.registry).hasSingleObservationThat()
            .hasLowCardinalityKeyValue("hubspot.operation", "labels.list")
            .hasLowCardinalityKeyValue("outcome", "SUCCESS");
        assertThat(requests(EmulatorEndpoint.LABELS_LIST)).hasSize(2);
    }

    @Test
    void aFailedCallCarriesItsStatusClassAndException() {
        ErrorResponsesTests.failure(observed().labels().delete("contacts", "companies", 424242),
                HubSpotNotFoundException.class);

        assertThat(this.registry).hasSingleObservationThat()
            .hasLowCardinalityKeyValue("hubspot.operation", "labels.delete")
            .hasLowCardinalityKeyValue("outcome", "CLIENT_ERROR")
            .hasLowCardinalityKeyValue("status", "4xx")
            .hasLowCardinalityKeyValue("exception", "HubSpotNotFoundException")
            .hasError();
    }

    @Test
    void theHttpSpansNestUnderTheOperationSpan() {
        SimpleTracer tracer = new SimpleTracer();
        ObservationRegistry tracing = ObservationRegistry.create();
        tracing.observationConfig().observationHandler(new DefaultTracingObservationHandler(tracer));
        AssociationsOperations hubSpot = AssociationsTemplate.builder()
            .webClient(WebClient.builder().observationRegistry(tracing).build())
            .observationRegistry(tracing)
            .privateAppToken(this.emulator.privateAppToken())
            .settings(this.template.getSettings().toBuilder().pageSize(500).build())
            .build();
        this.emulator.state().addSyntheticAssociations("contacts", "1", "companies", 700);

        hubSpot.records().list("contacts", "1", "companies").blockLast();

        List<SimpleSpan> spans = List.copyOf(tracer.getSpans());
        SimpleSpan operation = spans.stream()
            .filter((span) -> "hubspot records.list".equals(span.getName()))
            .findFirst()
            .orElseThrow();
        List<SimpleSpan> http = spans.stream().filter((span) -> span != operation).toList();
        assertThat(http).hasSize(2).allSatisfy((span) -> {
            assertThat(span.getName()).startsWith("http get");
            assertThat(span.getParentId()).isEqualTo(operation.getSpanId());
        });
        assertThat(operation.getTags()).containsEntry("hubspot.operation", "records.list");
    }

}
