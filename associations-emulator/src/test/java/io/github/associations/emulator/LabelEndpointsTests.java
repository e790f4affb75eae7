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

import java.util.List;
import java.util.Map;

import io.github.associations.emulator.control.EmulatorState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * L1-L4, under both schema path prefixes.
 */
class LabelEndpointsTests extends EmulatorApiTestSupport {

    private String labels;

    private void usePrefix(String prefix) {
        this.labels = prefix + "/{from}/{to}/labels";
    }

    private JsonNode createLabel(String from, String to, Map<String, String> body) {
        Reply reply = postJson(this.labels, json(body), from, to);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.body().get("results");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/crm/v4/associations", "/crm/associations/v4" })
    void listShowsEveryTypeOfThePairByTypeId(String prefix) {
        usePrefix(prefix);
        Reply reply = get(this.labels, "contacts", "companies");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().toString())
            .isEqualTo("{\"results\":[" + "{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":1,\"label\":\"Primary\"},"
                    + "{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":279,\"label\":null},"
                    + "{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":931,\"label\":\"Billing contact\"}]}");
        assertThat(get(this.labels, "0-2", "0-2").body().get("results").toString())
            .isEqualTo("[" + "{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":13,\"label\":\"Child Company\"},"
                    + "{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":14,\"label\":\"Parent Company\"},"
                    + "{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":450,\"label\":null}]");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/crm/v4/associations", "/crm/associations/v4" })
    void singleLabelIsCreatedForBothDirectionsWithTheSameText(String prefix) {
        usePrefix(prefix);
        JsonNode created = createLabel("contacts", "deals",
                Map.of("name", "point_of_contact", "label", "Point of contact"));
        assertThat(created).hasSize(1);
        assertThat(created.get(0).get("category").stringValue()).isEqualTo("USER_DEFINED");
        assertThat(created.get(0).get("label").stringValue()).isEqualTo("Point of contact");
        int typeId = created.get(0).get("typeId").intValue();
        assertThat(typeId).isGreaterThan(1357);
        JsonNode reverse = get(this.labels, "deals", "contacts").body().get("results");
        assertThat(reverse.valueStream().filter((t) -> "Point of contact".equals(t.path("label").asString(null))))
            .hasSize(1);

        Reply associated = putJson("/crm/v4/objects/contacts/29851/associations/deals/21678228008",
                "[{\"associationCategory\":\"USER_DEFINED\",\"associationTypeId\":" + typeId + "}]");
        assertThat(associated.body().toString()).isEqualTo("{\"fromObjectTypeId\":\"0-1\",\"fromObjectId\":29851,"
                + "\"toObjectTypeId\":\"0-3\",\"toObjectId\":21678228008,\"labels\":[\"Point of contact\"]}");
        JsonNode seenFromDeal = get("/crm/v4/objects/deals/21678228008/associations/contacts").body();
        assertThat(seenFromDeal.at("/results/0/associationTypes/1/label").stringValue()).isEqualTo("Point of contact");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/crm/v4/associations", "/crm/associations/v4" })
    void pairedLabelHasOneTypePerDirection(String prefix) {
        usePrefix(prefix);
        JsonNode created = createLabel("contacts", "companies",
                Map.of("name", "manager_employee", "label", "Manager", "inverseLabel", "Employee"));
        assertThat(created).hasSize(2);
        int manager = created.get(0).get("typeId").intValue();
        int employee = created.get(1).get("typeId").intValue();
        assertThat(created.get(0).get("label").stringValue()).isEqualTo("Manager");
        assertThat(created.get(1).get("label").stringValue()).isEqualTo("Employee");
        assertThat(manager).isNotEqualTo(employee);
        assertThat(get(this.labels, "contacts", "companies").body().toString()).contains("\"typeId\":" + manager);
        assertThat(get(this.labels, "companies", "contacts").body().toString()).contains("\"typeId\":" + employee);

        putJson("/crm/v4/objects/contacts/1/associations/companies/2",
                "[{\"associationCategory\":\"USER_DEFINED\",\"associationTypeId\":" + manager + "}]");
        assertThat(state().associations("companies", "2", "contacts").get(0).types()).containsExactly(
                new EmulatorState.AssociationType("HUBSPOT_DEFINED", 280, null),
                new EmulatorState.AssociationType("USER_DEFINED", employee, "Employee"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/crm/v4/associations", "/crm/associations/v4" })
    void pairedLabelBetweenRecordsOfOneTypeShowsTheInverseFromTheOtherRecord(String prefix) {
        usePrefix(prefix);
        JsonNode created = createLabel("contacts", "contacts",
                Map.of("name", "manager", "label", "Manager", "inverseLabel", "Employee"));
        int manager = created.get(0).get("typeId").intValue();
        putJson("/crm/v4/objects/contacts/1/associations/contacts/2",
                "[{\"associationCategory\":\"USER_DEFINED\",\"associationTypeId\":" + manager + "}]");
        assertThat(state().associations("contacts", "1", "contacts").get(0).types())
            .extracting(EmulatorState.AssociationType::label)
            .containsExactly(null, "Manager");
        assertThat(state().associations("contacts", "2", "contacts").get(0).types())
            .extracting(EmulatorState.AssociationType::label)
            .containsExactly(null, "Employee");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/crm/v4/associations", "/crm/associations/v4" })
    void labelNamesWithHyphensOrLeadingDigitsAreRejected(String prefix) {
        usePrefix(prefix);
        for (String name : List.of("point-of-contact", "1st_contact")) {
            Reply reply = postJson(this.labels, json(Map.of("name", name, "label", "x")), "contacts", "companies");
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.body().get("category").stringValue()).isEqualTo("VALIDATION_ERROR");
            assertThat(reply.body().get("message").stringValue()).contains("name");
            assertThat(reply.body().at("/errors/0/in").stringValue()).isEqualTo("name");
        }
        Reply missingLabel = postJson(this.labels, json(Map.of("name", "fine")), "contacts", "companies");
        assertThat(missingLabel.status()).isEqualTo(400);
        assertThat(missingLabel.body().at("/errors/0/in").stringValue()).isEqualTo("label");
        assertThat(postJson(this.labels, "[]", "contacts", "companies").status()).isEqualTo(400);
        assertThat(state().labels("contacts", "companies")).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/crm/v4/associations", "/crm/associations/v4" })
    void duplicateNamesInThePairAreRejected(String prefix) {
        usePrefix(prefix);
        createLabel("contacts", "companies", Map.of("name", "advisor", "label", "Advisor"));
        assertThat(postJson(this.labels, json(Map.of("name", "advisor", "label", "Other")), "contacts", "companies")
            .status()).isEqualTo(400);
        assertThat(postJson(this.labels, json(Map.of("name", "advisor", "label", "Other")), "companies", "contacts")
            .status()).isEqualTo(400);
        assertThat(
                postJson(this.labels, json(Map.of("name", "advisor", "label", "Other")), "contacts", "deals").status())
            .isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/crm/v4/associations", "/crm/associations/v4" })
    void atMostTenCustomLabelsPerObjectPairWithPairedLabelsCountingOnce(String prefix) {
        usePrefix(prefix);
        for (int i = 0; i < 5; i++) {
            createLabel("contacts", "companies",
                    Map.of("name", "paired_" + i, "label", "A" + i, "inverseLabel", "B" + i));
        }
        for (int i = 0; i < 4; i++) {
            createLabel("contacts", "companies", Map.of("name", "single_" + i, "label", "S" + i));
        }
        // The pair is unordered: the tenth label may come from the other direction.
        createLabel("companies", "contacts", Map.of("name", "tenth", "label", "Tenth"));
        Reply eleventh = postJson(this.labels, json(Map.of("name", "eleventh", "label", "Eleventh")), "contacts",
                "companies");
        assertThat(eleventh.status()).isEqualTo(400);
        assertThat(eleventh.body().get("message").stringValue()).contains("10");
        assertThat(postJson(this.labels, json(Map.of("name", "eleventh", "label", "Eleventh")), "contacts", "deals")
            .status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/crm/v4/associations", "/crm/associations/v4" })
    void updateChangesTextOnly(String prefix) {
        usePrefix(prefix);
        JsonNode created = createLabel("contacts", "companies",
                Map.of("name", "manager_employee", "label", "Manager", "inverseLabel", "Employee"));
        int manager = created.get(0).get("typeId").intValue();
        int employee = created.get(1).get("typeId").intValue();
        Reply reply = putJson(this.labels,
                json(Map.of("associationTypeId", manager, "label", "Boss", "inverseLabel", "Report")), "contacts",
                "companies");
        assertThat(reply.status()).isEqualTo(204);
        assertThat(state().labels("contacts", "companies"))
            .contains(new EmulatorState.AssociationType("USER_DEFINED", manager, "Boss"));
        assertThat(state().labels("companies", "contacts"))
            .contains(new EmulatorState.AssociationType("USER_DEFINED", employee, "Report"));

        putJson(this.labels, json(Map.of("associationTypeId", manager, "label", "Chief")), "contacts", "companies");
        assertThat(state().labels("companies", "contacts"))
            .contains(new EmulatorState.AssociationType("USER_DEFINED", employee, "Report"));

        JsonNode single = createLabel("contacts", "companies", Map.of("name", "advisor", "label", "Advisor"));
        putJson(this.labels,
                json(Map.of("associationTypeId", single.get(0).get("typeId").intValue(), "label", "Counsel")),
                "contacts", "companies");
        assertThat(state().labels("companies", "contacts")).extracting(EmulatorState.AssociationType::label)
            .contains("Counsel")
            .doesNotContain("Advisor");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/crm/v4/associations", "/crm/associations/v4" })
    void updateOfHubSpotDefinedOrUnknownTypesIsRefused(String prefix) {
        usePrefix(prefix);
        Reply hubSpotDefined = putJson(this.labels, json(Map.of("associationTypeId", 1, "label", "Main")), "contacts",
                "companies");
        assertThat(hubSpotDefined.status()).isEqualTo(400);
        Reply unknown = putJson(this.labels, json(Map.of("associationTypeId", 99999, "label", "Main")), "contacts",
                "companies");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("category").stringValue()).isEqualTo("OBJECT_NOT_FOUND");
        assertThat(putJson(this.labels, json(Map.of("label", "Main")), "contacts", "companies").status())
            .isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/crm/v4/associations", "/crm/associations/v4" })
    void deleteRemovesBothDirectionsAndTheirLimits(String prefix) {
        usePrefix(prefix);
        JsonNode created = createLabel("contacts", "companies",
                Map.of("name", "manager_employee", "label", "Manager", "inverseLabel", "Employee"));
        int manager = created.get(0).get("typeId").intValue();
        postJson(prefix + "/definitions/configurations/{from}/{to}/batch/create",
                "{\"inputs\":[{\"category\":\"USER_DEFINED\",\"typeId\":" + manager + ",\"maxToObjectIds\":3}]}",
                "contacts", "companies");
        assertThat(state().limit("contacts", "companies", "USER_DEFINED", manager)).hasValue(3);

        assertThat(delete(this.labels + "/{typeId}", "contacts", "companies", manager).status()).isEqualTo(204);
        assertThat(state().labels("contacts", "companies")).hasSize(3);
        assertThat(state().labels("companies", "contacts")).hasSize(3);
        assertThat(state().limit("contacts", "companies", "USER_DEFINED", manager)).isEmpty();
        assertThat(delete(this.labels + "/{typeId}", "contacts", "companies", manager).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/crm/v4/associations", "/crm/associations/v4" })
    void deleteRefusesHubSpotDefinedTypesAndLabelsInUse(String prefix) {
        usePrefix(prefix);
        assertThat(delete(this.labels + "/{typeId}", "contacts", "companies", 1).status()).isEqualTo(400);
        assertThat(delete(this.labels + "/{typeId}", "contacts", "companies", 279).status()).isEqualTo(400);
        assertThat(delete(this.labels + "/{typeId}", "contacts", "companies", "abc").status()).isEqualTo(400);

        int typeId = createLabel("contacts", "companies", Map.of("name", "advisor", "label", "Advisor")).get(0)
            .get("typeId")
            .intValue();
        putJson("/crm/v4/objects/companies/2/associations/contacts/1",
                "[{\"associationCategory\":\"USER_DEFINED\",\"associationTypeId\":" + (typeId + 1) + "}]");
        Reply inUse = delete(this.labels + "/{typeId}", "contacts", "companies", typeId);
        assertThat(inUse.status()).isEqualTo(400);
        assertThat(inUse.body().get("message").stringValue()).contains("in use");

        delete("/crm/v4/objects/contacts/1/associations/companies/2");
        assertThat(delete(this.labels + "/{typeId}", "contacts", "companies", typeId).status()).isEqualTo(204);
    }

}
