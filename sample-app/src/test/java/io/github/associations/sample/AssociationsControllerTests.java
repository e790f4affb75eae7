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

import java.util.List;

import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.model.AssociatedRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streaming endpoint, over HTTP, against the embedded emulator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sample.run-job=false")
@AutoConfigureWebTestClient
class AssociationsControllerTests {

    @Autowired
    private WebTestClient client;

    @Autowired
    private HubSpotEmulator emulator;

    @Test
    void streamsEveryAssociationOfARecordAsNewlineDelimitedJson() {
        this.emulator.state().addSyntheticAssociations("companies", "7", "contacts", 1200);

        List<AssociatedRecord> records = this.client.get()
            .uri("/associations/companies/7/contacts")
            .accept(MediaType.APPLICATION_NDJSON)
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_NDJSON)
            .returnResult(AssociatedRecord.class)
            .getResponseBody()
            .collectList()
            .block();

        assertThat(records).hasSize(1200);
        assertThat(records.get(0).toObjectId()).isEqualTo("1");
    }

    @Test
    void aRecordIdThatIsNotANumberIsABadRequestWithAProblemDetail() {
        this.client.get()
            .uri("/associations/companies/abc/contacts")
            .accept(MediaType.APPLICATION_JSON)
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.status")
            .isEqualTo(400)
            .jsonPath("$.title")
            .isEqualTo("Invalid association path")
            .jsonPath("$.detail")
            .value((detail) -> assertThat(detail.toString()).contains("abc"))
            .jsonPath("$.instance")
            .isEqualTo("/associations/companies/abc/contacts");
        assertThat(this.emulator.requests().all()).noneMatch((request) -> request.path().contains("abc"));
    }

}
