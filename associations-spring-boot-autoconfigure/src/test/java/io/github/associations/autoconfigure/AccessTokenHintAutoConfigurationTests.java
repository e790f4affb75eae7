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
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.error.HubSpotAuthenticationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A 401 for the configured private app token names the property to check.
 */
class AccessTokenHintAutoConfigurationTests {

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

    @Test
    void unauthorizedAccessTokenNamesTheHubSpotAccessTokenProperty() {
        this.contextRunner
            .withPropertyValues("hubspot.base-url=" + emulator.baseUrl(), "hubspot.rate-limit.enabled=false",
                    "hubspot.retry.enabled=false", "hubspot.access-token=pat-na1-revoked")
            .run((context) -> {
                Throwable thrown = catchThrowable(() -> context.getBean(AssociationsOperations.class)
                    .labels()
                    .list("contacts", "companies")
                    .blockLast());

                assertThat(thrown).isInstanceOf(HubSpotAuthenticationException.class)
                    .hasMessageContaining("; check hubspot.access-token: HubSpot did not accept it")
                    .message()
                    .doesNotContain("pat-na1-revoked");
            });
    }

}
