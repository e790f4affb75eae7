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

package io.github.associations.autoconfigure.drills;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.github.associations.AssociationTypeIds;
import io.github.associations.AssociationsOperations;
import io.github.associations.autoconfigure.HubSpotAutoConfiguration;
import io.github.associations.autoconfigure.health.HubSpotHealthContributorAutoConfiguration;
import io.github.associations.autoconfigure.health.HubSpotHealthIndicator;
import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.emulator.control.EmulatorState;
import io.github.associations.emulator.control.Fault;
import io.github.associations.emulator.control.LoggedRequest;
import io.github.associations.emulator.control.RandomFaults;
import io.github.associations.error.HubSpotRateLimitException;
import io.github.associations.model.AssociationInput;
import io.github.associations.model.AssociationSpec;
import io.github.associations.model.AssociationType;
import io.github.associations.model.BatchResult;
import io.github.associations.model.LabelDefinition;
import io.github.associations.model.LabelsBetweenRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * What happens when things go wrong, end to end through the auto-configured client: a
 * bulk job under a storm of faults, a thousand callers when the access token expires, the
 * daily limit. Sizes come from system properties so that the soak command can run long
 * variants: {@code drills.pairs} (default 10,000), {@code drills.callers} (default
 * 1,000), {@code drills.seed} (default 20261122).
 */
@Tag("drill")
class ReliabilityDrillTests {

    private static final int PAIRS = Integer.getInteger("drills.pairs", 10_000);

    private static final int CALLERS = Integer.getInteger("drills.callers", 1_000);

    private static final long SEED = Long.getLong("drills.seed", 20261122L);

    private static final AssociationSpec UNLABELED = AssociationSpec
        .hubSpotDefined(AssociationTypeIds.CONTACT_TO_COMPANY);

    private final List<HubSpotEmulator> emulators = new ArrayList<>();

    @AfterEach
    void stopEmulators() {
        this.emulators.forEach(HubSpotEmulator::close);
    }

    private HubSpotEmulator emulator(EmulatorOptions.Builder options) {
        HubSpotEmulator emulator = HubSpotEmulator.start(options.strictRecords(false).build());
        this.emulators.add(emulator);
        return emulator;
    }

    private static ApplicationContextRunner client(HubSpotEmulator emulator, String... properties) {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HubSpotAutoConfiguration.class,
                    HubSpotHealthContributorAutoConfiguration.class))
            .withPropertyValues("hubspot.base-url=" + emulator.baseUrl())
            .withPropertyValues(properties);
    }

    /**
     * A bulk job of {@code drills.pairs} pairs while the emulator answers 5% of requests
     * with a 429, 3% with a 503, closes 1% of connections after processing them and holds
     * 1% of responses beyond the response timeout. Afterwards HubSpot holds exactly the
     * expected associations, the job's label exists once, and every item reported as
     * failed is really absent.
     */
    @Test
    void aBulkJobUnderFaultsEndsWithExactlyTheExpectedAssociations() {
        // A 1-second window (far from reached) makes every injected 429 ask for a
        // 1-second wait.
        HubSpotEmulator emulator = emulator(EmulatorOptions.builder().rateLimit(1_000_000, Duration.ofSeconds(1)));
        // One of each kind for certain (1% of a hundred requests may draw none), then the
        // random mix.
        for (Fault fault : List.of(Fault.tenSecondlyRateLimit(), Fault.serviceUnavailable(),
                Fault.closeAfterProcessing(), Fault.latency(Duration.ofSeconds(2)))) {
            emulator.faults().injectNext(EmulatorEndpoint.BATCH_CREATE, 1, fault);
        }
        emulator.faults()
            .injectRandomly(RandomFaults.seed(SEED)
                .with(0.05, Fault.tenSecondlyRateLimit())
                .with(0.03, Fault.serviceUnavailable())
                .with(0.01, Fault.closeAfterProcessing())
                .with(0.01, Fault.latency(Duration.ofSeconds(2))));
        client(emulator, "hubspot.access-token=" + emulator.privateAppToken(), "hubspot.response-timeout=500ms",
                "hubspot.rate-limit.enabled=false", "hubspot.retry.max-attempts=10",
                "hubspot.retry.initial-backoff=20ms", "hubspot.retry.max-backoff=200ms",
                "hubspot.batch.create-chunk-size=100", "hubspot.batch.concurrency=4")
            .run((context) -> {
                AssociationsOperations hubSpot = context.getBean(AssociationsOperations.class);

                AssociationType label = ensureLabel(hubSpot, "key_account", "Key account").block(Duration.ofMinutes(2));
                List<AssociationInput> inputs = new ArrayList<>(PAIRS);
                for (int i = 0; i < PAIRS; i++) {
                    String contact = Integer.toString(100_000 + i);
                    String company = Integer.toString(1 + (i % 200));
                    inputs.add((i % 10 == 0) ? AssociationInput.of(contact, company, UNLABELED, label.toSpec())
                            : AssociationInput.of(contact, company, UNLABELED));
                }
                BatchResult<AssociationInput, LabelsBetweenRecords> result = hubSpot.batch()
                    .create("contacts", "companies", inputs)
                    .onErrorResume((ex) -> Mono.just(new BatchResult<>(List.of(), List.of(), 0)))
                    .block(Duration.ofMinutes(10));

                EmulatorState state = emulator.state();
                Set<AssociationInput> failed = new HashSet<>(result.failedInputs());
                assertThat(emulator.requests().all()).extracting(LoggedRequest::fault)
                    .filteredOn(Objects::nonNull)
                    .extracting(Fault::kind)
                    .as("every kind of fault was met")
                    .contains(Fault.Kind.RATE_LIMIT_TEN_SECONDLY, Fault.Kind.STATUS, Fault.Kind.CLOSE_AFTER_PROCESSING,
                            Fault.Kind.LATENCY);
                assertThat(state.associationCount("contacts", "companies")).isEqualTo(PAIRS - failed.size());
                for (AssociationInput input : inputs) {
                    List<EmulatorState.Association> associations = state.associations("contacts", input.fromId(),
                            "companies");
                    if (failed.contains(input)) {
                        assertThat(associations).as("failed " + input + " is absent").isEmpty();
                    }
                    else {
                        assertThat(associations).as("linked " + input).singleElement().satisfies((association) -> {
                            assertThat(association.toObjectId()).isEqualTo(input.toId());
                            assertThat(association.types()).extracting(EmulatorState.AssociationType::typeId)
                                .doesNotHaveDuplicates()
                                .hasSize(input.types().size());
                        });
                    }
                }
                assertThat(state.labels("contacts", "companies"))
                    .filteredOn((type) -> "Key account".equals(type.label()))
                    .hasSize(1);
            });
    }

    /**
     * The job's label, created unless it exists. Creating a label is not idempotent, so
     * the client does not repeat a create that may have been processed; the job looks
     * again instead.
     */
    private static Mono<AssociationType> ensureLabel(AssociationsOperations hubSpot, String name, String text) {
        Mono<AssociationType> find = Mono.defer(() -> hubSpot.labels()
            .list("contacts", "companies")
            .filter((type) -> text.equals(type.label()))
            .next());
        return find.switchIfEmpty(Mono.defer(() -> hubSpot.labels()
            .create("contacts", "companies", LabelDefinition.single(name, text))
            .onErrorResume((ex) -> Mono.empty())
            .then(find))).repeatWhenEmpty(10, (empty) -> empty.delayElements(Duration.ofMillis(50)));
    }

    /**
     * {@code drills.callers} calls in flight when the access token expires: exactly one
     * token request, and every call succeeds.
     */
    @Test
    void aThousandCallersWhenTheAccessTokenExpiresCauseOneTokenRequest() {
        HubSpotEmulator emulator = emulator(EmulatorOptions.builder()
            .noRateLimit()
            .noDailyLimit()
            .oauthClient("drill-client", "drill-secret", "drill-refresh"));
        client(emulator, "hubspot.oauth.client-id=drill-client", "hubspot.oauth.client-secret=drill-secret",
                "hubspot.oauth.refresh-token=drill-refresh",
                "hubspot.oauth.token-uri=" + emulator.baseUrl() + "/oauth/v1/token", "hubspot.rate-limit.enabled=false",
                "hubspot.retry.enabled=false")
            .run((context) -> {
                AssociationsOperations hubSpot = context.getBean(AssociationsOperations.class);
                hubSpot.labels().list("contacts", "companies").blockLast(Duration.ofSeconds(30));
                long tokenRequestsBeforeExpiry = emulator.tokens().requestCount();
                emulator.tokens().expireAccessTokens();
                emulator.requests().clear();

                Long succeeded = Flux.range(1, CALLERS)
                    .flatMap((i) -> hubSpot.records().listPage("contacts", Integer.toString(i), "companies", 10, null),
                            CALLERS)
                    .count()
                    .block(Duration.ofMinutes(2));

                assertThat(succeeded).isEqualTo(CALLERS);
                assertThat(emulator.tokens().requestCount() - tokenRequestsBeforeExpiry).isEqualTo(1L);
                List<LoggedRequest> calls = emulator.requests().forEndpoint(EmulatorEndpoint.RECORDS_LIST);
                assertThat(calls.stream().filter((request) -> request.status() == 200)).hasSize(CALLERS);
                assertThat(calls.stream().filter((request) -> request.status() != 200))
                    .allSatisfy((request) -> assertThat(request.status()).isEqualTo(401));
            });
    }

    /**
     * After a DAILY 429 no further request reaches HubSpot until the daily window resets,
     * and health is DOWN.
     */
    @Test
    void afterTheDailyLimitNoRequestReachesHubSpotUntilTheResetAndHealthIsDown() {
        HubSpotEmulator emulator = emulator(EmulatorOptions.builder().dailyLimit(1000));
        client(emulator, "hubspot.access-token=" + emulator.privateAppToken(), "hubspot.rate-limit.daily-cool-down=2s")
            .run((context) -> {
                AssociationsOperations hubSpot = context.getBean(AssociationsOperations.class);
                HubSpotHealthIndicator health = context.getBean(HubSpotHealthIndicator.class);
                hubSpot.labels().list("contacts", "companies").blockLast(Duration.ofSeconds(10));
                assertThat(health.health(true).getStatus()).isEqualTo(Status.UP);
                emulator.rateLimits().exhaustDaily();

                for (int i = 0; i < 20; i++) {
                    Throwable thrown = catchThrowable(() -> hubSpot.records()
                        .listPage("contacts", "1", "companies", 10, null)
                        .block(Duration.ofSeconds(10)));
                    assertThat(thrown).isInstanceOfSatisfying(HubSpotRateLimitException.class,
                            (ex) -> assertThat(ex.isDailyLimit()).isTrue());
                }

                assertThat(emulator.requests().all()).extracting(LoggedRequest::status).containsExactly(200, 429);
                assertThat(health.health(true).getStatus()).isEqualTo(Status.DOWN);

                emulator.rateLimits().resetDaily();
                await().atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> health.health(true).getStatus().equals(Status.UP));
                hubSpot.records().listPage("contacts", "1", "companies", 10, null).block(Duration.ofSeconds(10));
                assertThat(emulator.requests().all()).extracting(LoggedRequest::status).containsExactly(200, 429, 200);
            });
    }

}
