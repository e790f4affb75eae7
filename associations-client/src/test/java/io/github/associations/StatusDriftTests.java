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
import io.github.associations.emulator.control.LoggedRequest;
import io.github.associations.model.ArchiveInput;
import io.github.associations.model.AssociationInput;
import io.github.associations.model.AssociationSpec;
import io.github.associations.model.AssociationType;
import io.github.associations.model.LabelDefinition;
import io.github.associations.model.LimitInput;
import io.github.associations.model.RecordPair;
import io.github.associations.model.V3AssociationInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HubSpot has answered 200 where 201 was documented and 200 with a body where 204 was,
 * breaking the official SDKs; every call must still succeed and mean the same, in every
 * API version.
 */
class StatusDriftTests extends EmulatorTestSupport {

    private static final AssociationSpec UNLABELED = AssociationSpec
        .hubSpotDefined(AssociationTypeIds.CONTACT_TO_COMPANY);

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiVersion.class)
    @SuppressWarnings("deprecation") // v3 keeps working until HubSpot stops it
    void everyCallSucceedsWhenCreatedBecomesOkAndNoContentGetsABody(ApiVersion version) {
        restart((options) -> options, (settings) -> settings.apiVersion(version));
        this.emulator.faults().statusDrift(true);
        AssociationsOperations hubSpot = this.template;

        assertThat(hubSpot.records().associate("contacts", "1", "companies", "2", UNLABELED).block().labels())
            .isEmpty();
        assertThat(hubSpot.records().associateDefault("contacts", "1", "companies", "3").block()).hasSize(2);
        hubSpot.records().remove("contacts", "1", "companies", "3").block();
        assertThat(hubSpot.batch()
            .create("contacts", "companies", List.of(AssociationInput.of("4", "5", UNLABELED)))
            .block()
            .results()).hasSize(1);
        assertThat(hubSpot.batch()
            .associateDefault("contacts", "companies", List.of(RecordPair.of("6", "7")))
            .block()
            .results()).hasSize(2);
        assertThat(
                hubSpot.batch().archive("contacts", "companies", List.of(ArchiveInput.of("6", "7"))).block().errors())
            .isEmpty();
        assertThat(hubSpot.batch()
            .archiveLabels("contacts", "companies", List.of(AssociationInput.of("4", "5", UNLABELED)))
            .block()
            .errors()).isEmpty();
        List<AssociationType> label = hubSpot.labels()
            .create("contacts", "companies", LabelDefinition.single("drift", "Drift"))
            .block();
        hubSpot.labels().update("contacts", "companies", label.get(0).typeId(), "Drifted", null).block();
        hubSpot.labels().delete("contacts", "companies", label.get(0).typeId()).block();
        AssociationSpec dealToContact = AssociationSpec.hubSpotDefined(AssociationTypeIds.DEAL_TO_CONTACT);
        assertThat(hubSpot.limits()
            .create("deals", "contacts", List.of(LimitInput.of(dealToContact, 4)))
            .block()
            .results()).hasSize(1);
        assertThat(hubSpot.limits().purge("deals", "contacts", List.of(dealToContact)).block().errors()).isEmpty();
        assertThat(hubSpot.v3()
            .create("contacts", "deals", List.of(V3AssociationInput.of("1", "2", "contact_to_deal")))
            .block()
            .results()).hasSize(1);
        assertThat(hubSpot.v3()
            .archive("contacts", "deals", List.of(V3AssociationInput.of("1", "2", "contact_to_deal")))
            .block()
            .errors()).isEmpty();

        List<LoggedRequest> requests = this.emulator.requests().all();
        assertThat(requests).hasSize(14).allSatisfy((request) -> assertThat(request.status()).isEqualTo(200));
        assertThat(this.emulator.state().associations("contacts", "1", "companies")).hasSize(1);
        assertThat(this.emulator.state().associations("contacts", "4", "companies")).isEmpty();
    }

}
