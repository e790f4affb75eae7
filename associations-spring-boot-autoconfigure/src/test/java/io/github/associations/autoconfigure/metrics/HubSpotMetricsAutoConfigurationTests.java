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

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.github.associations.AssociationsOperations;
import io.github.associations.AssociationsTemplate;
import io.github.associations.autoconfigure.HubSpotAutoConfiguration;
import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.emulator.control.Fault;
import io.github.associations.model.AssociationInput;
import io.github.associations.model.AssociationSpec;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.BDDMockito.given;

/**
 * The meters of the auto-configured client, named and tagged, after a successful call, a
 * 207, a retried call and a failed call.
 */
class HubSpotMetricsAutoConfigurationTests {

    private final HubSpotEmulator emulator = HubSpotEmulator.start(EmulatorOptions.builder()
        .strictRecords(false)
        .rateLimit(100, Duration.ofSeconds(10))
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
        // The application's limiter, asked for a permit, answers "wait 5 ms" every time:
        // each call waits, however fast or slow the machine runs the calls.
        RateLimiter limiter = Mockito.mock(RateLimiter.class);
        given(limiter.getName()).willReturn(AssociationsTemplate.RESILIENCE_NAME);
        given(limiter.reservePermission()).willReturn(Duration.ofMillis(5).toNanos());
        RateLimiterRegistry registry = Mockito.mock(RateLimiterRegistry.class);
        given(registry.find(AssociationsTemplate.RESILIENCE_NAME)).willReturn(Optional.of(limiter));
        this.contextRunner.withBean(RateLimiterRegistry.class, () -> registry).run((context) -> {
            AssociationsOperations hubSpot = context.getBean(AssociationsOperations.class);
            for (int i = 0; i < 3; i++) {
                hubSpot.labels().list("contacts", "companies").blockLast();
            }

            Timer waits = this.meters.get(HubSpotMetrics.RATE_LIMITER_WAITS)
                .tag("hubspot.operation", "labels.list")
                .timer();
            assertThat(waits.count()).isEqualTo(3);
            assertThat(waits.totalTime(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(15);
        });
    }

    @Test
    void prometheusShowsADescriptionOfTheOperationsTimerAndItsErrorTag() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                    PrometheusMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
                    ObservationAutoConfiguration.class, HubSpotAutoConfiguration.class,
                    HubSpotMetricsAutoConfiguration.class))
            .withPropertyValues("hubspot.base-url=" + this.emulator.baseUrl(),
                    "hubspot.access-token=" + this.emulator.privateAppToken())
            .run((context) -> {
                context.getBean(AssociationsOperations.class)
                    .records()
                    .listPage("contacts", "1", "companies", 10, null)
                    .block();

                String scrape = context.getBean(PrometheusMeterRegistry.class).scrape();
                assertThat(scrape.lines()
                    .filter((line) -> line.startsWith("# HELP hubspot_associations_operations_seconds ")))
                    .singleElement()
                    .asString()
                    .endsWith("Duration of the HubSpot Associations client's operations, by operation, outcome, "
                            + "status class and exception");
                assertThat(scrape.lines()
                    .filter((line) -> line.startsWith("hubspot_associations_operations_seconds_count{")))
                    .singleElement()
                    .asString()
                    .contains("error=\"none\"", "hubspot_operation=\"records.list\"", "outcome=\"SUCCESS\"");
                assertThat(scrape.lines().filter((line) -> line.startsWith("# HELP hubspot_")))
                    .allSatisfy((help) -> assertThat(help.split(" ", 4)).hasSize(4));
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
