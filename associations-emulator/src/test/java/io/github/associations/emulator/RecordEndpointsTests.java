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
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R1-R4: {@code /crm/v4/objects/{objectType}/{objectId}/associations/...}.
 */
class RecordEndpointsTests extends EmulatorApiTestSupport {

    private static final String PRIMARY = "[{\"associationCategory\":\"HUBSPOT_DEFINED\",\"associationTypeId\":1}]";

    private static final String R1 = "/crm/v4/objects/{type}/{id}/associations/{toType}";

    private static final String R2 = "/crm/v4/objects/{type}/{id}/associations/{toType}/{toId}";

    private static final String R3 = "/crm/v4/objects/{type}/{id}/associations/default/{toType}/{toId}";

    @Test
    void labelledAssociationAnswers201WithLabelsBetweenObjectPairWithNumericIds() {
        Reply reply = putJson(R2, PRIMARY, "contacts", 29851, "companies", 21678228008L);
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body().toString()).isEqualTo("{\"fromObjectTypeId\":\"0-1\",\"fromObjectId\":29851,"
                + "\"toObjectTypeId\":\"0-2\",\"toObjectId\":21678228008,\"labels\":[\"Primary\"]}");
    }

    @Test
    void associationIsListedFromBothSidesWithInverseTypes() {
        putJson(R2, PRIMARY, "contacts", 1, "companies", 2);
        JsonNode fromContact = get(R1, "contacts", 1, "companies").body();
        assertThat(fromContact.toString()).isEqualTo("{\"results\":[{\"toObjectId\":2,\"associationTypes\":["
                + "{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":1,\"label\":\"Primary\"},"
                + "{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":279,\"label\":null}]}]}");
        JsonNode fromCompany = get(R1, "company", 2, "contact").body();
        assertThat(fromCompany.toString()).isEqualTo("{\"results\":[{\"toObjectId\":1,\"associationTypes\":["
                + "{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":2,\"label\":\"Primary\"},"
                + "{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":280,\"label\":null}]}]}");
        assertThat(state().associationCount("contacts", "companies")).isEqualTo(1);
    }

    @Test
    void labelledPutReplacesLabelsAndKeepsTheUnlabeledType() {
        putJson(R2,
                "[{\"associationCategory\":\"HUBSPOT_DEFINED\",\"associationTypeId\":1},"
                        + "{\"associationCategory\":\"HUBSPOT_DEFINED\",\"associationTypeId\":931}]",
                "contacts", 1, "companies", 2);
        assertThat(typeIds(get(R1, "contacts", 1, "companies").body().at("/results/0"))).containsExactly(1, 279, 931);

        Reply replaced = putJson(R2, "[{\"associationCategory\":\"HUBSPOT_DEFINED\",\"associationTypeId\":931}]",
                "contacts", 1, "companies", 2);
        assertThat(replaced.body().get("labels").toString()).isEqualTo("[\"Billing contact\"]");
        assertThat(typeIds(get(R1, "contacts", 1, "companies").body().at("/results/0"))).containsExactly(279, 931);
        assertThat(typeIds(get(R1, "companies", 2, "contacts").body().at("/results/0"))).containsExactly(280, 930);

        Reply unlabeledOnly = putJson(R2, "[{\"associationCategory\":\"HUBSPOT_DEFINED\",\"associationTypeId\":279}]",
                "contacts", 1, "companies", 2);
        assertThat(unlabeledOnly.body().get("labels")).isEmpty();
        assertThat(typeIds(get(R1, "contacts", 1, "companies").body().at("/results/0"))).containsExactly(279);
    }

    @Test
    void aContactHasOnePrimaryCompanyWhicheverSideWritesIt() {
        putJson(R2, PRIMARY, "contacts", 1, "companies", 10);
        putJson(R2, PRIMARY, "contacts", 1, "companies", 11);
        JsonNode companies = get(R1, "contacts", 1, "companies").body().get("results");
        assertThat(typeIds(companies.get(0))).containsExactly(279);
        assertThat(typeIds(companies.get(1))).containsExactly(1, 279);
        assertThat(typeIds(get(R1, "companies", 10, "contacts").body().at("/results/0"))).containsExactly(280);

        // Company 12 declares itself contact 1's primary company (type 2 from the company
        // side).
        putJson(R2, "[{\"associationCategory\":\"HUBSPOT_DEFINED\",\"associationTypeId\":2}]", "companies", 12,
                "contacts", 1);
        companies = get(R1, "contacts", 1, "companies").body().get("results");
        assertThat(typeIds(companies.get(1))).containsExactly(279);
        assertThat(typeIds(companies.get(2))).containsExactly(1, 279);
    }

    @Test
    void aCompanyCanBeThePrimaryCompanyOfManyContacts() {
        putJson(R2, PRIMARY, "contacts", 1, "companies", 10);
        putJson(R2, PRIMARY, "contacts", 2, "companies", 10);
        JsonNode contacts = get(R1, "companies", 10, "contacts").body().get("results");
        assertThat(typeIds(contacts.get(0))).containsExactly(2, 280);
        assertThat(typeIds(contacts.get(1))).containsExactly(2, 280);
    }

    @Test
    void labelledPutWithoutBodyIsRejected() {
        Reply reply = put(R2, "contacts", 1, "companies", 2);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("message").stringValue())
            .isEqualTo("Invalid JSON input: a request body was expected, but none found");
        assertThat(reply.body().get("category").stringValue()).isEqualTo("VALIDATION_ERROR");
        assertThat(reply.body().get("status").stringValue()).isEqualTo("error");
        assertThat(reply.body().get("correlationId").stringValue()).isNotBlank();
    }

    @Test
    void labelledPutWithAnObjectInsteadOfAnArrayIsRejected() {
        Reply reply = putJson(R2, "{\"associationCategory\":\"HUBSPOT_DEFINED\",\"associationTypeId\":1}", "contacts",
                1, "companies", 2);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("message").stringValue())
            .startsWith("Invalid input JSON on line 1, column 1: Cannot deserialize value of type `java.util.HashSet<");
    }

    @Test
    void labelledPutWithMalformedJsonOrEmptyArrayIsRejected() {
        assertThat(putJson(R2, "[{", "contacts", 1, "companies", 2).body().get("message").stringValue())
            .startsWith("Invalid input JSON on line 1");
        Reply empty = putJson(R2, "[]", "contacts", 1, "companies", 2);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().get("category").stringValue()).isEqualTo("VALIDATION_ERROR");
        assertThat(state().associations("contacts", "1", "companies")).isEmpty();
    }

    @Test
    void labelledPutWithATypeOfTheOtherDirectionOrCategoryIsRejected() {
        Reply otherDirection = putJson(R2, "[{\"associationCategory\":\"HUBSPOT_DEFINED\",\"associationTypeId\":2}]",
                "contacts", 1, "companies", 2);
        assertThat(otherDirection.status()).isEqualTo(400);
        assertThat(otherDirection.body().get("message").stringValue()).contains("2").contains("contact to company");
        Reply wrongCategory = putJson(R2, "[{\"associationCategory\":\"USER_DEFINED\",\"associationTypeId\":1}]",
                "contacts", 1, "companies", 2);
        assertThat(wrongCategory.status()).isEqualTo(400);
        Reply unknownCategory = putJson(R2, "[{\"associationCategory\":\"NOPE\",\"associationTypeId\":1}]", "contacts",
                1, "companies", 2);
        assertThat(unknownCategory.status()).isEqualTo(400);
        assertThat(state().associations("contacts", "1", "companies")).isEmpty();
    }

    @Test
    void labelledPutToAnUnknownRecordGivesHubSpotsInvalidObjectIdsError() {
        useSettings(settings(true));
        state().seedRecords("companies", List.of("2"));
        Reply reply = putJson(R2, PRIMARY, "contacts", 38374264688L, "companies", 2);
        assertThat(reply.status()).isEqualTo(400);
        JsonNode body = reply.body();
        assertThat(body.get("message").stringValue()).isEqualTo("One or more associations are invalid");
        assertThat(body.get("category").stringValue()).isEqualTo("VALIDATION_ERROR");
        assertThat(body.get("context").toString()).isEqualTo("{\"INVALID_OBJECT_IDS\":[\"CONTACT=38374264688 is not "
                + "valid\"],\"objectId\":[\"38374264688\"],\"objectType\":[\"CONTACT\"]}");
        assertThat(state().associationCount("contacts", "companies")).isZero();
    }

    @Test
    void invalidRecordIdsAndObjectTypesInThePathAreRejected() {
        assertThat(putJson(R2, PRIMARY, "contacts", "abc", "companies", 2).status()).isEqualTo(400);
        assertThat(putJson(R2, PRIMARY, "contacts", 0, "companies", 2).status()).isEqualTo(400);
        assertThat(putJson(R2, PRIMARY, "contacts", -5, "companies", 2).status()).isEqualTo(400);
        assertThat(get(R1, "contacts", "x1", "companies").status()).isEqualTo(400);
        Reply unknownType = get(R1, "widgets", 1, "companies");
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.body().get("message").stringValue())
            .isEqualTo("Unable to infer object type from: widgets");
    }

    @Test
    void associatingARecordWithItselfIsRejected() {
        assertThat(put(R3, "contacts", 1, "contacts", 1).status()).isEqualTo(400);
    }

    @Test
    void objectTypesAreAcceptedByIdAndByNameInAnyCase() {
        put(R3, "0-1", 1, "COMPANY", 2);
        assertThat(get(R1, "Contacts", 1, "0-2").body().at("/results/0/toObjectId").longValue()).isEqualTo(2);
        assertThat(get(R1, "contact", 1, "companies").body().get("results")).hasSize(1);
        put(R3, "notes", 7, "deals", 8);
        assertThat(typeIds(get(R1, "0-46", 7, "deal").body().at("/results/0"))).containsExactly(214);
        put(R3, "2-123", 5, "contacts", 1);
        JsonNode custom = get(R1, "contacts", 1, "2-123").body().at("/results/0/associationTypes/0");
        assertThat(custom.get("category").stringValue()).isEqualTo("USER_DEFINED");
    }

    @Test
    void defaultAssociationAnswersBothDirectionsWithStringIds() {
        Reply reply = put(R3, "contact", 12345, "company", 67891);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("status").stringValue()).isEqualTo("COMPLETE");
        assertThat(reply.body().get("results").toString())
            .isEqualTo("[" + "{\"from\":{\"id\":\"12345\"},\"to\":{\"id\":\"67891\"},\"associationSpec\":"
                    + "{\"associationCategory\":\"HUBSPOT_DEFINED\",\"associationTypeId\":279}},"
                    + "{\"from\":{\"id\":\"67891\"},\"to\":{\"id\":\"12345\"},\"associationSpec\":"
                    + "{\"associationCategory\":\"HUBSPOT_DEFINED\",\"associationTypeId\":280}}]");
        assertThat(reply.body().get("startedAt").stringValue()).isEqualTo("2024-10-21T20:22:42.152Z");
        assertThat(reply.body().get("completedAt").stringValue()).isEqualTo("2024-10-21T20:22:42.152Z");
    }

    @Test
    void defaultAssociationLeavesLabelsAlone() {
        putJson(R2, PRIMARY, "contacts", 1, "companies", 2);
        put(R3, "contacts", 1, "companies", 2);
        assertThat(typeIds(get(R1, "contacts", 1, "companies").body().at("/results/0"))).containsExactly(1, 279);
    }

    @Test
    void defaultAssociationToAnUnknownRecordIsRejectedInStrictMode() {
        useSettings(settings(true));
        state().seedRecords("contacts", List.of("1"));
        Reply reply = put(R3, "contacts", 1, "companies", 2);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().at("/context/INVALID_OBJECT_IDS/0").stringValue()).isEqualTo("COMPANY=2 is not valid");
        state().seedRecords("companies", List.of("2"));
        assertThat(put(R3, "contacts", 1, "companies", 2).status()).isEqualTo(200);
    }

    @Test
    void deleteRemovesEveryTypeFromBothSides() {
        putJson(R2, PRIMARY, "contacts", 1, "companies", 2);
        put(R3, "contacts", 1, "companies", 3);
        assertThat(delete(R2, "contacts", 1, "companies", 2).status()).isEqualTo(204);
        assertThat(get(R1, "contacts", 1, "companies").body().at("/results/0/toObjectId").longValue()).isEqualTo(3);
        assertThat(get(R1, "companies", 2, "contacts").body().get("results")).isEmpty();
        assertThat(state().associationCount("contacts", "companies")).isEqualTo(1);
    }

    @Test
    void deleteOfNothingStillAnswers204() {
        Reply reply = delete(R2, "contacts", 1, "companies", 2);
        assertThat(reply.status()).isEqualTo(204);
        assertThat(reply.body().isMissingNode()).isTrue();
    }

    @Test
    void deleteWithABadIdIsRejected() {
        assertThat(delete(R2, "contacts", "one", "companies", 2).status()).isEqualTo(400);
    }

    @Test
    void listIsOrderedByAssociatedRecordIdWithNumericIds() {
        for (long company : new long[] { 30, 10, 20 }) {
            put(R3, "contacts", 1, "companies", company);
        }
        JsonNode results = get(R1, "contacts", 1, "companies").body().get("results");
        assertThat(results.valueStream().map((r) -> r.get("toObjectId").longValue())).containsExactly(10L, 20L, 30L);
        assertThat(results.get(0).get("toObjectId").isNumber()).isTrue();
        assertThat(get(R1, "contacts", 1, "companies").body().has("paging")).isFalse();
    }

    @Test
    void listOfAnUnknownRecordIsEmpty() {
        useSettings(settings(true));
        Reply reply = get(R1, "contacts", 404, "companies");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().toString()).isEqualTo("{\"results\":[]}");
    }

    @Test
    void listRejectsLimitsOutsideOneToFiveHundred() {
        assertThat(get(R1 + "?limit=0", "contacts", 1, "companies").status()).isEqualTo(400);
        assertThat(get(R1 + "?limit=abc", "contacts", 1, "companies").status()).isEqualTo(400);
        Reply tooLarge = get(R1 + "?limit=501", "contacts", 1, "companies");
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.body().get("category").stringValue()).isEqualTo("VALIDATION_ERROR");
        assertThat(get(R1 + "?limit=500", "contacts", 1, "companies").status()).isEqualTo(200);
    }

    @Test
    void listClampsLargeLimitsWhenConfiguredTo() {
        var defaults = settings(false);
        useSettings(new io.github.associations.emulator.internal.store.ApiSettings(false,
                defaults.maxCustomLabelsPerObjectPair(), 2, true, defaults.maxBatchReadInputs(),
                defaults.maxBatchCreateInputs(), defaults.maxOtherBatchInputs(), defaults.clock()));
        for (long company = 1; company <= 3; company++) {
            put(R3, "contacts", 1, "companies", company);
        }
        Reply reply = get(R1 + "?limit=1000", "contacts", 1, "companies");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("results")).hasSize(2);
        assertThat(reply.body().has("paging")).isTrue();
    }

    static List<Integer> typeIds(JsonNode associatedRecord) {
        return associatedRecord.get("associationTypes").valueStream().map((t) -> t.get("typeId").intValue()).toList();
    }

}
