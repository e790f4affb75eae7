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

import java.util.List;

import io.github.associations.AssociationsOperations;
import io.github.associations.autoconfigure.HubSpotAutoConfiguration;
import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.emulator.control.Fault;
import io.github.associations.model.AssociationInput;
import io.github.associations.model.AssociationSpec;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The meters of the auto-configured client, named and tagged, after a successful call, a
 * 207, a retried call and a failed call.
 */
class HubSpotMetricsAutoConfigurationTests {

    private final HubSpotEmulator emulator = HubSpotEmulator.start(EmulatorOptions.builder()
        .strictRecords(false)
        .rateLimit(100, java.time.Duration.ofSeconds(10))
        .dailyLimit(250_000)
        .build());

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(HubSpotAutoConfiguration.class, HubSpotMetricsAutoConfiguration.class))
        .withBean(MeterRegistry.class, () -> this.meters)
        .withBean(ObservationRegistry.class, () -> {
            ObservationRegistry registry = ObservationRegistry.create();
            registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
            return registry;
        })
        .withPropertyValues("hubspot.base-url=" + this.emulator.baseUrl(),
                "hubspot.access-token=" + this.emulator.privateAppToken(), "hubspot.retry.initial-backoff=10ms");

    @AfterEach
    void stopEmulator() {
        this.emulator.close();
    }

    @Test
    void aSuccessfulCallIsTimedPerOperationAndUpdatesTheRateLimitGauges() {
        this.contextRunner.run((context) -> {
            context.getBean(AssociationsOperations.class)
                .records()
                .listPage("contacts", "1", "companies", 10, null)
                .block();

            Timer timer = this.meters.get("hubspot.associations.operations")
                .tags(Tags.of("hubspot.operation", "records.list", "outcome", "SUCCESS", "status", "2xx", "exception",
                        "none"))
                .timer();
            assertThat(timer.count()).isEqualTo(1);
            assertThat(this.meters.get(HubSpotMetrics.RATE_LIMIT_REMAINING).gauge().value()).isEqualTo(99);
            assertThat(this.meters.get(HubSpotMetrics.DAILY_REMAINING).gauge().value()).isEqualTo(249_999);
        });
    }

    @Test
    void aBatchWithPerInputErrorsCountsInputsAndErrorsAndIsPartial() {
        this.contextRunner.run((context) -> {
            context.getBean(AssociationsOperations.class)
                .batch()
                .read("contacts", "companies", List.of("1", "2", "3"))
                .block();

            assertThat(this.meters.get(HubSpotMetrics.BATCH_INPUTS)
                .tag("hubspot.operation", "batch.read")
                .counter()
                .count()).isEqualTo(3);
            assertThat(this.meters.get(HubSpotMetrics.BATCH_ERRORS)
                .tag("hubspot.operation", "batch.read")
                .counter()
                .count()).isEqualTo(3);
            assertThat(this.meters.get("hubspot.associations.operations")
                .tags("hubspot.operation", "batch.read", "outcome", "PARTIAL")
                .timer()
                .count()).isEqualTo(1);
        });
    }

    @Test
    void coalescedCallsAreCountedPerBatchRequestAndTheRequestIsTaggedCoalesced() {
        this.contextRunner
            .withPropertyValues("hubspot.coalescing.enabled=true", "hubspot.coalescing.window=1s",
                    "hubspot.coalescing.max-inputs=3")
            .run((context) -> {
                AssociationsOperations hubSpot = context.getBean(AssociationsOperations.class);

                // Three calls fill a batch of three: sent without waiting for the window
                Flux.merge(hubSpot.records().associateDefault("contacts", "1", "companies", "2"),
                        hubSpot.records().associateDefault("contacts", "3", "companies", "4"),
                        hubSpot.records().associateDefault("contacts", "5", "companies", "6"))
                    .blockLast();

                DistributionSummary coalesced = this.meters.get(HubSpotMetrics.COALESCED_CALLS)
                    .tag("hubspot.operation", "batch.associate-default")
                    .summary();
                assertThat(coalesced.count()).isEqualTo(1);
                assertThat(coalesced.totalAmount()).isEqualTo(3);
                assertThat(this.meters.get("hubspot.associations.operations")
                    .tags(Tags.of("hubspot.operation", "batch.associate-default", "coalesced", "true"))
                    .timer()
                    .count()).isEqualTo(1);
                assertThat(this.meters.get("hubspot.associations.operations")
                    .tags(Tags.of("hubspot.operation", "records.associate-default", "coalesced", "false"))
                    .timer()
                    .count()).isEqualTo(3);
            });
    }

    @Test
    void aRetriedCallCountsItsRetryByCause() {
        this.contextRunner.run((context) -> {
            this.emulator.faults().injectNext(EmulatorEndpoint.BATCH_CREATE, 1, Fault.serviceUnavailable());

            context.getBean(AssociationsOperations.class)
                .batch()
                .create("contacts", "companies",
                        List.of(AssociationInput.of("1", "2", AssociationSpec.hubSpotDefined(279))))
                .block();

            assertThat(this.meters.get(HubSpotMetrics.RETRIES)
                .tags("hubspot.operation", "batch.create", "cause", "server-error")
                .counter()
                .count()).isEqualTo(1);
            assertThat(this.meters.get("hubspot.associations.operations")
                .tags("hubspot.operation", "batch.create", "outcome", "SUCCESS")
                .timer()
                .count()).isEqualTo(1);
        });
    }

    @Test
    void aFailedCallIsTimedWithItsOutcomeStatusClassAndException() {
        this.contextRunner.run((context) -> {
            catchThrowable(() -> context.getBean(AssociationsOperations.class)
                .labels()
                .delete("contacts", "companies", 999_999)
                .block());

            assertThat(this.meters.get("hubspot.associations.operations")
                .tags(Tags.of("hubspot.operation", "labels.delete", "outcome", "CLIENT_ERROR", "status", "4xx",
                        "exception", "HubSpotNotFoundException"))
                .timer()
                .count()).isEqualTo(1);
        });
    }

    @Test
    void waitsForTheRateLimiterAreTimed() {
        // Permits half a second apart: the next call waits however slowly the machine
        // runs the previous one (up to half a second).
        this.contextRunner.withPropertyValues("hubspot.rate-limit.max-requests=3", "hubspot.rate-limit.interval=1s")
            .run((context) -> {
                AssociationsOperations hubSpot = context.getBean(AssociationsOperations.class);
                for (int i = 0; i < 3; i++) {
                    hubSpot.labels().list("contacts", "companies").blockLast();
                }

                Timer waits = this.meters.get(HubSpotMetrics.RATE_LIMITER_WAITS)
                    .tag("hubspot.operation", "labels.list")
                    .timer();
                assertThat(waits.count()).isGreaterThanOrEqualTo(1);
            });
    }

    @Test
    void noMeterRegistryMeansNoMeters() {
        new ApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(HubSpotAutoConfiguration.class, HubSpotMetricsAutoConfiguration.class))
            .withPropertyValues("hubspot.access-token=pat-local")
            .run((context) -> assertThat(context).doesNotHaveBean(HubSpotMetrics.class));
    }

}
