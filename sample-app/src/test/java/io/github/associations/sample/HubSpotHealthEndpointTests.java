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

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.NestedTestConfiguration;
import org.springframework.test.context.NestedTestConfiguration.EnclosingConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The {@code hubspot} health component at {@code /actuator/health/hubspot}, named as
 * {@code management.health.hubspot.enabled} names it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sample.run-job=false")
@AutoConfigureWebTestClient
class HubSpotHealthEndpointTests {

    @Autowired
    private WebTestClient client;

    @Test
    void hubspotHealthAnswersUpAndIsAComponentOfTheApplicationsHealth() {
        this.client.get()
            .uri("/actuator/health/hubspot")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.status")
            .isEqualTo("UP");
        this.client.get()
            .uri("/actuator/health")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.components.hubspot.status")
            .isEqualTo("UP");
    }

    @Nested
    @NestedTestConfiguration(EnclosingConfiguration.OVERRIDE)
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = { "sample.run-job=false", "management.health.hubspot.enabled=false" })
    @AutoConfigureWebTestClient
    class WhenSwitchedOff {

        @Autowired
        private WebTestClient client;

        @Test
        void hubspotHealthIsGone() {
            this.client.get().uri("/actuator/health/hubspot").exchange().expectStatus().isNotFound();
            this.client.get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.components.hubspot")
                .doesNotExist();
        }

    }

}
