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

import java.util.List;

import io.github.associations.client.ApiVersion;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.LoggedRequest;
import io.github.associations.error.HubSpotValidationException;
import io.github.associations.model.ArchiveInput;
import io.github.associations.model.AssociatedRecord;
import io.github.associations.model.AssociationCategory;
import io.github.associations.model.AssociationInput;
import io.github.associations.model.AssociationLimit;
import io.github.associations.model.AssociationSpec;
import io.github.associations.model.AssociationType;
import io.github.associations.model.BatchError;
import io.github.associations.model.BatchReadItem;
import io.github.associations.model.BatchResult;
import io.github.associations.model.DefaultAssociation;
import io.github.associations.model.HighUsageReport;
import io.github.associations.model.LabelDefinition;
import io.github.associations.model.LabelsBetweenRecords;
import io.github.associations.model.LimitInput;
import io.github.associations.model.RecordPair;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every API version against the emulator, which serves v4, 2026-03 and 2026-09 side by
 * side over one state: every group's main calls reach the version's own paths (no request
 * of a date-based version on a v4 path), and every batch call's partial failure reaches
 * {@link BatchResult#errors()} tied to its inputs, whatever status the version answers it
 * with.
 */
class ApiVersionTests extends EmulatorTestSupport {

    private static final AssociationSpec UNLABELED = AssociationSpec
        .hubSpotDefined(AssociationTypeIds.CONTACT_TO_COMPANY);

    private static final AssociationSpec PRIMARY = AssociationSpec
        .hubSpotDefined(AssociationTypeIds.CONTACT_TO_COMPANY_PRIMARY);

    private static final AssociationSpec DEAL_TO_CONTACT = AssociationSpec
        .hubSpotDefined(AssociationTypeIds.DEAL_TO_CONTACT);

    private static final AssociationSpec UNKNOWN_TYPE = AssociationSpec.userDefined(987654);

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiVersion.class)
    void everyGroupsMainCallsUseTheVersionsPaths(ApiVersion version) {
        use(version, false);

        LabelsBetweenRecords labelled = this.template.records()
            .associate("contacts", "1", "companies", "2", PRIMARY)
            .block();
        List<DefaultAssociation> unlabeled = this.template.records()
            .associateDefault("contacts", "1", "companies", "3")
            .block();
        List<String> listed = this.template.records()
            .list("contacts", "1", "companies")
            .map(AssociatedRecord::toObjectId)
            .collectList()
            .block();
        this.template.records().remove("contacts", "1", "companies", "3").block();
        BatchResult<AssociationInput, LabelsBetweenRecords> created = this.template.batch()
            .create("contacts", "companies", List.of(AssociationInput.of("4", "5", PRIMARY)))
            .block();
        BatchResult<String, BatchReadItem> read = this.template.batch()
            .read("contacts", "companies", List.of("1", "4"))
            .block();
        BatchResult<RecordPair, DefaultAssociation> associated = this.template.batch()
            .associateDefault("contacts", "companies", List.of(RecordPair.of("6", "7")))
            .block();
        BatchResult<AssociationInput, Void> labelsArchived = this.template.batch()
            .archiveLabels("contacts", "companies", List.of(AssociationInput.of("4", "5", PRIMARY)))
            .block();
        BatchResult<ArchiveInput, Void> archived = this.template.batch()
            .archive("contacts", "companies", List.of(ArchiveInput.of("6", "7")))
            .block();
        AssociationType label = this.template.labels()
            .create("contacts", "companies", LabelDefinition.single("billing", "Billing"))
            .block()
            .get(0);
        List<AssociationType> labels = this.template.labels().list("contacts", "companies").collectList().block();
        this.template.labels().update("contacts", "companies", label.typeId(), "Accounts payable", null).block();
        this.template.labels().delete("contacts", "companies", label.typeId()).block();
        BatchResult<LimitInput, AssociationLimit> limitCreated = this.template.limits()
            .create("deals", "contacts", List.of(LimitInput.of(DEAL_TO_CONTACT, 5)))
            .block();
        List<AssociationLimit> allLimits = this.template.limits().listAll().collectList().block();
        List<AssociationLimit> pairLimits = this.template.limits().list("deals", "contacts").collectList().block();
        BatchResult<LimitInput, AssociationLimit> limitUpdated = this.template.limits()
            .update("deals", "contacts", List.of(LimitInput.of(DEAL_TO_CONTACT, 7)))
            .block();
        BatchResult<AssociationSpec, Void> purged = this.template.limits()
            .purge("deals", "contacts", List.of(DEAL_TO_CONTACT))
            .block();
        HighUsageReport report = this.template.usage().requestHighUsageReport(12345).block();

        assertThat(labelled.labels()).containsExactly("Primary");
        assertThat(unlabeled).hasSize(2);
        assertThat(listed).containsExactly("2", "3");
        assertThat(created.results()).singleElement()
            .satisfies((pair) -> assertThat(pair.labels()).containsExactly("Primary"));
        assertThat(read.results()).extracting(BatchReadItem::fromId).containsExactly("1", "4");
        assertThat(associated.results()).hasSize(2);
        assertThat(List.of(created, read, associated, labelsArchived, archived, limitCreated, limitUpdated, purged))
            .allSatisfy((result) -> assertThat(result.errors()).isEmpty());
        assertThat(labels).extracting(AssociationType::label).contains("Billing");
        assertThat(this.emulator.state().labels("contacts", "companies")).extracting((type) -> type.label())
            .doesNotContain("Billing", "Accounts payable");
        assertThat(limitCreated.results()).extracting(AssociationLimit::userEnforcedMaxToObjectIds).containsExactly(5);
        assertThat(allLimits).hasSize(1);
        assertThat(pairLimits).hasSize(1);
        assertThat(limitUpdated.results()).extracting(AssociationLimit::userEnforcedMaxToObjectIds).containsExactly(7);
        assertThat(this.emulator.state().limit("deals", "contacts", "HUBSPOT_DEFINED", 3)).isEmpty();
        assertThat(report.userId()).isEqualTo(12345);
        assertThat(this.emulator.state().associations("contacts", "1", "companies"))
            .extracting((association) -> association.toObjectId())
            .containsExactly("2");
        assertThat(this.emulator.state().associations("contacts", "4", "companies")).singleElement()
            .satisfies((association) -> assertThat(association.types()).extracting((type) -> type.typeId())
                .as("the label archived, the unlabeled type kept")
                .containsExactly(AssociationTypeIds.CONTACT_TO_COMPANY));
        assertThat(this.emulator.state().associations("contacts", "6", "companies")).isEmpty();

        List<LoggedRequest> requests = this.emulator.requests().all();
        assertThat(requests).extracting(LoggedRequest::endpoint)
            .containsExactly(EmulatorEndpoint.RECORDS_ASSOCIATE, EmulatorEndpoint.RECORDS_ASSOCIATE_DEFAULT,
                    EmulatorEndpoint.RECORDS_LIST, EmulatorEndpoint.RECORDS_REMOVE, EmulatorEndpoint.BATCH_CREATE,
                    EmulatorEndpoint.BATCH_READ, EmulatorEndpoint.BATCH_ASSOCIATE_DEFAULT,
                    EmulatorEndpoint.BATCH_ARCHIVE_LABELS, EmulatorEndpoint.BATCH_ARCHIVE,
                    EmulatorEndpoint.LABELS_CREATE, EmulatorEndpoint.LABELS_LIST, EmulatorEndpoint.LABELS_UPDATE,
                    EmulatorEndpoint.LABELS_DELETE, EmulatorEndpoint.LIMITS_CREATE, EmulatorEndpoint.LIMITS_LIST_ALL,
                    EmulatorEndpoint.LIMITS_LIST, EmulatorEndpoint.LIMITS_UPDATE, EmulatorEndpoint.LIMITS_PURGE,
                    EmulatorEndpoint.USAGE_HIGH_USAGE_REPORT);
        assertThat(requests).allSatisfy((request) -> {
            assertThat(request.apiVersion()).isEqualTo(emulated(version));
            assertThat(request.path()).contains("/" + version.value() + "/");
            assertThat(request.status()).isBetween(200, 299);
        });
        if (version.isDated()) {
            assertThat(requests).as("no request of %s on a v4 path", version)
                .noneSatisfy((request) -> assertThat(request.path()).contains("/v4/"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiVersion.class)
    @SuppressWarnings("deprecation") // v3 keeps working until HubSpot stops it
    void theV3CallsCallV3WhateverTheVersion(ApiVersion version) {
        use(version, false);

        this.template.v3().types("contacts", "companies").collectList().block();

        assertThat(onlyRequest(EmulatorEndpoint.V3_TYPES).path())
            .isEqualTo("/crm/v3/associations/contacts/companies/types");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiVersion.class)
    void theUriTagNamesTheVersionLiterally(ApiVersion version) {
        TestObservationRegistry registry = TestObservationRegistry.create();
        AssociationsOperations hubSpot = AssociationsTemplate.builder()
            .webClient(WebClient.builder().observationRegistry(registry).build())
            .privateAppToken(this.emulator.privateAppToken())
            .settings(this.template.getSettings().toBuilder().apiVersion(version).build())
            .build();

        hubSpot.batch().read("contacts", "companies", List.of("1")).block();

        String expected = switch (version) {
            case V2026_09 -> "/crm/associations/2026-09/{fromObjectType}/{toObjectType}/batch/read";
            case V2026_03 -> "/crm/associations/2026-03/{fromObjectType}/{toObjectType}/batch/read";
            case V4 -> "/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/read";
        };
        assertThat(registry).hasObservationWithNameEqualTo("http.client.requests")
            .that()
            .hasLowCardinalityKeyValue("uri", expected);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiVersion.class)
    void labelsSeenOnARecordCarryTheirObjectTypeIdsOnlyWhereTheVersionSendsThem(ApiVersion version) {
        use(version, false);
        this.template.records().associate("contacts", "1", "companies", "2", PRIMARY).block();

        List<AssociationType> listed = this.template.records()
            .listPage("contacts", "1", "companies", 10, null)
            .block()
            .results()
            .get(0)
            .associationTypes();
        List<AssociationType> read = this.template.batch()
            .read("contacts", "companies", List.of("1"))
            .block()
            .results()
            .get(0)
            .associatedRecords()
            .get(0)
            .associationTypes();

        List<AssociationType> withoutIds = List.of(
                AssociationType.of(AssociationCategory.HUBSPOT_DEFINED, 1, "Primary"),
                AssociationType.of(AssociationCategory.HUBSPOT_DEFINED, 279, null));
        List<AssociationType> withIds = List.of(
                new AssociationType(AssociationCategory.HUBSPOT_DEFINED, 1, "Primary", "0-1", "0-2"),
                new AssociationType(AssociationCategory.HUBSPOT_DEFINED, 279, null, "0-1", "0-2"));
        assertThat(listed).containsExactlyInAnyOrderElementsOf((version == ApiVersion.V4) ? withoutIds : withIds);
        assertThat(read).as("2026-09 drops them from the batch read")
            .containsExactlyInAnyOrderElementsOf((version == ApiVersion.V2026_03) ? withIds : withoutIds);
    }

    // A partial failure of every batch call, in every version

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiVersion.class)
    void batchReadErrorsAreTiedToTheirInputs(ApiVersion version) {
        use(version, false);
        this.template.records().associateDefault("contacts", "1", "companies", "2").block();

        BatchResult<String, BatchReadItem> result = this.template.batch()
            .read("contacts", "companies", List.of("1", "9"))
            .block();

        assertThat(onlyRequest(EmulatorEndpoint.BATCH_READ).status()).isEqualTo(statusWithErrors(version));
        assertThat(result.results()).extracting(BatchReadItem::fromId).containsExactly("1");
        assertThat(result.errors()).singleElement()
            .satisfies((error) -> assertThat(error.inputs()).containsExactly("9"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiVersion.class)
    void batchCreateErrorsAreTiedToTheirInputs(ApiVersion version) {
        use(version, true);
        AssociationInput unknownCompany = AssociationInput.of("1", "99", UNLABELED);

        BatchResult<AssociationInput, LabelsBetweenRecords> result = this.template.batch()
            .create("contacts", "companies", List.of(AssociationInput.of("1", "2", UNLABELED), unknownCompany))
            .block();

        assertThat(onlyRequest(EmulatorEndpoint.BATCH_CREATE).status()).isEqualTo(statusWithErrors(version));
        assertThat(result.results()).extracting(LabelsBetweenRecords::toObjectId).containsExactly("2");
        assertThat(result.errors()).singleElement()
            .satisfies((error) -> assertThat(error.inputs()).containsExactly(unknownCompany));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiVersion.class)
    void batchAssociateDefaultErrorsAreTiedToTheirInputs(ApiVersion version) {
        use(version, true);
        RecordPair unknownCompany = RecordPair.of("1", "99");

        BatchResult<RecordPair, DefaultAssociation> result = this.template.batch()
            .associateDefault("contacts", "companies", List.of(RecordPair.of("1", "2"), unknownCompany))
            .block();

        assertThat(onlyRequest(EmulatorEndpoint.BATCH_ASSOCIATE_DEFAULT).status()).isEqualTo(200);
        assertThat(result.results()).hasSize(2);
        assertThat(result.errors()).singleElement()
            .satisfies((error) -> assertThat(error.inputs()).containsExactly(unknownCompany));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiVersion.class)
    void batchArchiveErrorsOfTheDatedBatchBodyAreTiedToTheirInputs(ApiVersion version) {
        use(version, true);
        this.template.records().associateDefault("contacts", "1", "companies", "2").block();
        ArchiveInput unknownCompany = ArchiveInput.of("1", "99");

        if (!version.isDated()) {
            // v4 answers 204 without a body and has no per-input errors: the request
            // fails
            ErrorResponsesTests.failure(
                    this.template.batch()
                        .archive("contacts", "companies", List.of(ArchiveInput.of("1", "2"), unknownCompany)),
                    HubSpotValidationException.class);
            assertThat(this.emulator.state().associations("contacts", "1", "companies")).hasSize(1);
            return;
        }
        BatchResult<ArchiveInput, Void> result = this.template.batch()
            .archive("contacts", "companies", List.of(ArchiveInput.of("1", "2"), unknownCompany))
            .block();

        assertThat(onlyRequest(EmulatorEndpoint.BATCH_ARCHIVE).status()).isEqualTo(200);
        assertThat(result.results()).isEmpty();
        assertThat(result.errors()).singleElement()
            .satisfies((error) -> assertThat(error.inputs()).containsExactly(unknownCompany));
        assertThat(this.emulator.state().associations("contacts", "1", "companies")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiVersion.class)
    void batchArchiveLabelsErrorsOfTheDatedBatchBodyAreTiedToTheirInputs(ApiVersion version) {
        use(version, false);
        this.template.records().associate("contacts", "1", "companies", "2", PRIMARY).block();
        AssociationInput unknownType = AssociationInput.of("3", "4", UNKNOWN_TYPE);
        List<AssociationInput> inputs = List.of(AssociationInput.of("1", "2", PRIMARY), unknownType);

        if (!version.isDated()) {
            // v4 answers 204 without a body and has no per-input errors: the request
            // fails
            ErrorResponsesTests.failure(this.template.batch().archiveLabels("contacts", "companies", inputs),
                    HubSpotValidationException.class);
            assertThat(this.emulator.state().associations("contacts", "1", "companies")).singleElement()
                .satisfies((association) -> assertThat(association.types()).hasSize(2));
            return;
        }
        BatchResult<AssociationInput, Void> result = this.template.batch()
            .archiveLabels("contacts", "companies", inputs)
            .block();

        assertThat(onlyRequest(EmulatorEndpoint.BATCH_ARCHIVE_LABELS).status()).isEqualTo(200);
        assertThat(result.errors()).singleElement()
            .satisfies((error) -> assertThat(error.inputs()).containsExactly(unknownType));
        assertThat(this.emulator.state().associations("contacts", "1", "companies")).singleElement()
            .satisfies((association) -> assertThat(association.types()).extracting((type) -> type.typeId())
                .containsExactly(AssociationTypeIds.CONTACT_TO_COMPANY));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiVersion.class)
    void limitsCreateErrorsAreTiedToTheirInputs(ApiVersion version) {
        use(version, false);
        LimitInput unknownType = LimitInput.of(UNKNOWN_TYPE, 2);

        BatchResult<LimitInput, AssociationLimit> result = this.template.limits()
            .create("deals", "contacts", List.of(LimitInput.of(DEAL_TO_CONTACT, 5), unknownType))
            .block();

        assertThat(onlyRequest(EmulatorEndpoint.LIMITS_CREATE).status()).isEqualTo(statusWithErrors(version));
        assertThat(result.results()).hasSize(1);
        assertThat(result.errors()).singleElement()
            .satisfies((error) -> assertThat(error.inputs()).containsExactly(unknownType));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiVersion.class)
    void limitsUpdateErrorsAreTiedToTheirInputs(ApiVersion version) {
        use(version, false);
        this.template.limits().create("deals", "contacts", List.of(LimitInput.of(DEAL_TO_CONTACT, 5))).block();
        LimitInput unknownType = LimitInput.of(UNKNOWN_TYPE, 2);

        BatchResult<LimitInput, AssociationLimit> result = this.template.limits()
            .update("deals", "contacts", List.of(LimitInput.of(DEAL_TO_CONTACT, 6), unknownType))
            .block();

        assertThat(onlyRequest(EmulatorEndpoint.LIMITS_UPDATE).status()).isEqualTo(statusWithErrors(version));
        assertThat(result.results()).hasSize(1);
        assertThat(result.errors()).singleElement()
            .satisfies((error) -> assertThat(error.inputs()).containsExactly(unknownType));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiVersion.class)
    void limitsPurgeErrorsOfTheDatedBatchBodyAreTiedToTheirInputs(ApiVersion version) {
        use(version, false);
        this.template.limits().create("deals", "contacts", List.of(LimitInput.of(DEAL_TO_CONTACT, 5))).block();
        List<AssociationSpec> types = List.of(DEAL_TO_CONTACT, UNKNOWN_TYPE);

        if (!version.isDated()) {
            // v4 answers 204 without a body and has no per-input errors: the request
            // fails
            ErrorResponsesTests.failure(this.template.limits().purge("deals", "contacts", types),
                    HubSpotValidationException.class);
            assertThat(this.emulator.state().limit("deals", "contacts", "HUBSPOT_DEFINED", 3)).hasValue(5);
            return;
        }
        BatchResult<AssociationSpec, Void> result = this.template.limits().purge("deals", "contacts", types).block();

        assertThat(onlyRequest(EmulatorEndpoint.LIMITS_PURGE).status()).isEqualTo(200);
        assertThat(result.errors()).singleElement().satisfies((BatchError<AssociationSpec> error) -> {
            assertThat(error.inputs()).containsExactly(UNKNOWN_TYPE);
        });
        assertThat(this.emulator.state().limit("deals", "contacts", "HUBSPOT_DEFINED", 3)).isEmpty();
    }

    /**
     * Call this version, with strict records (only contacts 1 and companies 2 exist) or
     * lenient ones.
     */
    private void use(ApiVersion version, boolean strictRecords) {
        restart((options) -> options.strictRecords(strictRecords), (settings) -> settings.apiVersion(version));
        if (strictRecords) {
            this.emulator.state().seedRecords("contacts", List.of("1"));
            this.emulator.state().seedRecords("companies", List.of("2"));
        }
    }

    /**
     * The status of a batch answer with per-input errors: 207, but 200 in 2026-09.
     */
    private static int statusWithErrors(ApiVersion version) {
        return (version == ApiVersion.V2026_09) ? 200 : 207;
    }

    static io.github.associations.emulator.control.ApiVersion emulated(ApiVersion version) {
        return io.github.associations.emulator.control.ApiVersion.fromValue(version.value());
    }

}
