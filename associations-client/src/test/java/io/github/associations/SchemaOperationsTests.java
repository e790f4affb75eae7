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

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.LoggedRequest;
import io.github.associations.client.ApiVersion;
import io.github.associations.client.SchemaPathStyle;
import io.github.associations.model.AssociationCategory;
import io.github.associations.model.AssociationLimit;
import io.github.associations.model.AssociationSpec;
import io.github.associations.model.AssociationType;
import io.github.associations.model.BatchResult;
import io.github.associations.model.LabelDefinition;
import io.github.associations.model.LimitInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Labels (L1–L4) and limits (C1–C5) against the emulator, in the default API version
 * (2026-09), and under the second path form of the schema endpoints of v4.
 */
class SchemaOperationsTests extends EmulatorTestSupport {

    private static final AssociationSpec DEAL_TO_CONTACT = AssociationSpec
        .hubSpotDefined(AssociationTypeIds.DEAL_TO_CONTACT);

    @Test
    void listLabelsReturnsHubSpotDefinedTypesWithTheUnlabeledOne() {
        List<AssociationType> types = this.template.labels().list("contacts", "companies").collectList().block();

        LoggedRequest request = onlyRequest(EmulatorEndpoint.LABELS_LIST);
        assertThat(request.path()).isEqualTo("/crm/associations/2026-09/contacts/companies/labels");
        assertThat(types).contains(AssociationType.of(AssociationCategory.HUBSPOT_DEFINED, 1, "Primary"),
                AssociationType.of(AssociationCategory.HUBSPOT_DEFINED, 279, null));
    }

    @Test
    void pairedLabelIsCreatedWithOneTypePerDirectionAndCanBeUsed() {
        List<AssociationType> created = this.template.labels()
            .create("contacts", "companies", LabelDefinition.paired("manager_employee", "Manager", "Employee"))
            .block();

        LoggedRequest request = onlyRequest(EmulatorEndpoint.LABELS_CREATE);
        assertThat(request.status()).isEqualTo(200);
        assertThat(body(request).toString())
            .isEqualTo("{\"name\":\"manager_employee\",\"label\":\"Manager\",\"inverseLabel\":\"Employee\"}");
        assertThat(created).hasSize(2)
            .allSatisfy((type) -> assertThat(type.category()).isEqualTo(AssociationCategory.USER_DEFINED));
        assertThat(created).extracting(AssociationType::label).containsExactlyInAnyOrder("Manager", "Employee");
        AssociationType manager = created.stream()
            .filter((type) -> "Manager".equals(type.label()))
            .findFirst()
            .orElseThrow();
        this.template.records().associate("contacts", "1", "companies", "2", manager.toSpec()).block();
        assertThat(this.template.labels().list("companies", "contacts").collectList().block())
            .extracting(AssociationType::label)
            .contains("Employee");
    }

    @Test
    void labelTextIsUpdatedAndTheLabelDeleted() {
        AssociationType created = this.template.labels()
            .create("contacts", "companies", LabelDefinition.single("billing", "Billing"))
            .block()
            .get(0);

        this.template.labels().update("contacts", "companies", created.typeId(), "Accounts payable", null).block();
        assertThat(body(onlyRequest(EmulatorEndpoint.LABELS_UPDATE)).toString())
            .isEqualTo("{\"associationTypeId\":" + created.typeId() + ",\"label\":\"Accounts payable\"}");
        assertThat(this.emulator.state().labels("contacts", "companies")).extracting((type) -> type.label())
            .contains("Accounts payable")
            .doesNotContain("Billing");

        this.template.labels().delete("contacts", "companies", created.typeId()).block();
        LoggedRequest delete = onlyRequest(EmulatorEndpoint.LABELS_DELETE);
        assertThat(delete.path()).isEqualTo("/crm/associations/2026-09/contacts/companies/labels/" + created.typeId());
        assertThat(delete.status()).isEqualTo(204);
        assertThat(this.emulator.state().labels("contacts", "companies")).extracting((type) -> type.typeId())
            .doesNotContain(created.typeId());
    }

    @Test
    @SuppressWarnings("deprecation") // SchemaPathStyle is a v4-only choice
    void schemaCallsCanUseTheCrmAssociationsV4PathForm() {
        restart((options) -> options,
                (settings) -> settings.apiVersion(ApiVersion.V4).schemaPathStyle(SchemaPathStyle.CRM_ASSOCIATIONS_V4));

        this.template.labels().list("contacts", "companies").blockLast();
        this.template.limits().list("deals", "contacts").collectList().block();

        assertThat(onlyRequest(EmulatorEndpoint.LABELS_LIST).path())
            .isEqualTo("/crm/associations/v4/contacts/companies/labels");
        assertThat(onlyRequest(EmulatorEndpoint.LIMITS_LIST).path())
            .isEqualTo("/crm/associations/v4/definitions/configurations/deals/contacts");
    }

    @Test
    void limitsAreCreatedListedUpdatedAndPurged() {
        BatchResult<LimitInput, AssociationLimit> created = this.template.limits()
            .create("deals", "contacts", List.of(LimitInput.of(DEAL_TO_CONTACT, 5)))
            .block();
        assertThat(body(onlyRequest(EmulatorEndpoint.LIMITS_CREATE)).toString())
            .isEqualTo("{\"inputs\":[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":3,\"maxToObjectIds\":5}]}");
        assertThat(created.results()).singleElement()
            .satisfies((limit) -> assertThat(limit.userEnforcedMaxToObjectIds()).isEqualTo(5));

        assertThat(this.template.limits().listAll().collectList().block()).singleElement()
            .satisfies((limit) -> assertThat(limit.typeId()).isEqualTo(3));
        assertThat(onlyRequest(EmulatorEndpoint.LIMITS_LIST_ALL).path())
            .isEqualTo("/crm/associations/2026-09/definitions/configurations/all");

        BatchResult<LimitInput, AssociationLimit> updated = this.template.limits()
            .update("deals", "contacts", List.of(LimitInput.of(DEAL_TO_CONTACT, 7)))
            .block();
        assertThat(updated.results()).singleElement()
            .satisfies((limit) -> assertThat(limit.userEnforcedMaxToObjectIds()).isEqualTo(7));
        assertThat(this.template.limits().list("deals", "contacts").collectList().block()).singleElement()
            .satisfies((limit) -> assertThat(limit.userEnforcedMaxToObjectIds()).isEqualTo(7));

        BatchResult<AssociationSpec, Void> purged = this.template.limits()
            .purge("deals", "contacts", List.of(DEAL_TO_CONTACT))
            .block();
        assertThat(body(onlyRequest(EmulatorEndpoint.LIMITS_PURGE)).toString())
            .isEqualTo("{\"inputs\":[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":3}]}");
        assertThat(purged.errors()).isEmpty();
        assertThat(this.emulator.state().limit("deals", "contacts", "HUBSPOT_DEFINED", 3)).isEmpty();
    }

    @Test
    void limitErrorsAreTiedToTheirInputs() {
        this.template.limits().create("deals", "contacts", List.of(LimitInput.of(DEAL_TO_CONTACT, 5))).block();
        LimitInput again = LimitInput.of(DEAL_TO_CONTACT, 6);
        LimitInput unknownType = LimitInput.of(AssociationSpec.userDefined(987654), 2);

        BatchResult<LimitInput, AssociationLimit> result = this.template.limits()
            .create("deals", "contacts", List.of(again, unknownType))
            .block();

        assertThat(result.results()).isEmpty();
        assertThat(result.errors()).hasSize(2);
        assertThat(result.errors()).extracting((error) -> error.inputs())
            .containsExactlyInAnyOrder(List.of(again), List.of(unknownType));
    }

    @Test
    void highUsageReportIsRequestedForAUser() {
        var report = this.template.usage().requestHighUsageReport(12345).block();

        LoggedRequest request = onlyRequest(EmulatorEndpoint.USAGE_HIGH_USAGE_REPORT);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/crm/associations/2026-09/usage/high-usage-report/12345");
        assertThat(report.userId()).isEqualTo(12345);
        assertThat(report.userEmail()).isNotBlank();
        assertThat(report.enqueueTime()).isNotNull();
    }

}
