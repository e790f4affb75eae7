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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

import io.github.associations.client.ApiVersion;
import io.github.associations.client.CoalescingSettings;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorState;
import io.github.associations.emulator.control.Fault;
import io.github.associations.emulator.control.LoggedRequest;
import io.github.associations.error.HubSpotValidationException;
import io.github.associations.model.AssociationSpec;
import io.github.associations.model.DefaultAssociation;
import io.github.associations.model.LabelsBetweenRecords;
import io.github.associations.model.Operation;
import io.github.associations.observation.AssociationsListener;
import io.github.associations.observation.DefaultAssociationsObservationConvention;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.scheduler.VirtualTimeScheduler;
import tools.jackson.databind.JsonNode;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Record-level writes coalesced into batch requests, against the emulator: each caller's
 * own answer, same-pair order, the window on virtual time, cancellation and the fallback
 * to single calls.
 */
class CoalescingTests extends EmulatorTestSupport {

    private static final Duration WINDOW = Duration.ofMillis(5);

    private static final AssociationSpec PRIMARY = AssociationSpec
        .hubSpotDefined(AssociationTypeIds.CONTACT_TO_COMPANY_PRIMARY);

    private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();

    /** The calls each coalesced request carried, as told to the listener. */
    private final List<Integer> coalescedCalls = new CopyOnWriteArrayList<>();

    private final TestObservationRegistry registry = TestObservationRegistry.create();

    private AssociationsOperations coalescing(ApiVersion version) {
        return AssociationsTemplate.builder()
            .privateAppToken(this.emulator.privateAppToken())
            .settings(this.template.getSettings().toBuilder().apiVersion(version).build())
            .observationRegistry(this.registry)
            .listener(new AssociationsListener() {
                @Override
                public void callsCoalesced(Operation operation, int calls) {
                    CoalescingTests.this.coalescedCalls.add(calls);
                }
            })
            .coalescing(CoalescingSettings.builder().enabled(true).window(WINDOW).scheduler(this.scheduler).build())
            .build();
    }

    private void windowCloses() {
        this.scheduler.advanceTimeBy(WINDOW);
    }

    private static <T> T answer(CompletableFuture<T> call) throws Exception {
        return call.get(10, TimeUnit.SECONDS);
    }

    private static List<String> pairs(LoggedRequest request) {
        JsonNode inputs = body(request).get("inputs");
        return StreamSupport.stream(inputs.spliterator(), false)
            .map((input) -> input.get("from").get("id").asString() + "->" + input.get("to").get("id").asString())
            .toList();
    }

    @Test
    void resultsReachTheRightCallersIncludingCallersSharingAFromRecord() throws Exception {
        AssociationsOperations associations = coalescing(ApiVersion.V2026_09);
        CompletableFuture<LabelsBetweenRecords> first = associations.records()
            .associate("contacts", "1", "companies", "10", PRIMARY)
            .toFuture();
        CompletableFuture<LabelsBetweenRecords> second = associations.records()
            .associate("contacts", "1", "companies", "11", PRIMARY)
            .toFuture();
        CompletableFuture<LabelsBetweenRecords> third = associations.records()
            .associate("contacts", "2", "companies", "10", PRIMARY)
            .toFuture();
        CompletableFuture<List<DefaultAssociation>> unlabeled = associations.records()
            .associateDefault("contacts", "3", "companies", "12")
            .toFuture();
        assertThat(this.coalescedCalls).isEmpty();

        windowCloses();

        assertThat(answer(first)).isEqualTo(new LabelsBetweenRecords("0-1", "1", "0-2", "10", List.of("Primary")));
        assertThat(answer(second)).isEqualTo(new LabelsBetweenRecords("0-1", "1", "0-2", "11", List.of("Primary")));
        assertThat(answer(third)).isEqualTo(new LabelsBetweenRecords("0-1", "2", "0-2", "10", List.of("Primary")));
        assertThat(answer(unlabeled)).containsExactly(
                new DefaultAssociation("3", "12",
                        AssociationSpec.hubSpotDefined(AssociationTypeIds.CONTACT_TO_COMPANY)),
                new DefaultAssociation("12", "3",
                        AssociationSpec.hubSpotDefined(AssociationTypeIds.COMPANY_TO_CONTACT)));
        LoggedRequest create = onlyRequest(EmulatorEndpoint.BATCH_CREATE);
        assertThat(create.path()).isEqualTo("/crm/associations/2026-09/contacts/companies/batch/create");
        assertThat(pairs(create)).containsExactly("1->10", "1->11", "2->10");
        assertThat(pairs(onlyRequest(EmulatorEndpoint.BATCH_ASSOCIATE_DEFAULT))).containsExactly("3->12");
        assertThat(requests(EmulatorEndpoint.RECORDS_ASSOCIATE)).isEmpty();
        assertThat(requests(EmulatorEndpoint.RECORDS_ASSOCIATE_DEFAULT)).isEmpty();
        assertThat(this.coalescedCalls).containsExactlyInAnyOrder(3, 1);
    }

    @Test
    void aPerInputErrorReachesOnlyTheCallerWhoseInputItNames() throws Exception {
        restart((options) -> options.strictRecords(true), (settings) -> settings);
        this.emulator.state().seedRecords("contacts", List.of("1", "2"));
        this.emulator.state().seedRecords("companies", List.of("10", "11"));
        AssociationsOperations associations = coalescing(ApiVersion.V2026_09);
        CompletableFuture<LabelsBetweenRecords> known = associations.records()
            .associate("contacts", "1", "companies", "10", PRIMARY)
            .toFuture();
        CompletableFuture<LabelsBetweenRecords> unknown = associations.records()
            .associate("contacts", "1", "companies", "99", PRIMARY)
            .toFuture();
        CompletableFuture<LabelsBetweenRecords> other = associations.records()
            .associate("contacts", "2", "companies", "11", PRIMARY)
            .toFuture();

        windowCloses();

        assertThat(answer(known).toObjectId()).isEqualTo("10");
        assertThat(answer(other).toObjectId()).isEqualTo("11");
        assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> answer(unknown))
            .havingCause()
            .isInstanceOfSatisfying(HubSpotValidationException.class, (failure) -> {
                assertThat(failure.getStatus()).isEqualTo(400);
                assertThat(failure.getCategory()).isEqualTo("VALIDATION_ERROR");
                assertThat(failure.getOperation()).isEqualTo(Operation.RECORDS_ASSOCIATE);
                assertThat(failure.getContext().get("toObjectId")).containsExactly("99");
            });
        assertThat(pairs(onlyRequest(EmulatorEndpoint.BATCH_CREATE))).containsExactly("1->10", "1->99", "2->11");
        assertThat(requests(EmulatorEndpoint.RECORDS_ASSOCIATE)).isEmpty();
    }

    @Test
    void callsOnTheSamePairOfRecordsKeepTheirOrderWhateverTheDirection() throws Exception {
        AssociationsOperations associations = coalescing(ApiVersion.V2026_09);
        CompletableFuture<LabelsBetweenRecords> associate = associations.records()
            .associate("contacts", "1", "companies", "10", PRIMARY)
            .toFuture();
        CompletableFuture<Void> remove = associations.records().remove("contact", "1", "company", "10").toFuture();
        CompletableFuture<List<DefaultAssociation>> associateDefault = associations.records()
            .associateDefault("companies", "10", "contacts", "1")
            .toFuture();

        windowCloses();
        answer(associate);
        assertThat(remove).isNotDone();
        assertThat(requests(EmulatorEndpoint.BATCH_ARCHIVE)).isEmpty();
        windowCloses();
        answer(remove);
        assertThat(associateDefault).isNotDone();
        assertThat(requests(EmulatorEndpoint.BATCH_ASSOCIATE_DEFAULT)).isEmpty();
        windowCloses();
        answer(associateDefault);

        assertThat(this.emulator.requests().all()).extracting(LoggedRequest::endpoint)
            .containsExactly(EmulatorEndpoint.BATCH_CREATE, EmulatorEndpoint.BATCH_ARCHIVE,
                    EmulatorEndpoint.BATCH_ASSOCIATE_DEFAULT);
        // Had the remove gone last, the pair would have no association left
        assertThat(this.emulator.state().associations("contacts", "1", "companies")).containsExactly(
                new EmulatorState.Association("10", List.of(new EmulatorState.AssociationType("HUBSPOT_DEFINED",
                        AssociationTypeIds.CONTACT_TO_COMPANY, null))));
    }

    @Test
    void aLoneCallIsSentWhenItsWindowCloses() throws Exception {
        AssociationsOperations associations = coalescing(ApiVersion.V2026_09);
        CompletableFuture<LabelsBetweenRecords> lone = associations.records()
            .associate("contacts", "1", "companies", "10", PRIMARY)
            .toFuture();

        this.scheduler.advanceTimeBy(WINDOW.minusNanos(1));
        assertThat(this.coalescedCalls).isEmpty();
        this.scheduler.advanceTimeBy(Duration.ofNanos(1));
        assertThat(this.coalescedCalls).containsExactly(1);

        assertThat(answer(lone).toObjectId()).isEqualTo("10");
        assertThat(pairs(onlyRequest(EmulatorEndpoint.BATCH_CREATE))).containsExactly("1->10");
    }

    @Test
    void aFullBatchIsSentWithoutWaitingForItsWindow() throws Exception {
        AssociationsOperations associations = AssociationsTemplate.builder()
            .privateAppToken(this.emulator.privateAppToken())
            .settings(this.template.getSettings())
            .coalescing(CoalescingSettings.builder()
                .enabled(true)
                .window(WINDOW)
                .maxInputs(2)
                .scheduler(this.scheduler)
                .build())
            .build();
        CompletableFuture<LabelsBetweenRecords> first = associations.records()
            .associate("contacts", "1", "companies", "10", PRIMARY)
            .toFuture();
        CompletableFuture<LabelsBetweenRecords> second = associations.records()
            .associate("contacts", "2", "companies", "10", PRIMARY)
            .toFuture();

        assertThat(answer(first).fromObjectId()).isEqualTo("1");
        assertThat(answer(second).fromObjectId()).isEqualTo("2");
        assertThat(pairs(onlyRequest(EmulatorEndpoint.BATCH_CREATE))).containsExactly("1->10", "2->10");
    }

    @Test
    void aBatchDueWhileEveryRequestSlotIsTakenKeepsTakingCallsUntilOneFrees() throws Exception {
        // The first request is held until the test lets it go, so that the one slot stays
        // taken
        Sinks.Empty<Void> firstRequestGoes = Sinks.empty();
        AtomicInteger requests = new AtomicInteger();
        AssociationsOperations associations = AssociationsTemplate.builder()
            .privateAppToken(this.emulator.privateAppToken())
            .webClient(WebClient.builder()
                .filter((request, next) -> (requests.incrementAndGet() == 1)
                        ? firstRequestGoes.asMono().then(next.exchange(request)) : next.exchange(request))
                .build())
            .settings(this.template.getSettings().toBuilder().batchConcurrency(1).build())
            .coalescing(CoalescingSettings.builder().enabled(true).window(WINDOW).scheduler(this.scheduler).build())
            .build();
        CompletableFuture<LabelsBetweenRecords> first = associations.records()
            .associate("contacts", "1", "companies", "10", PRIMARY)
            .toFuture();
        windowCloses();
        CompletableFuture<LabelsBetweenRecords> second = associations.records()
            .associate("contacts", "2", "companies", "10", PRIMARY)
            .toFuture();
        windowCloses();
        CompletableFuture<LabelsBetweenRecords> third = associations.records()
            .associate("contacts", "3", "companies", "10", PRIMARY)
            .toFuture();
        windowCloses();
        assertThat(requests).hasValue(1);

        firstRequestGoes.tryEmitEmpty();

        assertThat(answer(first).fromObjectId()).isEqualTo("1");
        assertThat(answer(second).fromObjectId()).isEqualTo("2");
        assertThat(answer(third).fromObjectId()).isEqualTo("3");
        assertThat(requests(EmulatorEndpoint.BATCH_CREATE)).extracting(CoalescingTests::pairs)
            .containsExactly(List.of("1->10"), List.of("2->10", "3->10"));
    }

    @Test
    void cancellingBeforeTheBatchIsSentRemovesTheInput() throws Exception {
        AssociationsOperations associations = coalescing(ApiVersion.V2026_09);
        CompletableFuture<LabelsBetweenRecords> first = associations.records()
            .associate("contacts", "1", "companies", "10", PRIMARY)
            .toFuture();
        Disposable cancelled = associations.records()
            .associate("contacts", "2", "companies", "10", PRIMARY)
            .subscribe();
        CompletableFuture<LabelsBetweenRecords> third = associations.records()
            .associate("contacts", "3", "companies", "10", PRIMARY)
            .toFuture();

        cancelled.dispose();
        windowCloses();

        answer(first);
        answer(third);
        assertThat(pairs(onlyRequest(EmulatorEndpoint.BATCH_CREATE))).containsExactly("1->10", "3->10");
        assertThat(this.emulator.state().associations("contacts", "2", "companies")).isEmpty();
    }

    @Test
    void aLaterCallOnThePairOfACancelledOneGoesInItsPlace() throws Exception {
        AssociationsOperations associations = coalescing(ApiVersion.V2026_09);
        Disposable cancelled = associations.records()
            .associate("contacts", "1", "companies", "10", PRIMARY)
            .subscribe();
        CompletableFuture<List<DefaultAssociation>> later = associations.records()
            .associateDefault("contacts", "1", "companies", "10")
            .toFuture();

        cancelled.dispose();
        windowCloses();

        assertThat(answer(later)).hasSize(2);
        assertThat(requests(EmulatorEndpoint.BATCH_CREATE)).isEmpty();
        assertThat(pairs(onlyRequest(EmulatorEndpoint.BATCH_ASSOCIATE_DEFAULT))).containsExactly("1->10");
    }

    @Test
    void aBatchRefusedAsAWholeFallsBackToSingleCalls() throws Exception {
        this.emulator.faults().injectNext(EmulatorEndpoint.BATCH_CREATE, 1, Fault.status(400));
        AssociationsOperations associations = coalescing(ApiVersion.V2026_09);
        CompletableFuture<LabelsBetweenRecords> first = associations.records()
            .associate("contacts", "1", "companies", "10", PRIMARY)
            .toFuture();
        CompletableFuture<LabelsBetweenRecords> second = associations.records()
            .associate("contacts", "2", "companies", "11", PRIMARY)
            .toFuture();

        windowCloses();

        assertThat(answer(first)).isEqualTo(new LabelsBetweenRecords("0-1", "1", "0-2", "10", List.of("Primary")));
        assertThat(answer(second)).isEqualTo(new LabelsBetweenRecords("0-1", "2", "0-2", "11", List.of("Primary")));
        assertThat(onlyRequest(EmulatorEndpoint.BATCH_CREATE).status()).isEqualTo(400);
        assertThat(requests(EmulatorEndpoint.RECORDS_ASSOCIATE)).extracting(LoggedRequest::path)
            .containsExactlyInAnyOrder("/crm/objects/2026-09/contacts/1/associations/companies/10",
                    "/crm/objects/2026-09/contacts/2/associations/companies/11");
    }

    @Test
    void callsWhoseAnswerCannotBeToldApartAreSentOnTheirOwn() throws Exception {
        // HubSpot's answer to the batch, made up: an error naming contact 1 only (two
        // inputs), an error of a category without an exception naming 3->13, and the
        // result of 2->12
        String answer = """
                {"status":"COMPLETE","results":[{"fromObjectTypeId":"0-1","fromObjectId":"2","toObjectTypeId":"0-2",
                "toObjectId":"12","labels":["Primary"]}],"numErrors":2,"errors":[
                {"status":"error","category":"VALIDATION_ERROR","message":"Contact 1 is locked",
                "context":{"fromObjectId":["1"]}},
                {"status":"error","category":"SOMETHING_NEW","message":"Not now",
                "context":{"fromObjectId":["3"],"toObjectId":["13"]}}],
                "startedAt":"2026-01-01T00:00:00Z","completedAt":"2026-01-01T00:00:00Z"}""";
        AssociationsOperations associations = AssociationsTemplate.builder()
            .privateAppToken(this.emulator.privateAppToken())
            .webClient(WebClient.builder()
                .filter((request, next) -> request.url().getPath().endsWith("/batch/create")
                        ? Mono.just(ClientResponse.create(HttpStatus.OK)
                            .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                            .body(answer)
                            .build())
                        : next.exchange(request))
                .build())
            .settings(this.template.getSettings())
            .coalescing(CoalescingSettings.builder().enabled(true).window(WINDOW).scheduler(this.scheduler).build())
            .build();
        CompletableFuture<LabelsBetweenRecords> first = associations.records()
            .associate("contacts", "1", "companies", "10", PRIMARY)
            .toFuture();
        CompletableFuture<LabelsBetweenRecords> second = associations.records()
            .associate("contacts", "1", "companies", "11", PRIMARY)
            .toFuture();
        CompletableFuture<LabelsBetweenRecords> third = associations.records()
            .associate("contacts", "2", "companies", "12", PRIMARY)
            .toFuture();
        CompletableFuture<LabelsBetweenRecords> fourth = associations.records()
            .associate("contacts", "3", "companies", "13", PRIMARY)
            .toFuture();

        windowCloses();

        assertThat(answer(first)).isEqualTo(new LabelsBetweenRecords("0-1", "1", "0-2", "10", List.of("Primary")));
        assertThat(answer(second)).isEqualTo(new LabelsBetweenRecords("0-1", "1", "0-2", "11", List.of("Primary")));
        assertThat(answer(third)).isEqualTo(new LabelsBetweenRecords("0-1", "2", "0-2", "12", List.of("Primary")));
        assertThat(answer(fourth)).isEqualTo(new LabelsBetweenRecords("0-1", "3", "0-2", "13", List.of("Primary")));
        assertThat(requests(EmulatorEndpoint.RECORDS_ASSOCIATE)).extracting(LoggedRequest::path)
            .containsExactlyInAnyOrder("/crm/objects/2026-09/contacts/1/associations/companies/10",
                    "/crm/objects/2026-09/contacts/1/associations/companies/11",
                    "/crm/objects/2026-09/contacts/3/associations/companies/13");
    }

    @Test
    void aServerErrorOfTheBatchReachesEveryCallerInIt() {
        this.emulator.faults().injectNext(EmulatorEndpoint.BATCH_CREATE, 1, Fault.internalError());
        AssociationsOperations associations = coalescing(ApiVersion.V2026_09);
        CompletableFuture<LabelsBetweenRecords> first = associations.records()
            .associate("contacts", "1", "companies", "10", PRIMARY)
            .toFuture();
        CompletableFuture<LabelsBetweenRecords> second = associations.records()
            .associate("contacts", "2", "companies", "11", PRIMARY)
            .toFuture();

        windowCloses();

        assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> answer(first))
            .withCauseInstanceOf(io.github.associations.error.HubSpotServerException.class);
        assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> answer(second))
            .withCauseInstanceOf(io.github.associations.error.HubSpotServerException.class);
        assertThat(requests(EmulatorEndpoint.RECORDS_ASSOCIATE)).isEmpty();
    }

    @Test
    void inV4AssociateAndAssociateDefaultAreCoalescedAndRemoveStaysSingleInOrder() throws Exception {
        AssociationsOperations associations = coalescing(ApiVersion.V4);
        CompletableFuture<LabelsBetweenRecords> associate = associations.records()
            .associate("contacts", "1", "companies", "10", PRIMARY)
            .toFuture();
        CompletableFuture<List<DefaultAssociation>> associateDefault = associations.records()
            .associateDefault("contacts", "2", "companies", "11")
            .toFuture();
        CompletableFuture<Void> remove = associations.records().remove("companies", "10", "contacts", "1").toFuture();

        assertThat(requests(EmulatorEndpoint.RECORDS_REMOVE)).isEmpty();
        windowCloses();
        answer(associate);
        answer(associateDefault);
        answer(remove);

        assertThat(onlyRequest(EmulatorEndpoint.BATCH_CREATE).path())
            .isEqualTo("/crm/v4/associations/contacts/companies/batch/create");
        assertThat(onlyRequest(EmulatorEndpoint.BATCH_ASSOCIATE_DEFAULT).path())
            .isEqualTo("/crm/v4/associations/contacts/companies/batch/associate/default");
        assertThat(onlyRequest(EmulatorEndpoint.RECORDS_REMOVE).path())
            .isEqualTo("/crm/v4/objects/companies/10/associations/contacts/1");
        assertThat(requests(EmulatorEndpoint.BATCH_ARCHIVE)).isEmpty();
        assertThat(onlyRequest(EmulatorEndpoint.RECORDS_REMOVE).sequence())
            .isGreaterThan(onlyRequest(EmulatorEndpoint.BATCH_CREATE).sequence());
        assertThat(this.emulator.state().associations("contacts", "1", "companies")).isEmpty();
    }

    @Test
    void removesAreCoalescedIntoBatchArchiveInTheDatedVersions() throws Exception {
        this.template.records().associateDefault("contacts", "1", "companies", "10").block();
        this.template.records().associateDefault("contacts", "2", "companies", "11").block();
        AssociationsOperations associations = coalescing(ApiVersion.V2026_03);
        CompletableFuture<Void> first = associations.records().remove("contacts", "1", "companies", "10").toFuture();
        CompletableFuture<Void> second = associations.records().remove("contacts", "2", "companies", "11").toFuture();

        windowCloses();
        answer(first);
        answer(second);

        LoggedRequest archive = onlyRequest(EmulatorEndpoint.BATCH_ARCHIVE);
        assertThat(archive.path()).isEqualTo("/crm/associations/2026-03/contacts/companies/batch/archive");
        assertThat(body(archive).toString()).isEqualTo(
                "{\"inputs\":[{\"from\":{\"id\":\"1\"},\"to\":[{\"id\":\"10\"}]},{\"from\":{\"id\":\"2\"},\"to\":[{\"id\":\"11\"}]}]}");
        assertThat(this.emulator.state().associationCount("contacts", "companies")).isZero();
    }

    @Test
    void theCallerObservesItsCallAndTheBatchRequestIsObservedOnItsOwnAsCoalesced() throws Exception {
        AssociationsOperations associations = coalescing(ApiVersion.V2026_09);
        CompletableFuture<LabelsBetweenRecords> first = associations.records()
            .associate("contacts", "1", "companies", "10", PRIMARY)
            .toFuture();
        CompletableFuture<LabelsBetweenRecords> second = associations.records()
            .associate("contacts", "2", "companies", "10", PRIMARY)
            .toFuture();
        windowCloses();
        answer(first);
        answer(second);

        assertThat(this.registry).hasNumberOfObservationsWithNameEqualTo(DefaultAssociationsObservationConvention.NAME,
                3);
        assertThat(this.registry).hasHandledContextsThatSatisfy((contexts) -> {
            assertThat(contexts)
                .filteredOn((context) -> "hubspot records.associate".equals(context.getContextualName()))
                .hasSize(2)
                .allSatisfy((context) -> assertThat(context.getLowCardinalityKeyValue("coalesced").getValue())
                    .isEqualTo("false"));
            assertThat(contexts).filteredOn((context) -> "hubspot batch.create".equals(context.getContextualName()))
                .singleElement()
                .satisfies((context) -> {
                    assertThat(context.getLowCardinalityKeyValue("coalesced").getValue()).isEqualTo("true");
                    assertThat(context.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("SUCCESS");
                    assertThat(context.getParentObservation()).isNull();
                });
        });
    }

    @Test
    void coalescingIsOffByDefault() {
        this.template.records().associate("contacts", "1", "companies", "10", PRIMARY).block();

        assertThat(requests(EmulatorEndpoint.RECORDS_ASSOCIATE)).hasSize(1);
        assertThat(requests(EmulatorEndpoint.BATCH_CREATE)).isEmpty();
    }

    @Test
    void settingsRefuseAWindowOutOfRangeAndTooManyInputs() {
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> CoalescingSettings.builder().window(Duration.ZERO).build())
            .withMessageContaining("window");
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> CoalescingSettings.builder().window(Duration.ofSeconds(2)).build())
            .withMessageContaining("window");
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> CoalescingSettings.builder().maxInputs(2001).build())
            .withMessageContaining("maxInputs")
            .withMessageContaining("2001");
    }

}
