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

package io.github.associations.emulator;

import java.util.List;

import io.github.associations.emulator.control.EmulatorState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The Java state API tests and the server use to seed and inspect the emulator.
 */
class EmulatorStateTests extends EmulatorApiTestSupport {

    @Test
    void strictModeKnowsOnlySeededRecords() {
        useSettings(settings(true));
        state().seedRecords("contacts", List.of("5", "7"));
        state().seedRecordRange("0-2", 100, 50);
        assertThat(state().recordExists("contact", "5")).isTrue();
        assertThat(state().recordExists("CONTACTS", "6")).isFalse();
        assertThat(state().recordExists("companies", "100")).isTrue();
        assertThat(state().recordExists("companies", "149")).isTrue();
        assertThat(state().recordExists("companies", "150")).isFalse();
        assertThat(state().recordExists("deals", "5")).isFalse();
        assertThat(state().recordExists("contacts", "abc")).isFalse();
    }

    @Test
    void lenientModeKnowsEveryPositiveNumericId() {
        assertThat(state().recordExists("deals", "123456789012")).isTrue();
        assertThat(state().recordExists("deals", "0")).isFalse();
        assertThat(state().recordExists("deals", "x")).isFalse();
    }

    @Test
    void unknownObjectTypesAndBadIdsAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> state().seedRecords("widgets", List.of("1")));
        assertThatIllegalArgumentException().isThrownBy(() -> state().seedRecords("contacts", List.of("-1")));
        assertThatIllegalArgumentException().isThrownBy(() -> state().associations("contacts", "abc", "companies"));
    }

    @Test
    void associationsAndCountsReflectBothSides() {
        put("/crm/v4/objects/contacts/1/associations/default/companies/2");
        put("/crm/v4/objects/companies/3/associations/default/contacts/1");
        put("/crm/v4/objects/contacts/1/associations/default/contacts/4");
        assertThat(state().associations("contacts", "1", "companies")).containsExactly(
                new EmulatorState.Association("2",
                        List.of(new EmulatorState.AssociationType("HUBSPOT_DEFINED", 279, null))),
                new EmulatorState.Association("3",
                        List.of(new EmulatorState.AssociationType("HUBSPOT_DEFINED", 279, null))));
        assertThat(state().associationCount("contacts", "companies")).isEqualTo(2);
        assertThat(state().associationCount("companies", "contacts")).isEqualTo(2);
        assertThat(state().associationCount("contacts", "contacts")).isEqualTo(1);
        assertThat(state().associations("contacts", "4", "contacts")).hasSize(1);
    }

    @Test
    void labelsAndLimitsAreVisible() {
        assertThat(state().labels("deals", "contacts"))
            .containsExactly(new EmulatorState.AssociationType("HUBSPOT_DEFINED", 3, null));
        postJson("/crm/v4/associations/definitions/configurations/deals/contacts/batch/create",
                "{\"inputs\":[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":3,\"maxToObjectIds\":5}]}");
        assertThat(state().limit("0-3", "0-1", "HUBSPOT_DEFINED", 3)).hasValue(5);
        assertThat(state().limit("0-3", "0-1", "USER_DEFINED", 3)).isEmpty();
        assertThat(state().limit("0-1", "0-3", "HUBSPOT_DEFINED", 3)).isEmpty();
    }

    @Test
    void resetForgetsEverything() {
        postJson("/crm/v4/associations/contacts/companies/labels", "{\"name\":\"advisor\",\"label\":\"Advisor\"}");
        put("/crm/v4/objects/contacts/1/associations/default/companies/2");
        state().addSyntheticAssociations("contacts", "9", "companies", 10);
        postJson("/crm/v4/associations/definitions/configurations/deals/contacts/batch/create",
                "{\"inputs\":[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":3,\"maxToObjectIds\":5}]}");
        state().reset();
        assertThat(state().associationCount("contacts", "companies")).isZero();
        assertThat(state().labels("contacts", "companies")).hasSize(3);
        assertThat(state().limit("deals", "contacts", "HUBSPOT_DEFINED", 3)).isEmpty();
        assertThat(state().associations("contacts", "9", "companies")).isEmpty();
    }

}
