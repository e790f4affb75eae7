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
 * The v3 endpoints: types, batch create, read and archive.
 */
class V3EndpointsTests extends EmulatorApiTestSupport {

    private static final String V3 = "/crm/v3/associations/{from}/{to}";

    private static String input(String from, String to, String type) {
        return "{\"from\":{\"id\":\"" + from + "\"},\"to\":{\"id\":\"" + to + "\"},\"type\":\"" + type + "\"}";
    }

    @Test
    void typesListIdsAsStringsWithV3Names() {
        Reply reply = get(V3 + "/types", "contacts", "companies");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().toString()).isEqualTo("{\"results\":[{\"id\":\"1\",\"name\":\"contact_to_company\"},"
                + "{\"id\":\"279\",\"name\":\"contact_to_company_unlabeled\"},"
                + "{\"id\":\"931\",\"name\":\"billing_contact_to_company\"}]}");
        assertThat(get(V3 + "/types", "deals", "contacts").body().toString())
            .isEqualTo("{\"results\":[{\"id\":\"3\",\"name\":\"deal_to_contact\"}]}");
        assertThat(get(V3 + "/types", "companies", "companies").body().toString()).contains("parent_to_child_company");
    }

    @Test
    void createAddsTheNamedTypeAndTheUnlabeledOne() {
        Reply reply = postJson(V3 + "/batch/create", "{\"inputs\":[" + input("53628", "12726", "contact_to_company")
                + "," + input("53628", "12727", "279") + "]}", "contacts", "companies");
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body().get("results").toString()).isEqualTo("["
                + "{\"from\":{\"id\":\"53628\"},\"to\":{\"id\":\"12726\"},\"type\":\"contact_to_company\"},"
                + "{\"from\":{\"id\":\"53628\"},\"to\":{\"id\":\"12727\"},\"type\":\"contact_to_company_unlabeled\"}]");
        assertThat(state().associations("contacts", "53628", "companies").get(0).types())
            .extracting(EmulatorState.AssociationType::typeId)
            .containsExactly(1, 279);
        // v3 create adds; it does not replace labels.
        postJson(V3 + "/batch/create", "{\"inputs\":[" + input("53628", "12726", "billing_contact_to_company") + "]}",
                "contacts", "companies");
        assertThat(state().associations("contacts", "53628", "companies").get(0).types())
            .extracting(EmulatorState.AssociationType::typeId)
            .containsExactly(1, 279, 931);
    }

    @Test
    void createReportsUnknownTypesAndRecordsAs207() {
        useSettings(settings(true));
        state().seedRecords("contacts", List.of("1"));
        state().seedRecords("companies", List.of("2"));
        Reply reply = postJson(
                V3 + "/batch/create", "{\"inputs\":[" + input("1", "2", "contact_to_company") + ","
                        + input("1", "2", "company_to_contact") + "," + input("1", "3", "contact_to_company") + "]}",
                "contacts", "companies");
        assertThat(reply.status()).isEqualTo(207);
        assertThat(reply.body().get("results")).hasSize(1);
        assertThat(reply.body().get("numErrors").intValue()).isEqualTo(2);
        assertThat(reply.body().at("/errors/0/context/toObjectId/0").stringValue()).isEqualTo("2");
        assertThat(reply.body().at("/errors/1/context/INVALID_OBJECT_IDS/0").stringValue())
            .isEqualTo("COMPANY=3 is not valid");
    }

    @Test
    void readListsOneEntryPerRecordAndType() {
        postJson(V3 + "/batch/create",
                "{\"inputs\":[" + input("5", "7", "deal_to_contact") + "," + input("5", "6", "deal_to_contact") + "]}",
                "deals", "contacts");
        Reply reply = postJson(V3 + "/batch/read", "{\"inputs\":[{\"id\":\"5\",\"after\":\"ignored\"}]}", "deals",
                "contacts");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("results").toString()).isEqualTo("[{\"from\":{\"id\":\"5\"},\"to\":["
                + "{\"id\":\"6\",\"type\":\"deal_to_contact\"},{\"id\":\"7\",\"type\":\"deal_to_contact\"}]}]");
        assertThat(reply.body().get("status").stringValue()).isEqualTo("COMPLETE");
    }

    @Test
    void readTowardsCompaniesListsOnlyPrimaryAssociations() {
        putJson("/crm/v4/objects/contacts/1/associations/companies/10",
                "[{\"associationCategory\":\"HUBSPOT_DEFINED\",\"associationTypeId\":1}]");
        put("/crm/v4/objects/contacts/1/associations/default/companies/11");
        put("/crm/v4/objects/contacts/2/associations/default/companies/11");
        Reply reply = postJson(V3 + "/batch/read", "{\"inputs\":[{\"id\":\"1\"},{\"id\":\"2\"}]}", "contacts",
                "companies");
        assertThat(reply.status()).isEqualTo(207);
        JsonNode targets = reply.body().at("/results/0/to");
        assertThat(targets.valueStream().map((t) -> t.get("id").stringValue())).containsOnly("10");
        assertThat(targets.valueStream().map((t) -> t.get("type").stringValue())).contains("contact_to_company");
        assertThat(reply.body().at("/errors/0/subCategory").stringValue())
            .isEqualTo("crm.associations.NO_ASSOCIATIONS_FOUND");
        assertThat(reply.body().at("/errors/0/message").stringValue())
            .isEqualTo("No company is associated with contact 2.");
    }

    @Test
    void readAndCreateEnforceTheirInputCaps() {
        List<Object> reads = new ArrayList<>();
        for (int i = 1; i <= 1001; i++) {
            reads.add(Map.of("id", Integer.toString(i)));
        }
        assertThat(postJson(V3 + "/batch/read", json(Map.of("inputs", reads)), "deals", "contacts").status())
            .isEqualTo(400);
        List<Object> creates = new ArrayList<>();
        for (int i = 1; i <= 2001; i++) {
            creates.add(Map.of("from", Map.of("id", "1"), "to", Map.of("id", Integer.toString(i)), "type",
                    "deal_to_contact"));
        }
        assertThat(postJson(V3 + "/batch/create", json(Map.of("inputs", creates)), "deals", "contacts").status())
            .isEqualTo(400);
        assertThat(postJson(V3 + "/batch/archive", json(Map.of("inputs", creates)), "deals", "contacts").status())
            .isEqualTo(400);
        assertThat(state().associationCount("deals", "contacts")).isZero();
    }

    @Test
    void archiveRemovesTheNamedTypeOrEverythingForTheUnlabeledOne() {
        postJson(V3 + "/batch/create", "{\"inputs\":[" + input("1", "10", "contact_to_company") + ","
                + input("1", "11", "contact_to_company_unlabeled") + "]}", "contacts", "companies");
        Reply reply = postJson(V3 + "/batch/archive", "{\"inputs\":[" + input("1", "10", "contact_to_company") + ","
                + input("1", "11", "contact_to_company_unlabeled") + "]}", "contacts", "companies");
        assertThat(reply.status()).isEqualTo(204);
        List<EmulatorState.Association> left = state().associations("contacts", "1", "companies");
        assertThat(left).hasSize(1);
        assertThat(left.get(0).toObjectId()).isEqualTo("10");
        assertThat(left.get(0).types()).extracting(EmulatorState.AssociationType::typeId).containsExactly(279);
        assertThat(postJson(V3 + "/batch/archive", "{\"inputs\":[" + input("1", "10", "no_such_type") + "]}",
                "contacts", "companies")
            .status()).isEqualTo(400);
    }

}
