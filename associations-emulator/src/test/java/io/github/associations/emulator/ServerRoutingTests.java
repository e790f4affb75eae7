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

import java.util.regex.Pattern;

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.emulator.control.LoggedRequest;
import io.netty.handler.codec.http.HttpMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routing of every endpoint template to its handler, HubSpot's common headers, and the
 * 404 for anything else.
 */
class ServerRoutingTests {

    private static final Pattern UUID = Pattern
        .compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    private final FakeBackend fake = new FakeBackend();

    private final HubSpotEmulator emulator = HubSpotEmulator.start(EmulatorOptions.builder().noRateLimit().build(),
            this.fake.backend());

    private final TestHttp http = new TestHttp(this.emulator.baseUrl());

    @AfterEach
    void close() {
        this.emulator.close();
    }

    @Test
    void recordsListReachesItsHandlerWithHubSpotHeaders() {
        TestHttp.Reply reply = this.http.get("/crm/v4/objects/contacts/1/associations/companies", "pat-local");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(FakeBackend.R1_BODY);
        assertThat(reply.header("X-HubSpot-Correlation-Id")).matches(UUID);
        assertThat(reply.header("Content-Type")).isEqualTo("application/json;charset=utf-8");
        assertThat(this.fake.invocations(EmulatorEndpoint.RECORDS_LIST)).isEqualTo(1);
    }

    @Test
    void everyTemplateOfEveryEndpointIsRoutedToThatEndpoint() {
        for (EmulatorEndpoint endpoint : EmulatorEndpoint.values()) {
            if (endpoint == EmulatorEndpoint.OAUTH_TOKEN) {
                continue;
            }
            for (String template : endpoint.pathTemplates()) {
                String path = template.replaceAll("\\{[a-zA-Z]*ObjectType}|\\{objectType}", "contacts")
                    .replaceAll("\\{[a-zA-Z]*}", "7");
                long before = this.emulator.requests().count(endpoint);
                TestHttp.Reply reply = this.http.send(HttpMethod.valueOf(endpoint.method().name()), path, "pat-local",
                        "{}", "application/json");

                assertThat(reply.status()).as("%s %s", endpoint, path).isBetween(200, 204);
                assertThat(this.emulator.requests().count(endpoint)).as("%s %s", endpoint, path).isEqualTo(before + 1);
            }
            assertThat(this.fake.invocations(endpoint)).as(endpoint.name()).isEqualTo(endpoint.pathTemplates().size());
        }
    }

    @Test
    void schemaEndpointsAnswerUnderBothPrefixes() {
        assertThat(this.http.get("/crm/v4/associations/contacts/companies/labels", "pat-local").status())
            .isEqualTo(200);
        assertThat(this.http.get("/crm/associations/v4/contacts/companies/labels", "pat-local").status())
            .isEqualTo(200);

        assertThat(this.emulator.requests().count(EmulatorEndpoint.LABELS_LIST)).isEqualTo(2);
    }

    @Test
    void literalSegmentsWinOverObjectTypeVariables() {
        this.http.get("/crm/v4/associations/definitions/configurations/all", "pat-local");
        this.http.post("/crm/v4/associations/usage/high-usage-report/labels", "pat-local", "{}");

        assertThat(this.emulator.requests().all()).extracting(LoggedRequest::endpoint)
            .containsExactly(EmulatorEndpoint.LIMITS_LIST_ALL, EmulatorEndpoint.USAGE_HIGH_USAGE_REPORT);
    }

    @Test
    void requestBodyStillReachesTheHandlerAfterTheLogKeptIt() {
        TestHttp.Reply reply = this.http.post("/crm/v4/associations/contacts/companies/batch/read", "pat-local",
                "{\"inputs\":[{\"id\":\"1\"}]}");

        assertThat(reply.json().get("echo").asString()).isEqualTo("{\"inputs\":[{\"id\":\"1\"}]}");
        assertThat(reply.json().get("path").get("fromObjectType").asString()).isEqualTo("contacts");
    }

    @Test
    void unknownPathGetsHubSpotsErrorBodyWithoutAuthentication() {
        TestHttp.Reply reply = this.http.get("/crm/v4/nothing/here", null);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).isEqualTo("application/json;charset=utf-8");
        assertThat(reply.json().get("status").asString()).isEqualTo("error");
        assertThat(reply.json().get("category").asString()).isEqualTo("OBJECT_NOT_FOUND");
        assertThat(reply.json().get("correlationId").asString()).isEqualTo(reply.header("X-HubSpot-Correlation-Id"));
        assertThat(this.emulator.requests().all()).singleElement()
            .satisfies((entry) -> assertThat(entry.endpoint()).isNull());
    }

    @Test
    void knownPathWithAnotherMethodIsUnknown() {
        assertThat(this.http.delete("/crm/v4/associations/contacts/companies/batch/read", "pat-local").status())
            .isEqualTo(404);
        assertThat(this.fake.invocations(EmulatorEndpoint.BATCH_READ)).isZero();
    }

    @Test
    void failingHandlerGetsHubSpotsMinimalInternalError() {
        this.fake.failNext(EmulatorEndpoint.RECORDS_LIST);

        TestHttp.Reply reply = this.http.get("/crm/v4/objects/contacts/1/associations/companies", "pat-local");

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.json().properties()).extracting((entry) -> entry.getKey())
            .containsExactly("status", "message", "correlationId");
        assertThat(reply.json().get("message").asString()).isEqualTo("internal error");
    }

}
