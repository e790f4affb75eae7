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

import java.time.Duration;

import io.github.associations.client.AssociationsSettings;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.resilience.RateLimitSettings;
import io.github.associations.resilience.RetrySettings;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request names this library and its version in its {@code User-Agent}, unless the
 * application set its own.
 */
class UserAgentTests extends EmulatorTestSupport {

    @Test
    void everyRequestNamesTheLibraryAndItsBuildVersion() {
        String version = System.getProperty("project.version");
        assertThat(version).as("the build's version, given by Maven").isNotBlank();

        this.template.labels().list("contacts", "companies").blockLast();
        this.template.records().associateDefault("contacts", "1", "companies", "2").block();

        assertThat(this.emulator.requests().all()).hasSize(2)
            .allSatisfy((request) -> assertThat(request.userAgent())
                .matches("hubspot-associations-java/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? Java/.+")
                .isEqualTo("hubspot-associations-java/" + version + " Java/" + System.getProperty("java.version")));
    }

    @Test
    void applicationsOwnUserAgentWins() {
        AssociationsTemplate template = AssociationsTemplate.builder()
            .webClient(WebClient.builder().defaultHeader(HttpHeaders.USER_AGENT, "crm-sync/2.0").build())
            .privateAppToken(this.emulator.privateAppToken())
            .settings(AssociationsSettings.builder()
                .baseUrl(this.emulator.baseUrl())
                .responseTimeout(Duration.ofSeconds(10))
                .rateLimit(RateLimitSettings.disabled())
                .retry(RetrySettings.disabled())
                .build())
            .build();

        template.labels().list("contacts", "companies").blockLast();

        assertThat(requests(EmulatorEndpoint.LABELS_LIST)).singleElement()
            .satisfies((request) -> assertThat(request.userAgent()).isEqualTo("crm-sync/2.0"));
    }

}
