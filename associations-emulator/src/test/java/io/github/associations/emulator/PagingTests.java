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

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paging of R1 and B1: {@code limit}, the opaque {@code after} cursor, {@code paging}
 * absent on the last page, and synthetic associations.
 */
class PagingTests extends EmulatorApiTestSupport {

    private static final String R1 = "/crm/v4/objects/contacts/{id}/associations/companies";

    private static final String B1 = "/crm/v4/associations/contacts/companies/batch/read";

    private void associateWithCompanies(long contact, long first, long last) {
        Reply reply = postJson("/crm/v4/associations/contacts/companies/batch/create",
                batchCreate(contact, "HUBSPOT_DEFINED", 279, ids(first, last)));
        assertThat(reply.status()).isEqualTo(201);
    }

    @Test
    void listPagesThroughTwelveHundredFiftyAssociationsInThreePages() {
        associateWithCompanies(1, 1, 1250);
        List<Long> seen = new ArrayList<>();
        Reply page1 = get(R1, 1);
        assertThat(page1.body().get("results")).hasSize(500);
        String after1 = page1.body().at("/paging/next/after").stringValue();
        assertThat(after1).isEqualTo("MC0yLTUwMA%3D%3D");
        assertThat(decode(after1)).isEqualTo("0-2-500");
        assertThat(page1.body().at("/paging/next/link").stringValue())
            .contains("/crm/v4/objects/0-1/1/associations/0-2?after=" + after1);
        collect(page1.body(), seen);

        // The cursor exactly as it came, sent encoded once more by the URI template.
        Reply page2 = get(R1 + "?after={after}", 1, after1);
        assertThat(page2.body().get("results")).hasSize(500);
        collect(page2.body(), seen);
        String after2 = page2.body().at("/paging/next/after").stringValue();

        // The cursor URL-decoded by the client first.
        Reply page3 = get(R1 + "?after={after}", 1, URLDecoder.decode(after2, StandardCharsets.US_ASCII));
        assertThat(page3.status()).isEqualTo(200);
        assertThat(page3.body().get("results")).hasSize(250);
        assertThat(page3.body().has("paging")).isFalse();
        collect(page3.body(), seen);

        assertThat(seen).hasSize(1250).isSorted().doesNotHaveDuplicates();
        assertThat(seen.get(0)).isEqualTo(1);
        assertThat(seen.get(1249)).isEqualTo(1250);
    }

    @Test
    void smallerLimitsPageExactlyAndTheLastFullPageHasNoPaging() {
        associateWithCompanies(1, 1, 6);
        Reply first = get(R1 + "?limit=3", 1);
        assertThat(first.body().get("results")).hasSize(3);
        Reply second = get(R1 + "?limit=3&after={after}", 1, first.body().at("/paging/next/after").stringValue());
        assertThat(second.body().get("results")).hasSize(3);
        assertThat(second.body().at("/results/0/toObjectId").longValue()).isEqualTo(4);
        assertThat(second.body().has("paging")).isFalse();
    }

    @Test
    void garbageOrForeignCursorsAreRejected() {
        associateWithCompanies(1, 1, 3);
        assertThat(get(R1 + "?after=garbage!!", 1).status()).isEqualTo(400);
        String dealCursor = Base64.getEncoder().encodeToString("0-3-1".getBytes(StandardCharsets.US_ASCII));
        Reply foreign = get(R1 + "?after={after}", 1, dealCursor);
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.body().get("category").stringValue()).isEqualTo("VALIDATION_ERROR");
    }

    @Test
    void batchReadGivesEachInputItsOwnPageAndCursor() {
        associateWithCompanies(1, 1, 501);
        associateWithCompanies(2, 1, 3);
        Reply first = postJson(B1, "{\"inputs\":[{\"id\":\"1\"},{\"id\":\"2\"}]}");
        assertThat(first.status()).isEqualTo(200);
        JsonNode results = first.body().get("results");
        assertThat(results.get(0).get("from").toString()).isEqualTo("{\"id\":\"1\"}");
        assertThat(results.get(0).get("to")).hasSize(500);
        assertThat(results.get(0).at("/to/0/toObjectId").isNumber()).isTrue();
        String after = results.get(0).at("/paging/next/after").stringValue();
        assertThat(results.get(1).get("to")).hasSize(3);
        assertThat(results.get(1).has("paging")).isFalse();

        Reply second = postJson(B1,
                json(java.util.Map.of("inputs", List.of(java.util.Map.of("id", "1", "after", after)))));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body().at("/results/0/to").size()).isEqualTo(1);
        assertThat(second.body().at("/results/0/to/0/toObjectId").longValue()).isEqualTo(501);
        assertThat(second.body().at("/results/0").has("paging")).isFalse();
    }

    @Test
    void syntheticAssociationsPageWithoutBeingStored() {
        state().addSyntheticAssociations("contacts", "7", "companies", 1_000_000);
        Reply first = get(R1, 7);
        assertThat(first.body().get("results")).hasSize(500);
        assertThat(first.body().at("/results/0").toString()).isEqualTo("{\"toObjectId\":1,\"associationTypes\":"
                + "[{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":279,\"label\":null}]}");
        // Jump near the end with a cursor for id 999,999.
        String nearEnd = java.net.URLEncoder.encode(
                Base64.getEncoder().encodeToString("0-2-999999".getBytes(StandardCharsets.US_ASCII)),
                StandardCharsets.US_ASCII);
        Reply last = get(R1 + "?after={after}", 7, nearEnd);
        assertThat(last.body().get("results")).hasSize(1);
        assertThat(last.body().at("/results/0/toObjectId").longValue()).isEqualTo(1_000_000);
        assertThat(last.body().has("paging")).isFalse();
        assertThat(state().associationCount("contacts", "companies")).isEqualTo(1_000_000);
    }

    @Test
    void storedAssociationsShadowAndFollowSyntheticOnes() {
        state().addSyntheticAssociations("contacts", "7", "companies", 3);
        putJson("/crm/v4/objects/contacts/7/associations/companies/2",
                "[{\"associationCategory\":\"HUBSPOT_DEFINED\",\"associationTypeId\":1}]");
        put("/crm/v4/objects/contacts/7/associations/default/companies/10");
        JsonNode results = get(R1, 7).body().get("results");
        assertThat(results.valueStream().map((r) -> r.get("toObjectId").longValue())).containsExactly(1L, 2L, 3L, 10L);
        assertThat(RecordEndpointsTests.typeIds(results.get(1))).containsExactly(1, 279);
        assertThat(RecordEndpointsTests.typeIds(results.get(0))).containsExactly(279);
        assertThat(state().associations("contacts", "7", "companies")).hasSize(4);
        assertThat(state().associationCount("contacts", "companies")).isEqualTo(4);

        Reply batch = postJson(B1, "{\"inputs\":[{\"id\":\"7\"}]}");
        assertThat(batch.body().at("/results/0/to").size()).isEqualTo(4);
    }

    private static void collect(JsonNode page, List<Long> seen) {
        page.get("results").forEach((r) -> seen.add(r.get("toObjectId").longValue()));
    }

    private static String decode(String cursor) {
        return new String(Base64.getDecoder().decode(URLDecoder.decode(cursor, StandardCharsets.US_ASCII)),
                StandardCharsets.US_ASCII);
    }

}
