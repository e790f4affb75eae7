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

package io.github.associations.sample;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

import io.github.associations.AssociationTypeIds;
import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's job against the embedded emulator (no credentials configured), checked in
 * the emulator's state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = { "sample.run-job=false", "sample.contacts=3000", "sample.companies=30" })
class OnboardingJobTests {

    @Autowired
    private AssociationsOnboardingService onboarding;

    @Autowired
    private HubSpotEmulator emulator;

    @BeforeEach
    void freshEmulator() {
        this.emulator.reset();
    }

    @Test
    void linksEveryContactLabelsEachCompanysManagerAndLimitsCompanies() {
        OnboardingSummary summary = this.onboarding.onboard().block(Duration.ofMinutes(2));

        EmulatorState state = this.emulator.state();
        assertThat(summary.linked()).isEqualTo(3000);
        assertThat(summary.failedLinks()).isZero();
        assertThat(state.associationCount("contacts", "companies")).isEqualTo(3000);
        assertThat(state.labels("contacts", "companies")).extracting(EmulatorState.AssociationType::label)
            .contains("Manager");
        assertThat(state.labels("companies", "contacts")).extracting(EmulatorState.AssociationType::label)
            .contains("Employee");
        List<EmulatorState.Association> firstCompany = state.associations("companies", "1", "contacts");
        assertThat(firstCompany).hasSize(100);
        assertThat(firstCompany)
            .filteredOn(
                    (association) -> association.types().stream().anyMatch((type) -> "Employee".equals(type.label())))
            .hasSize(1);
        assertThat(state.limit("companies", "contacts", "HUBSPOT_DEFINED", AssociationTypeIds.COMPANY_TO_CONTACT))
            .isEqualTo(OptionalInt.of(200));
        assertThat(summary.streamed()).isEqualTo(100);
        assertThat(summary.readInBatch()).isEqualTo(3000);
        assertThat(this.emulator.requests().count(EmulatorEndpoint.USAGE_HIGH_USAGE_REPORT)).isEqualTo(1);
        // Label list, create, list; 3 batch creates of 1,000 links; limit list and
        // create; 1 page; 1 batch read;
        // the report: every request the client counted reached the emulator.
        assertThat(summary.requests()).isEqualTo(11).isEqualTo(this.emulator.requests().count());
    }

    @Test
    void runningTheJobAgainReusesTheLabelAndChangesTheLimit() {
        this.onboarding.onboard().block(Duration.ofMinutes(2));
        OnboardingSummary again = this.onboarding.onboard().block(Duration.ofMinutes(2));

        assertThat(again.failedLinks()).isZero();
        assertThat(this.emulator.state().labels("contacts", "companies"))
            .filteredOn((type) -> "Manager".equals(type.label()))
            .hasSize(1);
        assertThat(this.emulator.requests().count(EmulatorEndpoint.LIMITS_UPDATE)).isGreaterThanOrEqualTo(1);
    }

}
