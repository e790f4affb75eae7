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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * C1-C5 (definition configurations) under both prefixes, enforcement of configured
 * limits, and U1.
 */
class LimitEndpointsTests extends EmulatorApiTestSupport {

    private static final String CONFIGURATIONS = "/crm/v4/associations/definitions/configurations";

    private Reply configure(String action, String from, String to, String inputs) {
        return postJson(CONFIGURATIONS + "/{from}/{to}/batch/" + action, "{\"inputs\":" + inputs + "}", from, to);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/crm/v4/associations", "/crm/associations/v4" })
    void createListUpdateAndPurgeLimits(String prefix) {
        String base = prefix + "/definitions/configurations";
        Reply created = postJson(base + "/{from}/{to}/batch/create",
                "{\"inputs\":[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":3,\"maxToObjectIds\":5}]}", "deals",
                "contacts");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("results").toString()).isEqualTo(
                "[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":3,\"userEnforcedMaxToObjectIds\":5,\"label\":null}]");
        assertThat(created.body().get("status").stringValue()).isEqualTo("COMPLETE");
        postJson(base + "/{from}/{to}/batch/create",
                "{\"inputs\":[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":1,\"maxToObjectIds\":1}]}", "contacts",
                "companies");

        Reply all = get(base + "/all");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().toString()).isEqualTo("{\"results\":["
                + "{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":1,\"userEnforcedMaxToObjectIds\":1,\"label\":\"Primary\"},"
                + "{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":3,\"userEnforcedMaxToObjectIds\":5,\"label\":null}]}");
        Reply pair = get(base + "/{from}/{to}", "deals", "contacts");
        assertThat(pair.body().get("results")).hasSize(1);
        assertThat(get(base + "/{from}/{to}", "contacts", "deals").body().get("results")).isEmpty();

        Reply updated = postJson(base + "/{from}/{to}/batch/update",
                "{\"inputs\":[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":3,\"maxToObjectIds\":7}]}", "deals",
                "contacts");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.body().get("results").toString())
            .isEqualTo("[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":3,\"userEnforcedMaxToObjectIds\":7}]");
        assertThat(state().limit("deals", "contacts", "HUBSPOT_DEFINED", 3)).hasValue(7);

        Reply purged = postJson(base + "/{from}/{to}/batch/purge",
                "{\"inputs\":[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":3}]}", "deals", "contacts");
        assertThat(purged.status()).isEqualTo(204);
        assertThat(state().limit("deals", "contacts", "HUBSPOT_DEFINED", 3)).isEmpty();
    }

    @Test
    void createReportsBadInputsAs207() {
        configure("create", "deals", "contacts",
                "[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":3,\"maxToObjectIds\":5}]");
        Reply reply = configure("create", "deals", "contacts",
                "[" + "{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":3,\"maxToObjectIds\":6},"
                        + "{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":4,\"maxToObjectIds\":6}]");
        assertThat(reply.status()).isEqualTo(207);
        assertThat(reply.body().get("numErrors").intValue()).isEqualTo(2);
        assertThat(reply.body().at("/errors/0/message").stringValue()).contains("already configured");
        assertThat(reply.body().at("/errors/1/message").stringValue()).contains("not defined");
        assertThat(reply.body().at("/errors/1/context/typeId/0").stringValue()).isEqualTo("4");
        assertThat(state().limit("deals", "contacts", "HUBSPOT_DEFINED", 3)).hasValue(5);

        Reply outOfRange = configure("create", "deals", "deals",
                "[" + "{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":451,\"maxToObjectIds\":0},"
                        + "{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":451,\"maxToObjectIds\":10001},"
                        + "{\"category\":\"USER_DEFINED\",\"typeId\":451,\"maxToObjectIds\":10000},"
                        + "{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":451,\"maxToObjectIds\":10000}]");
        assertThat(outOfRange.status()).isEqualTo(207);
        assertThat(outOfRange.body().get("numErrors").intValue()).isEqualTo(3);
        assertThat(outOfRange.body().at("/errors/0/message").stringValue()).contains("between 1 and 10000");
        assertThat(outOfRange.body().at("/errors/1/message").stringValue()).contains("between 1 and 10000");
        assertThat(outOfRange.body().at("/errors/2/message").stringValue()).contains("category");
        assertThat(outOfRange.body().get("results").toString()).isEqualTo(
                "[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":451,\"userEnforcedMaxToObjectIds\":10000,\"label\":null}]");
        assertThat(state().limit("deals", "deals", "HUBSPOT_DEFINED", 451)).hasValue(10000);
    }

    @Test
    void labelLimitsStayBelowTheObjectLimitAndTheObjectLimitAboveLabelLimits() {
        configure("create", "contacts", "companies",
                "[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":279,\"maxToObjectIds\":10}]");
        Reply labelTooHigh = configure("create", "contacts", "companies",
                "[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":931,\"maxToObjectIds\":11}]");
        assertThat(labelTooHigh.status()).isEqualTo(207);
        assertThat(labelTooHigh.body().at("/errors/0/message").stringValue()).contains("1-9");

        configure("create", "companies", "contacts",
                "[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":930,\"maxToObjectIds\":10}]");
        Reply objectTooLow = configure("create", "companies", "contacts",
                "[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":280,\"maxToObjectIds\":9}]");
        assertThat(objectTooLow.status()).isEqualTo(207);
        assertThat(objectTooLow.body().at("/errors/0/message").stringValue())
            .contains("must be greater than the existing label limits (i.e., >10)");
        Reply objectUpdateTooLow = configure("create", "companies", "contacts",
                "[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":280,\"maxToObjectIds\":11}]");
        assertThat(objectUpdateTooLow.status()).isEqualTo(201);
        assertThat(configure("update", "companies", "contacts",
                "[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":280,\"maxToObjectIds\":10}]")
            .status()).isEqualTo(207);
    }

    @Test
    void updateOfAnUnconfiguredTypeIs207() {
        Reply reply = configure("update", "deals", "contacts",
                "[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":3,\"maxToObjectIds\":5}]");
        assertThat(reply.status()).isEqualTo(207);
        assertThat(reply.body().at("/errors/0/category").stringValue()).isEqualTo("OBJECT_NOT_FOUND");
    }

    @Test
    void configurationBodiesWithBadFieldsAreRejected() {
        assertThat(
                configure("create", "deals", "contacts", "[{\"category\":\"NOPE\",\"typeId\":3,\"maxToObjectIds\":5}]")
                    .status())
            .isEqualTo(400);
        assertThat(
                configure("create", "deals", "contacts", "[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":3}]").status())
            .isEqualTo(400);
        assertThat(
                configure("purge", "deals", "contacts", "[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":279}]").status())
            .isEqualTo(400);
        assertThat(
                configure("purge", "deals", "contacts", "[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":3}]").status())
            .isEqualTo(204);
    }

    @Test
    void singleCallsThatWouldExceedALimitAreRejected() {
        configure("create", "contacts", "companies",
                "[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":279,\"maxToObjectIds\":2}]");
        assertThat(put("/crm/v4/objects/contacts/1/associations/default/companies/{id}", 10).status()).isEqualTo(200);
        assertThat(put("/crm/v4/objects/contacts/1/associations/default/companies/{id}", 11).status()).isEqualTo(200);
        // Already associated: nothing new, nothing to refuse.
        assertThat(put("/crm/v4/objects/contacts/1/associations/default/companies/{id}", 11).status()).isEqualTo(200);
        Reply third = put("/crm/v4/objects/contacts/1/associations/default/companies/{id}", 12);
        assertThat(third.status()).isEqualTo(400);
        assertThat(third.body().get("category").stringValue()).isEqualTo("VALIDATION_ERROR");
        assertThat(third.body().get("message").stringValue()).contains("at most 2");
        assertThat(third.body().at("/context/fromObjectId/0").stringValue()).isEqualTo("1");
        assertThat(third.body().at("/context/toObjectId/0").stringValue()).isEqualTo("12");
        Reply labelled = putJson("/crm/v4/objects/contacts/1/associations/companies/12",
                "[{\"associationCategory\":\"HUBSPOT_DEFINED\",\"associationTypeId\":931}]");
        assertThat(labelled.status()).isEqualTo(400);
        assertThat(state().associations("contacts", "1", "companies")).hasSize(2);
        // Other contacts are not affected.
        assertThat(put("/crm/v4/objects/contacts/2/associations/default/companies/{id}", 12).status()).isEqualTo(200);
    }

    @Test
    void limitsAreCheckedFromTheOtherRecordsSideToo() {
        configure("create", "companies", "contacts",
                "[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":280,\"maxToObjectIds\":1}]");
        assertThat(put("/crm/v4/objects/contacts/1/associations/default/companies/9").status()).isEqualTo(200);
        Reply second = put("/crm/v4/objects/contacts/2/associations/default/companies/9");
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.body().get("message").stringValue()).contains("company 9");
    }

    @Test
    void labelLimitsCountOnlyThatLabel() {
        configure("create", "contacts", "companies",
                "[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":931,\"maxToObjectIds\":1}]");
        String billing = "[{\"associationCategory\":\"HUBSPOT_DEFINED\",\"associationTypeId\":931}]";
        assertThat(putJson("/crm/v4/objects/contacts/1/associations/companies/10", billing).status()).isEqualTo(201);
        assertThat(put("/crm/v4/objects/contacts/1/associations/default/companies/11").status()).isEqualTo(200);
        assertThat(putJson("/crm/v4/objects/contacts/1/associations/companies/11", billing).status()).isEqualTo(400);
        // Re-sending the same label for the same pair adds nothing.
        assertThat(putJson("/crm/v4/objects/contacts/1/associations/companies/10", billing).status()).isEqualTo(201);
    }

    @Test
    void limitsAreNotRetroactive() {
        for (long company = 1; company <= 3; company++) {
            put("/crm/v4/objects/contacts/1/associations/default/companies/{id}", company);
        }
        assertThat(configure("create", "contacts", "companies",
                "[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":279,\"maxToObjectIds\":2}]")
            .status()).isEqualTo(201);
        assertThat(state().associations("contacts", "1", "companies")).hasSize(3);
        assertThat(put("/crm/v4/objects/contacts/1/associations/default/companies/4").status()).isEqualTo(400);
        assertThat(putJson("/crm/v4/objects/contacts/1/associations/companies/1",
                "[{\"associationCategory\":\"HUBSPOT_DEFINED\",\"associationTypeId\":1}]")
            .status()).isEqualTo(201);
    }

    @Test
    void batchesReportLimitViolationsPerInput() {
        configure("create", "contacts", "companies",
                "[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":279,\"maxToObjectIds\":2}]");
        Reply created = postJson("/crm/v4/associations/contacts/companies/batch/create",
                batchCreate(1, "HUBSPOT_DEFINED", 279, 10, 11, 12));
        assertThat(created.status()).isEqualTo(207);
        assertThat(created.body().get("results")).hasSize(2);
        JsonNode error = created.body().at("/errors/0");
        assertThat(error.get("category").stringValue()).isEqualTo("VALIDATION_ERROR");
        assertThat(error.at("/context/fromObjectId").toString()).isEqualTo("[\"1\"]");
        assertThat(error.at("/context/toObjectId").toString()).isEqualTo("[\"12\"]");

        Reply defaults = postJson("/crm/v4/associations/contacts/companies/batch/associate/default",
                "{\"inputs\":[{\"from\":{\"id\":\"2\"},\"to\":{\"id\":\"10\"}},{\"from\":{\"id\":\"1\"},\"to\":{\"id\":\"13\"}}]}");
        assertThat(defaults.status()).isEqualTo(200);
        assertThat(defaults.body().get("results")).hasSize(2);
        assertThat(defaults.body().get("numErrors").intValue()).isEqualTo(1);
        assertThat(defaults.body().at("/errors/0/context/toObjectId/0").stringValue()).isEqualTo("13");
        assertThat(state().associations("contacts", "1", "companies")).hasSize(2);
    }

    @Test
    void highUsageReportIsAccepted() {
        Reply reply = post("/crm/v4/associations/usage/high-usage-report/{userId}", 123456);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("userId").isNumber()).isTrue();
        assertThat(reply.body().get("userId").intValue()).isEqualTo(123456);
        assertThat(reply.body().get("userEmail").stringValue()).contains("@");
        assertThat(reply.body().get("enqueueTime").stringValue()).isEqualTo("2024-10-21T20:22:42.152Z");
        for (Object bad : List.of("abc", 0, 3_000_000_000L)) {
            assertThat(post("/crm/v4/associations/usage/high-usage-report/{userId}", bad).status()).as("%s", bad)
                .isEqualTo(400);
        }
    }

}
