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
import io.github.associations.model.AssociatedRecord;
import io.github.associations.model.AssociationCategory;
import io.github.associations.model.AssociationPage;
import io.github.associations.model.AssociationSpec;
import io.github.associations.model.AssociationType;
import io.github.associations.model.DefaultAssociation;
import io.github.associations.model.LabelsBetweenRecords;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R1–R4 against the emulator, in the default API version (2026-09) unless a test checks
 * v4's answer: what HubSpot receives and what the caller gets.
 */
class RecordAssociationOperationsTests extends EmulatorTestSupport {

    @Test
    void associateSendsTheTypesAsAJsonArrayAndReturnsTheLabelsBetweenThePair() {
        LabelsBetweenRecords labels = this.template.records()
            .associate("contacts", "29851", "companies", "5790939450",
                    AssociationSpec.hubSpotDefined(AssociationTypeIds.CONTACT_TO_COMPANY_PRIMARY))
            .block();

        LoggedRequest request = onlyRequest(EmulatorEndpoint.RECORDS_ASSOCIATE);
        assertThat(request.method()).isEqualTo("PUT");
        assertThat(request.path()).isEqualTo("/crm/objects/2026-09/contacts/29851/associations/companies/5790939450");
        assertThat(request.status()).isEqualTo(201);
        assertThat(body(request).toString())
            .isEqualTo("[{\"associationCategory\":\"HUBSPOT_DEFINED\",\"associationTypeId\":1}]");
        assertThat(labels).isEqualTo(new LabelsBetweenRecords("0-1", "29851", "0-2", "5790939450", List.of("Primary")));
    }

    @Test
    void associateDefaultReturnsBothDirections() {
        List<DefaultAssociation> associations = this.template.records()
            .associateDefault("contact", "12345", "company", "67891")
            .block();

        LoggedRequest request = onlyRequest(EmulatorEndpoint.RECORDS_ASSOCIATE_DEFAULT);
        assertThat(request.path()).isEqualTo("/crm/objects/2026-09/contact/12345/associations/default/company/67891");
        assertThat(request.body()).isNullOrEmpty();
        assertThat(associations).containsExactly(
                new DefaultAssociation("12345", "67891",
                        AssociationSpec.hubSpotDefined(AssociationTypeIds.CONTACT_TO_COMPANY)),
                new DefaultAssociation("67891", "12345",
                        AssociationSpec.hubSpotDefined(AssociationTypeIds.COMPANY_TO_CONTACT)));
    }

    @Test
    void listPageReturnsTheAssociatedRecordsWithTheirTypes() {
        // v4's labels on a record carry no object type ids; the dated versions' are in
        // ApiVersionTests
        restart((options) -> options, (settings) -> settings.apiVersion(ApiVersion.V4));
        this.template.records()
            .associate("contacts", "1", "companies", "2",
                    AssociationSpec.hubSpotDefined(AssociationTypeIds.CONTACT_TO_COMPANY_PRIMARY))
            .block();

        AssociationPage page = this.template.records().listPage("contacts", "1", "companies", 10, null).block();

        LoggedRequest request = onlyRequest(EmulatorEndpoint.RECORDS_LIST);
        assertThat(request.path()).isEqualTo("/crm/v4/objects/contacts/1/associations/companies");
        assertThat(request.query()).isEqualTo("limit=10");
        assertThat(page.nextAfter()).isNull();
        assertThat(page.results()).containsExactly(
                new AssociatedRecord("2", List.of(AssociationType.of(AssociationCategory.HUBSPOT_DEFINED, 1, "Primary"),
                        AssociationType.of(AssociationCategory.HUBSPOT_DEFINED, 279, null))));
    }

    @Test
    void listStreamsTwelveHundredFiftyAssociationsInThreeRequests() {
        this.emulator.state().addSyntheticAssociations("contacts", "7", "companies", 1250);

        StepVerifier
            .create(this.template.records().list("contacts", "7", "companies").map(AssociatedRecord::toObjectId))
            .expectNextCount(1250)
            .verifyComplete();

        List<LoggedRequest> requests = requests(EmulatorEndpoint.RECORDS_LIST);
        assertThat(requests).hasSize(3);
        assertThat(requests.get(0).query()).isEqualTo("limit=500");
        assertThat(requests.get(1).query()).startsWith("limit=500&after=");
        assertThat(requests.get(2).query()).startsWith("limit=500&after=");
        assertThat(requests.get(1).query()).isNotEqualTo(requests.get(2).query());
    }

    @Test
    void listStreamsEveryAssociationOnceAndInOrder() {
        this.emulator.state().addSyntheticAssociations("contacts", "7", "companies", 1250);

        List<String> ids = this.template.records()
            .list("contacts", "7", "companies")
            .map(AssociatedRecord::toObjectId)
            .collectList()
            .block();

        assertThat(ids).hasSize(1250).doesNotHaveDuplicates().startsWith("1", "2").endsWith("1249", "1250");
    }

    @Test
    void takingTenAssociationsSendsOneRequest() {
        this.emulator.state().addSyntheticAssociations("contacts", "7", "companies", 1250);

        StepVerifier.create(this.template.records().list("contacts", "7", "companies").take(10))
            .expectNextCount(10)
            .verifyComplete();

        assertThat(this.sent).hasValue(1);
        assertThat(requests(EmulatorEndpoint.RECORDS_LIST)).hasSize(1);
    }

    @Test
    void aSlowSubscriberGetsTheNextPageOnlyWhenItHasConsumedThisOne() {
        this.emulator.state().addSyntheticAssociations("contacts", "7", "companies", 1250);

        StepVerifier.create(this.template.records().list("contacts", "7", "companies"), 0)
            .thenRequest(1)
            .expectNextCount(1)
            .then(() -> assertThat(this.sent).hasValue(1))
            .thenRequest(498)
            .expectNextCount(498)
            .then(() -> assertThat(this.sent).hasValue(1))
            .thenRequest(2)
            .expectNextCount(2)
            .then(() -> assertThat(this.sent).hasValue(2))
            .thenCancel()
            .verify();
    }

    @Test
    void listIsColdAndSendsNothingUntilSubscribed() {
        this.template.records().list("contacts", "7", "companies");
        this.template.records().remove("contacts", "1", "companies", "2");

        assertThat(this.sent).hasValue(0);
        assertThat(this.emulator.requests().count()).isZero();
    }

    @Test
    void removeDeletesEveryAssociationBetweenThePair() {
        this.template.records().associateDefault("contacts", "1", "companies", "2").block();

        this.template.records().remove("contacts", "1", "companies", "2").block();

        LoggedRequest request = onlyRequest(EmulatorEndpoint.RECORDS_REMOVE);
        assertThat(request.method()).isEqualTo("DELETE");
        assertThat(request.path()).isEqualTo("/crm/objects/2026-09/contacts/1/associations/companies/2");
        assertThat(request.status()).isEqualTo(204);
        assertThat(this.emulator.state().associations("contacts", "1", "companies")).isEmpty();
    }

}
