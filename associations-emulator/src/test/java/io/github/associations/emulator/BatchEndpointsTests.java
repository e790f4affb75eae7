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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.associations.emulator.control.EmulatorState;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * B1-B5: {@code /crm/v4/associations/{from}/{to}/batch/...}.
 */
class BatchEndpointsTests extends EmulatorApiTestSupport {

    private static final String B1 = "/crm/v4/associations/{from}/{to}/batch/read";

    private static final String B2 = "/crm/v4/associations/{from}/{to}/batch/create";

    private static final String B3 = "/crm/v4/associations/{from}/{to}/batch/associate/default";

    private static final String B4 = "/crm/v4/associations/{from}/{to}/batch/archive";

    private static final String B5 = "/crm/v4/associations/{from}/{to}/batch/labels/archive";

    @Test
    void batchReadAnswersHubSpotsShape() {
        postJson(B2, batchCreate(33451, "HUBSPOT_DEFINED", 1, 5790939450L), "contacts", "companies");
        Reply reply = postJson(B1, "{\"inputs\":[{\"id\":\"33451\"}]}", "contacts", "companies");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.body();
        assertThat(body.get("status").stringValue()).isEqualTo("COMPLETE");
        assertThat(body.get("results").toString()).isEqualTo("[{\"from\":{\"id\":\"33451\"},\"to\":[{\"toObjectId\":"
                + "5790939450,\"associationTypes\":[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":1,\"label\":\"Primary\"},"
                + "{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":279,\"label\":null}]}]}]");
        assertThat(body.has("numErrors")).isFalse();
        assertThat(body.has("errors")).isFalse();
        assertThat(body.get("startedAt").stringValue()).isEqualTo("2024-10-21T20:22:42.152Z");
        assertThat(body.get("completedAt").stringValue()).isEqualTo("2024-10-21T20:22:42.152Z");
    }

    @Test
    void batchReadReportsInputsWithoutAssociationsAs207() {
        postJson(B2, batchCreate(1, "HUBSPOT_DEFINED", 341, 2), "deals", "companies");
        Reply reply = postJson(B1, "{\"inputs\":[{\"id\":\"1\"},{\"id\":\"515690208449\"}]}", "deals", "companies");
        assertThat(reply.status()).isEqualTo(207);
        JsonNode body = reply.body();
        assertThat(body.get("results")).hasSize(1);
        assertThat(body.get("numErrors").intValue()).isEqualTo(1);
        JsonNode error = body.at("/errors/0");
        assertThat(error.get("status").stringValue()).isEqualTo("error");
        assertThat(error.get("category").stringValue()).isEqualTo("OBJECT_NOT_FOUND");
        assertThat(error.get("subCategory").stringValue()).isEqualTo("crm.associations.NO_ASSOCIATIONS_FOUND");
        assertThat(error.get("message").stringValue()).isEqualTo("No company is associated with deal 515690208449.");
        assertThat(error.get("context").toString()).isEqualTo("{\"fromObjectId\":[\"515690208449\"],"
                + "\"fromObjectType\":[\"deal\"],\"toObjectType\":[\"company\"]}");
    }

    @Test
    void batchReadRejectsMoreThanAThousandInputs() {
        List<Object> inputs = new ArrayList<>();
        for (int i = 1; i <= 1001; i++) {
            inputs.add(Map.of("id", Integer.toString(i)));
        }
        Reply reply = postJson(B1, json(Map.of("inputs", inputs)), "contacts", "companies");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("category").stringValue()).isEqualTo("VALIDATION_ERROR");
        assertThat(reply.body().get("message").stringValue()).contains("1000");
        assertThat(postJson(B1, json(Map.of("inputs", inputs.subList(0, 1000))), "contacts", "companies").status())
            .isEqualTo(207);
    }

    @Test
    void batchBodiesThatAreMalformedOrLackInputsAreRejected() {
        for (String endpoint : List.of(B1, B2, B3, B4, B5)) {
            Reply malformed = postJson(endpoint, "{\"inputs\":[", "contacts", "companies");
            assertThat(malformed.status()).as(endpoint).isEqualTo(400);
            assertThat(malformed.body().get("category").stringValue()).isEqualTo("VALIDATION_ERROR");
            assertThat(postJson(endpoint, "{}", "contacts", "companies").status()).as(endpoint).isEqualTo(400);
            assertThat(post(endpoint, "contacts", "companies").status()).as(endpoint).isEqualTo(400);
        }
    }

    @Test
    void batchCreateAnswers201WithLabelsBetweenObjectPairs() {
        Reply reply = postJson(B2, batchCreate(1, "HUBSPOT_DEFINED", 1, 2, 3), "contacts", "companies");
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body().get("results").toString()).isEqualTo("["
                + "{\"fromObjectTypeId\":\"0-1\",\"fromObjectId\":1,\"toObjectTypeId\":\"0-2\",\"toObjectId\":2,\"labels\":[\"Primary\"]},"
                + "{\"fromObjectTypeId\":\"0-1\",\"fromObjectId\":1,\"toObjectTypeId\":\"0-2\",\"toObjectId\":3,\"labels\":[\"Primary\"]}]");
        // Inputs apply in order: the second primary replaced the first.
        assertThat(state().associations("contacts", "1", "companies"))
            .extracting((association) -> association.types().size())
            .containsExactly(1, 2);
    }

    @Test
    void batchCreateReportsPerInputFailuresAs207NamingTheInput() {
        useSettings(settings(true));
        state().seedRecords("contacts", List.of("1"));
        state().seedRecords("companies", List.of("2"));
        String body = json(Map.of("inputs",
                List.of(Map.of("from", Map.of("id", "1"), "to", Map.of("id", "2"), "types",
                        List.of(Map.of("associationCategory", "HUBSPOT_DEFINED", "associationTypeId", 279))),
                        Map.of("from", Map.of("id", "1"), "to", Map.of("id", "99"), "types",
                                List.of(Map.of("associationCategory", "HUBSPOT_DEFINED", "associationTypeId", 279))),
                        Map.of("from", Map.of("id", "1"), "to", Map.of("id", "2"), "types",
                                List.of(Map.of("associationCategory", "HUBSPOT_DEFINED", "associationTypeId", 3))))));
        Reply reply = postJson(B2, body, "contacts", "companies");
        assertThat(reply.status()).isEqualTo(207);
        assertThat(reply.body().get("results")).hasSize(1);
        assertThat(reply.body().get("numErrors").intValue()).isEqualTo(2);
        JsonNode unknownRecord = reply.body().at("/errors/0");
        assertThat(unknownRecord.get("message").stringValue()).isEqualTo("One or more associations are invalid");
        assertThat(unknownRecord.at("/context/INVALID_OBJECT_IDS/0").stringValue())
            .isEqualTo("COMPANY=99 is not valid");
        assertThat(unknownRecord.at("/context/fromObjectId/0").stringValue()).isEqualTo("1");
        assertThat(unknownRecord.at("/context/toObjectId/0").stringValue()).isEqualTo("99");
        JsonNode badType = reply.body().at("/errors/1");
        assertThat(badType.get("category").stringValue()).isEqualTo("VALIDATION_ERROR");
        assertThat(badType.at("/context/toObjectId/0").stringValue()).isEqualTo("2");
    }

    @Test
    void batchCreateRejectsMoreThanTwoThousandInputs() {
        Reply reply = postJson(B2, batchCreate(1, "HUBSPOT_DEFINED", 279, ids(1, 2001)), "contacts", "companies");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("message").stringValue()).contains("2001").contains("2000");
        assertThat(postJson(B2, batchCreate(1, "HUBSPOT_DEFINED", 279, ids(1, 2000)), "contacts", "companies").status())
            .isEqualTo(201);
        state().reset();
        assertThat(state().associationCount("contacts", "companies")).isZero();
    }

    @Test
    void associateDefaultAnswersBothDirectionsPerInput() {
        Reply reply = postJson(B3, "{\"inputs\":[{\"from\":{\"id\":\"12345\"},\"to\":{\"id\":\"56678\"}}]}", "deals",
                "line_items");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("results").toString()).isEqualTo("["
                + "{\"from\":{\"id\":\"12345\"},\"to\":{\"id\":\"56678\"},\"associationSpec\":{\"associationCategory\":\"HUBSPOT_DEFINED\",\"associationTypeId\":19}},"
                + "{\"from\":{\"id\":\"56678\"},\"to\":{\"id\":\"12345\"},\"associationSpec\":{\"associationCategory\":\"HUBSPOT_DEFINED\",\"associationTypeId\":20}}]");
    }

    @Test
    void associateDefaultReportsPerInputErrorsInA200() {
        useSettings(settings(true));
        state().seedRecordRange("contacts", 1, 10);
        state().seedRecordRange("companies", 1, 10);
        Reply reply = postJson(B3, "{\"inputs\":[{\"from\":{\"id\":\"1\"},\"to\":{\"id\":\"2\"}},"
                + "{\"from\":{\"id\":\"1\"},\"to\":{\"id\":\"11\"}}]}", "contacts", "companies");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("results")).hasSize(2);
        assertThat(reply.body().get("numErrors").intValue()).isEqualTo(1);
        assertThat(reply.body().at("/errors/0/context/toObjectId/0").stringValue()).isEqualTo("11");
    }

    @Test
    void otherBatchesRejectMoreThanTwoThousandInputs() {
        List<Object> pairs = new ArrayList<>();
        List<Object> archives = new ArrayList<>();
        for (int i = 1; i <= 2001; i++) {
            pairs.add(Map.of("from", Map.of("id", "1"), "to", Map.of("id", Integer.toString(i))));
            archives.add(Map.of("from", Map.of("id", "1"), "to", List.of(Map.of("id", Integer.toString(i)))));
        }
        assertThat(postJson(B3, json(Map.of("inputs", pairs)), "contacts", "companies").status()).isEqualTo(400);
        assertThat(postJson(B4, json(Map.of("inputs", archives)), "contacts", "companies").status()).isEqualTo(400);
        assertThat(postJson(B5, batchCreate(1, "HUBSPOT_DEFINED", 1, ids(1, 2001)), "contacts", "companies").status())
            .isEqualTo(400);
        assertThat(state().associationCount("contacts", "companies")).isZero();
    }

    @Test
    void archiveRemovesEverythingBetweenEachPair() {
        postJson(B2, batchCreate(1, "HUBSPOT_DEFINED", 1, 2), "contacts", "companies");
        postJson(B2, batchCreate(1, "HUBSPOT_DEFINED", 279, 3, 4), "contacts", "companies");
        Reply reply = postJson(B4, "{\"inputs\":[{\"from\":{\"id\":\"1\"},\"to\":[{\"id\":\"2\"},{\"id\":\"3\"}]},"
                + "{\"from\":{\"id\":\"1\"},\"to\":[{\"id\":\"404\"}]}]}", "contacts", "companies");
        assertThat(reply.status()).isEqualTo(204);
        assertThat(state().associations("contacts", "1", "companies")).extracting(EmulatorState.Association::toObjectId)
            .containsExactly("4");
        assertThat(state().associations("companies", "2", "contacts")).isEmpty();
    }

    @Test
    void archiveWithUnknownRecordsIsRejectedInStrictMode() {
        useSettings(settings(true));
        state().seedRecords("contacts", List.of("1"));
        Reply reply = postJson(B4, "{\"inputs\":[{\"from\":{\"id\":\"1\"},\"to\":[{\"id\":\"2\"}]}]}", "contacts",
                "companies");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().at("/context/INVALID_OBJECT_IDS/0").stringValue()).isEqualTo("COMPANY=2 is not valid");
    }

    @Test
    void labelsArchiveRemovesOnlyTheNamedLabels() {
        postJson(B2,
                json(Map.of("inputs",
                        List.of(Map.of("from", Map.of("id", "1"), "to", Map.of("id", "2"), "types",
                                List.of(Map.of("associationCategory", "HUBSPOT_DEFINED", "associationTypeId", 1),
                                        Map.of("associationCategory", "HUBSPOT_DEFINED", "associationTypeId", 931)))))),
                "contacts", "companies");
        Reply reply = postJson(B5, batchCreate(1, "HUBSPOT_DEFINED", 1, 2), "contacts", "companies");
        assertThat(reply.status()).isEqualTo(204);
        assertThat(state().associations("contacts", "1", "companies").get(0).types())
            .extracting(EmulatorState.AssociationType::typeId)
            .containsExactly(279, 931);
        assertThat(state().associations("companies", "2", "contacts").get(0).types())
            .extracting(EmulatorState.AssociationType::typeId)
            .containsExactly(280, 930);
    }

    @Test
    void labelsArchiveOfTheUnlabeledTypeRemovesEverything() {
        postJson(B2, batchCreate(1, "HUBSPOT_DEFINED", 1, 2), "contacts", "companies");
        assertThat(postJson(B5, batchCreate(1, "HUBSPOT_DEFINED", 279, 2), "contacts", "companies").status())
            .isEqualTo(204);
        assertThat(state().associations("contacts", "1", "companies")).isEmpty();
        assertThat(state().associationCount("contacts", "companies")).isZero();
    }

    @Test
    void labelsArchiveWithATypeOfAnotherPairIsRejected() {
        postJson(B2, batchCreate(1, "HUBSPOT_DEFINED", 1, 2), "contacts", "companies");
        assertThat(postJson(B5, batchCreate(1, "HUBSPOT_DEFINED", 3, 2), "contacts", "companies").status())
            .isEqualTo(400);
        assertThat(state().associations("contacts", "1", "companies").get(0).types()).hasSize(2);
    }

}
