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

package io.github.associations.test.emulator;

import java.net.ConnectException;
import java.net.Socket;
import java.util.List;

import io.github.associations.AssociationsOperations;
import io.github.associations.autoconfigure.HubSpotConnectionDetails;
import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.emulator.control.EmulatorEndpoint;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.test.context.ContextCustomizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link AutoConfigureHubSpotEmulator}: the emulator in the test's application context,
 * with the client pointed at it before the application's own configuration is read.
 */
class AutoConfigureHubSpotEmulatorTests {

    @Nested
    @SpringBootTest(classes = ApplicationWithItsOwnHubSpot.class,
            properties = { "spring.main.web-application-type=none", "hubspot.access-token=pat-na1-production" })
    @AutoConfigureHubSpotEmulator(rateLimits = false, strictRecords = true)
    class WhenTheTestClassIsAnnotated {

        @Autowired
        HubSpotEmulator emulator;

        @Autowired
        AssociationsOperations hubSpot;

        @Autowired
        List<HubSpotConnectionDetails> connectionDetails;

        @Test
        void theClientCallsTheEmulatorWithItsTokenWhateverTheApplicationConfigures() {
            this.emulator.state().seedRecordRange("contacts", 1, 1);
            this.emulator.state().seedRecordRange("companies", 10, 1);

            this.hubSpot.records().associateDefault("contacts", "1", "companies", "10").block();

            assertThat(this.connectionDetails).singleElement()
                .satisfies((details) -> assertThat(details.getBaseUrl()).isEqualTo(this.emulator.baseUrl()));
            assertThat(this.emulator.state().associationCount("contacts", "companies")).isEqualTo(1);
            assertThat(this.emulator.requests().forEndpoint(EmulatorEndpoint.RECORDS_ASSOCIATE_DEFAULT)).singleElement()
                .satisfies((request) -> assertThat(request.bearerToken()).isEqualTo(this.emulator.privateAppToken()));
        }

        @Test
        void theAnnotationsSettingsApply() {
            assertThat(this.emulator.options().strictRecords()).isTrue();
            assertThat(this.emulator.options().rateLimitEnabled()).isFalse();
            assertThat(this.emulator.options().dailyLimitEnabled()).isFalse();
        }

    }

    @Test
    void byDefaultHubSpotsLimitsApplyAndEveryRecordExists() {
        HubSpotEmulatorContextCustomizer customizer = (HubSpotEmulatorContextCustomizer) new HubSpotEmulatorContextCustomizerFactory()
            .createContextCustomizer(Annotated.class, List.of());

        assertThat(customizer.options().rateLimitEnabled()).isTrue();
        assertThat(customizer.options().dailyLimitEnabled()).isTrue();
        assertThat(customizer.options().strictRecords()).isFalse();
    }

    @Test
    void testClassesWithoutTheAnnotationAreLeftAlone() {
        assertThat(new HubSpotEmulatorContextCustomizerFactory()
            .createContextCustomizer(AutoConfigureHubSpotEmulatorTests.class, List.of())).isNull();
    }

    @Test
    void equalSettingsShareACachedContextAndOthersDoNot() {
        ContextCustomizer annotated = new HubSpotEmulatorContextCustomizerFactory()
            .createContextCustomizer(Annotated.class, List.of());

        assertThat(annotated).isEqualTo(new HubSpotEmulatorContextCustomizer(true, false))
            .hasSameHashCodeAs(new HubSpotEmulatorContextCustomizer(true, false))
            .isNotEqualTo(new HubSpotEmulatorContextCustomizer(true, true));
    }

    @Test
    void theEmulatorStopsWithTheContext() {
        GenericApplicationContext context = new GenericApplicationContext();
        new HubSpotEmulatorContextCustomizer(false, false).customizeContext(context, null);
        context.refresh();
        HubSpotEmulator emulator = context.getBean(HubSpotEmulator.class);
        assertThat(context.getBean(HubSpotConnectionDetails.class).getAccessToken())
            .isEqualTo(emulator.privateAppToken());

        context.close();

        assertThatExceptionOfType(ConnectException.class)
            .isThrownBy(() -> new Socket("127.0.0.1", emulator.port()).close());
    }

    @AutoConfigureHubSpotEmulator
    static class Annotated {

    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class ApplicationWithItsOwnHubSpot {

        @Bean
        @ConditionalOnMissingBean
        HubSpotConnectionDetails productionHubSpot() {
            return () -> "https://api.hubapi.com";
        }

    }

}
