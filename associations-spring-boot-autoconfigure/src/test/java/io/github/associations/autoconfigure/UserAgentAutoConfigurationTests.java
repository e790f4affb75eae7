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

package io.github.associations.autoconfigure;

import io.github.associations.AssociationsOperations;
import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configured client names the library in its {@code User-Agent}; an
 * application's own, set through a customizer, wins.
 */
class UserAgentAutoConfigurationTests {

    private static HubSpotEmulator emulator;

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(HubSpotAutoConfiguration.class));

    @BeforeAll
    static void startEmulator() {
        emulator = HubSpotEmulator
            .start(EmulatorOptions.builder().strictRecords(false).noRateLimit().noDailyLimit().build());
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void freshEmulator() {
        emulator.reset();
    }

    @Test
    void requestsNameTheLibraryInTheirUserAgent() {
        this.contextRunner.withPropertyValues(properties()).run((context) -> {
            context.getBean(AssociationsOperations.class).labels().list("contacts", "companies").blockLast();

            assertThat(emulator.requests().forEndpoint(EmulatorEndpoint.LABELS_LIST)).singleElement()
                .satisfies((request) -> assertThat(request.userAgent()).startsWith("hubspot-associations-java/"));
        });
    }

    @Test
    void userAgentOfTheApplicationsCustomizerWins() {
        this.contextRunner.withPropertyValues(properties())
            .withBean(HubSpotWebClientCustomizer.class,
                    () -> (builder) -> builder.defaultHeader(HttpHeaders.USER_AGENT, "crm-sync/2.0"))
            .run((context) -> {
                context.getBean(AssociationsOperations.class).labels().list("contacts", "companies").blockLast();

                assertThat(emulator.requests().forEndpoint(EmulatorEndpoint.LABELS_LIST)).singleElement()
                    .satisfies((request) -> assertThat(request.userAgent()).isEqualTo("crm-sync/2.0"));
            });
    }

    private static String[] properties() {
        return new String[] { "hubspot.base-url=" + emulator.baseUrl(), "hubspot.rate-limit.enabled=false",
                "hubspot.access-token=" + emulator.privateAppToken() };
    }

}
