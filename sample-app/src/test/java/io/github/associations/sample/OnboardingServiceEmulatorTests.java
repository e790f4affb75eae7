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

import io.github.associations.test.emulator.AutoConfigureHubSpotEmulator;
import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.Fault;
import io.github.associations.emulator.control.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's service tested as an application team would test theirs:
 * {@link AutoConfigureHubSpotEmulator} starts the emulator, the test seeds the account's
 * records, makes HubSpot stumble, and checks what HubSpot ended up with.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = { "sample.run-job=false", "sample.contacts=500", "sample.companies=10",
                "sample.first-contact-id=1001", "sample.first-company-id=1" })
@AutoConfigureHubSpotEmulator(strictRecords = true)
class OnboardingServiceEmulatorTests {

    @Autowired
    private AssociationsOnboardingService onboarding;

    @Autowired
    private HubSpotEmulator hubSpot;

    @BeforeEach
    void accountWithContactsAndCompanies() {
        this.hubSpot.reset();
        this.hubSpot.state().seedRecordRange("contacts", 1001, 500);
        this.hubSpot.state().seedRecordRange("companies", 1, 10);
    }

    @Test
    void theJobLinksEveryContactThroughARateLimitAndAServerError(ApplicationContext context) {
        // A one-second window, which HubSpot's headers of the 429 name: the retry waits
        // until the window has room, a second here rather than HubSpot's ten
        this.hubSpot.rateLimits().window(100, Duration.ofSeconds(1));
        this.hubSpot.faults().injectNext(EmulatorEndpoint.BATCH_CREATE, 1, Fault.tenSecondlyRateLimit());
        this.hubSpot.faults().injectNext(EmulatorEndpoint.BATCH_READ, 1, Fault.serviceUnavailable());

        OnboardingSummary summary = this.onboarding.onboard().block(Duration.ofMinutes(1));

        assertThat(summary.linked()).isEqualTo(500);
        assertThat(summary.failedLinks()).isZero();
        assertThat(summary.readInBatch()).isEqualTo(500);
        assertThat(this.hubSpot.state().associationCount("contacts", "companies")).isEqualTo(500);
        assertThat(this.hubSpot.state().associations("companies", "1", "contacts")).hasSize(50);
        // The client's default API version, 2026-09, answers a batch create 200 (v4: 201)
        assertThat(this.hubSpot.requests().forEndpoint(EmulatorEndpoint.BATCH_CREATE)).extracting(LoggedRequest::status)
            .containsExactly(429, 200);
        assertThat(this.hubSpot.requests().forEndpoint(EmulatorEndpoint.BATCH_READ)).extracting(LoggedRequest::status)
            .containsExactly(503, 200);
        // The application's own embedded emulator backed off: one emulator, the test's
        assertThat(context.getBeansOfType(HubSpotEmulator.class)).containsOnlyKeys("hubSpotEmulator");
    }

    @Test
    void contactsMissingFromTheAccountAreReportedAsFailedLinks() {
        this.hubSpot.reset();
        this.hubSpot.state().seedRecordRange("contacts", 1001, 400);
        this.hubSpot.state().seedRecordRange("companies", 1, 10);

        OnboardingSummary summary = this.onboarding.onboard().block(Duration.ofMinutes(1));

        assertThat(summary.linked()).isEqualTo(400);
        assertThat(summary.failedLinks()).isEqualTo(100);
        assertThat(this.hubSpot.state().associationCount("contacts", "companies")).isEqualTo(400);
    }

}
