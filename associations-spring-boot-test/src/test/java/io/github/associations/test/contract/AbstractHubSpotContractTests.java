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

package io.github.associations.test.contract;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.github.associations.AssociationTypeIds;
import io.github.associations.AssociationsOperations;
import io.github.associations.client.AssociationsSettings;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorState;
import io.github.associations.emulator.control.Fault;
import io.github.associations.emulator.control.LoggedRequest;
import io.github.associations.model.ArchiveInput;
import io.github.associations.model.AssociatedRecord;
import io.github.associations.model.AssociationInput;
import io.github.associations.model.AssociationLimit;
import io.github.associations.model.AssociationSpec;
import io.github.associations.model.AssociationType;
import io.github.associations.model.BatchReadItem;
import io.github.associations.model.BatchResult;
import io.github.associations.model.DefaultAssociation;
import io.github.associations.model.HighUsageReport;
import io.github.associations.model.LabelDefinition;
import io.github.associations.model.LabelsBetweenRecords;
import io.github.associations.model.LimitInput;
import io.github.associations.model.RecordPair;
import io.github.associations.model.V3Association;
import io.github.associations.model.V3AssociationInput;
import io.github.associations.model.V3AssociationType;
import io.github.associations.model.V3BatchReadItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract an application relies on, run through the auto-configured
 * {@link AssociationsOperations} against the emulator: the main calls of every group, a
 * rate-limited run and a retried fault. Subclasses say where the emulator runs
 * (in-process, in a container) and how to reach it.
 */
@SpringBootTest(classes = AbstractHubSpotContractTests.ContractApplication.class,
        properties = { "spring.main.web-application-type=none",
                "hubspot.rate-limit.max-requests=" + AbstractHubSpotContractTests.WINDOW_REQUESTS,
                "hubspot.rate-limit.interval=" + AbstractHubSpotContractTests.WINDOW_MILLIS + "ms",
                "hubspot.rate-limit.safety-margin=50ms", "hubspot.retry.initial-backoff=100ms" })
abstract class AbstractHubSpotContractTests {

    /**
     * The emulator's window (per second) and the client's, matched as an application
     * matches HubSpot's.
     */
    static final int WINDOW_REQUESTS = 20;

    /**
     * The window's length: short, so that a paced run of three windows costs a second;
     * the client counts each request until an interval after its answer, so the emulator
     * never sees more than {@link #WINDOW_REQUESTS} within it, however busy the machine.
     */
    static final long WINDOW_MILLIS = 300;

    static final Duration WINDOW = Duration.ofMillis(WINDOW_MILLIS);

    private static final AssociationSpec CONTACT_TO_COMPANY = AssociationSpec
        .hubSpotDefined(AssociationTypeIds.CONTACT_TO_COMPANY);

    @Autowired
    AssociationsOperations hubSpot;

    @Autowired
    AssociationsSettings settings;

    abstract EmulatorControl emulator();

    @BeforeEach
    void startFromAnEmptyAccount() {
        emulator().reset();
        emulator().rateLimitWindow(WINDOW_REQUESTS, WINDOW);
    }

    @AfterEach
    void aDatedVersionNeverReachesAV4Path() {
        List<LoggedRequest> requests = emulator().requests();
        assertThat(requests).isNotEmpty();
        if (this.settings.apiVersion().isDated()) {
            assertThat(requests).extracting(LoggedRequest::path)
                .noneMatch((path) -> path.contains("/v4/"))
                .allMatch((path) -> path.contains("/" + this.settings.apiVersion().value() + "/")
                        || path.startsWith("/crm/v3/"));
        }
        else {
            assertThat(requests).extracting(LoggedRequest::path)
                .allMatch((path) -> path.contains("/v4/") || path.startsWith("/crm/v3/"));
        }
    }

    @Test
    void recordsAreAssociatedWithLabelsByDefaultListedAndRemoved() {
        int manager = labelTypeId(this.hubSpot.labels()
            .create("contacts", "companies", LabelDefinition.paired("manager_employee", "Manager", "Employee"))
            .block(), "Manager");

        LabelsBetweenRecords labelled = this.hubSpot.records()
            .associate("contacts", "1", "companies", "10", List.of(AssociationSpec.userDefined(manager)))
            .block();
        List<DefaultAssociation> unlabeled = this.hubSpot.records()
            .associateDefault("contacts", "2", "companies", "10")
            .block();
        List<AssociatedRecord> contacts = this.hubSpot.records()
            .list("companies", "10", "contacts")
            .collectList()
            .block();

        assertThat(labelled.labels()).containsExactly("Manager");
        assertThat(unlabeled).hasSize(2);
        assertThat(contacts).extracting(AssociatedRecord::toObjectId).containsExactlyInAnyOrder("1", "2");
        assertThat(emulator().associations("contacts", "1", "companies")).singleElement()
            .satisfies((association) -> assertThat(association.types()).extracting(EmulatorState.AssociationType::label)
                .contains("Manager"));

        this.hubSpot.records().remove("contacts", "1", "companies", "10").block();

        assertThat(emulator().associations("contacts", "1", "companies")).isEmpty();
        assertThat(this.hubSpot.records().listPage("companies", "10", "contacts", 10, null).block().results())
            .extracting(AssociatedRecord::toObjectId)
            .containsExactly("2");
    }

    @Test
    void batchCallsCreateReadAssociateByDefaultAndArchive() {
        BatchResult<AssociationInput, LabelsBetweenRecords> created = this.hubSpot.batch()
            .create("contacts", "companies",
                    List.of(AssociationInput.of("1", "10", CONTACT_TO_COMPANY),
                            AssociationInput.of("2", "10", CONTACT_TO_COMPANY)))
            .block();
        BatchResult<RecordPair, DefaultAssociation> defaults = this.hubSpot.batch()
            .associateDefault("contacts", "companies", List.of(RecordPair.of("3", "10")))
            .block();
        BatchResult<String, BatchReadItem> read = this.hubSpot.batch()
            .read("companies", "contacts", List.of("10"))
            .block();

        assertThat(created.hasErrors()).isFalse();
        assertThat(created.results()).hasSize(2);
        assertThat(defaults.results()).isNotEmpty();
        assertThat(read.results()).singleElement()
            .satisfies((item) -> assertThat(item.associatedRecords()).extracting(AssociatedRecord::toObjectId)
                .containsExactlyInAnyOrder("1", "2", "3"));

        this.hubSpot.batch()
            .archiveLabels("contacts", "companies", List.of(AssociationInput.of("1", "10", CONTACT_TO_COMPANY)))
            .block();
        this.hubSpot.batch().archive("contacts", "companies", List.of(ArchiveInput.of("2", "10"))).block();

        assertThat(emulator().associations("companies", "10", "contacts"))
            .extracting(EmulatorState.Association::toObjectId)
            .containsExactly("3");
    }

    @Test
    void labelsAreCreatedListedUpdatedAndDeleted() {
        int reseller = labelTypeId(this.hubSpot.labels()
            .create("contacts", "companies", LabelDefinition.single("reseller", "Reseller"))
            .block(), "Reseller");

        this.hubSpot.labels().update("contacts", "companies", reseller, "Accounts payable", null).block();

        assertThat(this.hubSpot.labels().list("contacts", "companies").collectList().block())
            .extracting(AssociationType::label)
            .contains("Accounts payable")
            .doesNotContain("Reseller");

        this.hubSpot.labels().delete("contacts", "companies", reseller).block();

        assertThat(this.hubSpot.labels().list("contacts", "companies").collectList().block())
            .extracting(AssociationType::typeId)
            .doesNotContain(reseller);
    }

    @Test
    void limitsAreCreatedListedUpdatedAndPurged() {
        BatchResult<LimitInput, AssociationLimit> created = this.hubSpot.limits()
            .create("contacts", "companies", List.of(LimitInput.of(CONTACT_TO_COMPANY, 5)))
            .block();
        this.hubSpot.limits().update("contacts", "companies", List.of(LimitInput.of(CONTACT_TO_COMPANY, 7))).block();

        assertThat(created.hasErrors()).isFalse();
        assertThat(this.hubSpot.limits().list("contacts", "companies").collectList().block())
            .extracting(AssociationLimit::userEnforcedMaxToObjectIds)
            .containsExactly(7);

        this.hubSpot.limits().purge("contacts", "companies", List.of(CONTACT_TO_COMPANY)).block();

        assertThat(this.hubSpot.limits().list("contacts", "companies").collectList().block()).isEmpty();
    }

    @Test
    void aHighUsageReportIsRequested() {
        HighUsageReport report = this.hubSpot.usage().requestHighUsageReport(42).block();

        assertThat(report.userId()).isEqualTo(42);
    }

    @Test
    @SuppressWarnings("deprecation") // v3 keeps working until HubSpot stops it
    void v3CallsListTypesCreateReadAndArchive() {
        List<V3AssociationType> types = this.hubSpot.v3().types("contacts", "deals").collectList().block();
        V3AssociationInput input = V3AssociationInput.of("1", "20", "contact_to_deal");

        BatchResult<V3AssociationInput, V3Association> created = this.hubSpot.v3()
            .create("contacts", "deals", List.of(input))
            .block();
        BatchResult<String, V3BatchReadItem> read = this.hubSpot.v3().read("contacts", "deals", List.of("1")).block();

        assertThat(types).extracting(V3AssociationType::name).contains("contact_to_deal");
        assertThat(created.results()).containsExactly(new V3Association("1", "20", "contact_to_deal"));
        assertThat(read.results()).singleElement()
            .satisfies((item) -> assertThat(item.associatedRecords()).isNotEmpty());

        this.hubSpot.v3().archive("contacts", "deals", List.of(input)).block();

        assertThat(emulator().associations("contacts", "1", "deals")).isEmpty();
    }

    @Test
    void aRunBeyondTheWindowIsPacedWithoutA429() {
        int calls = 3 * WINDOW_REQUESTS;

        Long succeeded = Flux.range(1, calls)
            .flatMap((i) -> this.hubSpot.records().listPage("contacts", Integer.toString(i), "companies", 10, null), 16)
            .count()
            .block(Duration.ofSeconds(60));

        assertThat(succeeded).isEqualTo(calls);
        assertThat(emulator().statuses(EmulatorEndpoint.RECORDS_LIST)).hasSize(calls).containsOnly(200);
        // As the emulator saw them arrive: never more than the window's requests within
        // one window, so the run was paced, not let through
        List<Instant> arrivals = emulator().requests()
            .stream()
            .filter((request) -> request.endpoint() == EmulatorEndpoint.RECORDS_LIST)
            .map(LoggedRequest::time)
            .sorted()
            .toList();
        for (Instant arrival : arrivals) {
            Instant windowStart = arrival.minus(WINDOW);
            long inWindow = arrivals.stream()
                .filter((other) -> other.isAfter(windowStart) && !other.isAfter(arrival))
                .count();
            assertThat(inWindow).as("requests in the window ending at %s", arrival)
                .isLessThanOrEqualTo(WINDOW_REQUESTS);
        }
        assertThat(arrivals).hasSize(calls);
    }

    @Test
    void aServerErrorIsRetriedAndTheCallSucceeds() {
        emulator().injectNext(EmulatorEndpoint.RECORDS_LIST, 1, Fault.serviceUnavailable());

        List<AssociatedRecord> records = this.hubSpot.records()
            .list("contacts", "1", "companies")
            .collectList()
            .block();

        assertThat(records).isEmpty();
        assertThat(emulator().statuses(EmulatorEndpoint.RECORDS_LIST)).containsExactly(503, 200);
    }

    private static int labelTypeId(List<AssociationType> types, String label) {
        return types.stream()
            .filter((type) -> label.equals(type.label()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No type labelled " + label + " in " + types))
            .typeId();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class ContractApplication {

    }

}
