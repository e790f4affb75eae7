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

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.github.associations.emulator.control.ApiVersion;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorState;
import io.github.associations.emulator.control.Fault;
import io.github.associations.emulator.control.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * HubSpot's v4 and date-based versions served side by side: each version's paths,
 * statuses and bodies, one state behind them all, and the version in the request log.
 */
class ApiVersionsTests extends EmulatorApiTestSupport {

    private static final String CONTACT_TO_COMPANY = "[{\"associationCategory\":\"HUBSPOT_DEFINED\","
            + "\"associationTypeId\":279}]";

    private static final String NOT_A_CONTACT_TO_COMPANY_TYPE = "[{\"associationCategory\":\"HUBSPOT_DEFINED\","
            + "\"associationTypeId\":3}]";

    /** The path template of an endpoint in a version. */
    private static String path(EmulatorEndpoint endpoint, ApiVersion version) {
        return endpoint.pathTemplates(version).get(0);
    }

    private static String inputs(String... inputs) {
        return "{\"inputs\":[" + String.join(",", inputs) + "]}";
    }

    private static String pair(long from, long to, String types) {
        return "{\"from\":{\"id\":\"" + from + "\"},\"to\":{\"id\":\"" + to + "\"},\"types\":" + types + "}";
    }

    @Test
    void datedPathsPutTheVersionAfterTheApiName() {
        assertThat(path(EmulatorEndpoint.RECORDS_LIST, ApiVersion.V2026_03))
            .isEqualTo("/crm/objects/2026-03/{objectType}/{objectId}/associations/{toObjectType}");
        assertThat(path(EmulatorEndpoint.BATCH_CREATE, ApiVersion.V2026_09))
            .isEqualTo("/crm/associations/2026-09/{fromObjectType}/{toObjectType}/batch/create");
        assertThat(path(EmulatorEndpoint.LABELS_DELETE, ApiVersion.V2026_09))
            .isEqualTo("/crm/associations/2026-09/{fromObjectType}/{toObjectType}/labels/{associationTypeId}");
        assertThat(path(EmulatorEndpoint.LIMITS_LIST_ALL, ApiVersion.V2026_03))
            .isEqualTo("/crm/associations/2026-03/definitions/configurations/all");
        assertThat(path(EmulatorEndpoint.USAGE_HIGH_USAGE_REPORT, ApiVersion.V2026_09))
            .isEqualTo("/crm/associations/2026-09/usage/high-usage-report/{userId}");
        assertThat(path(EmulatorEndpoint.OAUTH_TOKEN, ApiVersion.V2026_09)).isEqualTo("/oauth/2026-09/token");
        assertThat(EmulatorEndpoint.RECORDS_LIST.versions()).containsExactly(ApiVersion.V4, ApiVersion.V2026_03,
                ApiVersion.V2026_09);
        assertThat(EmulatorEndpoint.V3_BATCH_READ.versions()).containsExactly(ApiVersion.V3);
        assertThat(EmulatorEndpoint.V3_BATCH_READ.pathTemplates(ApiVersion.V2026_09)).isEmpty();
        assertThat(EmulatorEndpoint.OAUTH_REVOKE.versions()).containsExactly(ApiVersion.V2026_03, ApiVersion.V2026_09);
    }

    @Test
    void v3HasNoDatedCounterpartAndDatedBatchPathsTakeV4Bodies() {
        assertThat(get("/crm/associations/2026-09/contacts/companies/types").status()).isEqualTo(404);

        put(path(EmulatorEndpoint.RECORDS_ASSOCIATE_DEFAULT, ApiVersion.V4), "contacts", 1, "companies", 2);
        Reply read = postJson("/crm/associations/2026-09/contacts/companies/batch/read", inputs("{\"id\":\"1\"}"));

        assertThat(read.body().at("/results/0/to/0/toObjectId").longValue()).isEqualTo(2);
        assertThat(requests().all().get(requests().all().size() - 1).endpoint()).isEqualTo(EmulatorEndpoint.BATCH_READ);
    }

    @ParameterizedTest
    @EnumSource(value = ApiVersion.class, names = { "V4", "V2026_03", "V2026_09" })
    void recordCallsAnswerTheSameStatusesInEveryVersion(ApiVersion version) {
        Reply labelled = putJson(path(EmulatorEndpoint.RECORDS_ASSOCIATE, version), CONTACT_TO_COMPANY, "contacts", 1,
                "companies", 2);
        assertThat(labelled.status()).isEqualTo(201);
        assertThat(labelled.body().toString()).isEqualTo("{\"fromObjectTypeId\":\"0-1\",\"fromObjectId\":1,"
                + "\"toObjectTypeId\":\"0-2\",\"toObjectId\":2,\"labels\":[]}");

        Reply associated = put(path(EmulatorEndpoint.RECORDS_ASSOCIATE_DEFAULT, version), "contacts", 1, "companies",
                3);
        assertThat(associated.status()).isEqualTo(200);
        assertThat(associated.body().get("results")).hasSize(2);

        Reply removed = delete(path(EmulatorEndpoint.RECORDS_REMOVE, version), "contacts", 1, "companies", 3);
        assertThat(removed.status()).isEqualTo(204);
        assertThat(removed.body().isMissingNode()).isTrue();

        Reply report = post(path(EmulatorEndpoint.USAGE_HIGH_USAGE_REPORT, version), 123456);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body().get("userId").intValue()).isEqualTo(123456);
    }

    @Test
    void labelsOnARecordCarryTheirObjectTypesIn202603AndIn202609sRecordList() {
        put(path(EmulatorEndpoint.RECORDS_ASSOCIATE_DEFAULT, ApiVersion.V4), "contacts", 1, "companies", 2);
        String bare = "{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":279,\"label\":null}";
        String withObjectTypes = "{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":279,\"label\":null,"
                + "\"fromObjectTypeId\":\"0-1\",\"toObjectTypeId\":\"0-2\"}";

        assertThat(listedTypes(ApiVersion.V4)).isEqualTo("[" + bare + "]");
        assertThat(listedTypes(ApiVersion.V2026_03)).isEqualTo("[" + withObjectTypes + "]");
        assertThat(listedTypes(ApiVersion.V2026_09)).isEqualTo("[" + withObjectTypes + "]");

        assertThat(readTypes(ApiVersion.V4)).isEqualTo("[" + bare + "]");
        assertThat(readTypes(ApiVersion.V2026_03)).isEqualTo("[" + withObjectTypes + "]");
        assertThat(readTypes(ApiVersion.V2026_09)).isEqualTo("[" + bare + "]");
    }

    private String listedTypes(ApiVersion version) {
        Reply reply = get(path(EmulatorEndpoint.RECORDS_LIST, version), "contacts", 1, "companies");
        assertThat(reply.status()).isEqualTo(200);
        return reply.body().at("/results/0/associationTypes").toString();
    }

    private String readTypes(ApiVersion version) {
        Reply reply = postJson(path(EmulatorEndpoint.BATCH_READ, version), inputs("{\"id\":\"1\"}"), "contacts",
                "companies");
        assertThat(reply.status()).isEqualTo(200);
        return reply.body().at("/results/0/to/0/associationTypes").toString();
    }

    @ParameterizedTest
    @EnumSource(value = ApiVersion.class, names = { "V4", "V2026_03", "V2026_09" })
    void pagingLinksPointAtTheVersionsRecordList(ApiVersion version) {
        for (long company = 1; company <= 3; company++) {
            put(path(EmulatorEndpoint.RECORDS_ASSOCIATE_DEFAULT, version), "contacts", 1, "companies", company);
        }
        Reply page = get(path(EmulatorEndpoint.RECORDS_LIST, version) + "?limit=2", "contacts", 1, "companies");
        String link = page.body().at("/paging/next/link").stringValue();
        String expected = version.isDated() ? "/crm/objects/" + version.value() + "/0-1/1/associations/0-2?after="
                : "/crm/v4/objects/0-1/1/associations/0-2?after=";
        assertThat(link).contains(expected);
        Reply next = get(path(EmulatorEndpoint.RECORDS_LIST, version) + "?after={after}", "contacts", 1, "companies",
                page.body().at("/paging/next/after").stringValue());
        assertThat(next.body().at("/results/0/toObjectId").longValue()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(value = ApiVersion.class, names = { "V4", "V2026_03", "V2026_09" })
    void batchReadAnswers200OrPartialFailuresAs207ButAs200In202609(ApiVersion version) {
        put(path(EmulatorEndpoint.RECORDS_ASSOCIATE_DEFAULT, version), "deals", 1, "companies", 2);
        String batchRead = path(EmulatorEndpoint.BATCH_READ, version);

        assertThat(postJson(batchRead, inputs("{\"id\":\"1\"}"), "deals", "companies").status()).isEqualTo(200);

        Reply partial = postJson(batchRead, inputs("{\"id\":\"1\"}", "{\"id\":\"77\"}"), "deals", "companies");
        assertThat(partial.status()).isEqualTo((version == ApiVersion.V2026_09) ? 200 : 207);
        assertThat(partial.body().get("results")).hasSize(1);
        assertThat(partial.body().get("numErrors").intValue()).isEqualTo(1);
        assertThat(partial.body().at("/errors/0/category").stringValue()).isEqualTo("OBJECT_NOT_FOUND");
        assertThat(partial.body().at("/errors/0/context/fromObjectId/0").stringValue()).isEqualTo("77");
    }

    @ParameterizedTest
    @EnumSource(value = ApiVersion.class, names = { "V4", "V2026_03", "V2026_09" })
    void batchCreateAnswers201Or207ButOnly200In202609(ApiVersion version) {
        String batchCreate = path(EmulatorEndpoint.BATCH_CREATE, version);

        Reply created = postJson(batchCreate, inputs(pair(1, 2, CONTACT_TO_COMPANY)), "contacts", "companies");
        assertThat(created.status()).isEqualTo((version == ApiVersion.V2026_09) ? 200 : 201);
        assertThat(created.body().get("results")).hasSize(1);
        assertThat(created.body().has("errors")).isFalse();

        Reply partial = postJson(batchCreate,
                inputs(pair(1, 3, CONTACT_TO_COMPANY), pair(1, 4, NOT_A_CONTACT_TO_COMPANY_TYPE)), "contacts",
                "companies");
        assertThat(partial.status()).isEqualTo((version == ApiVersion.V2026_09) ? 200 : 207);
        assertThat(partial.body().get("results")).hasSize(1);
        assertThat(partial.body().get("numErrors").intValue()).isEqualTo(1);
        assertThat(partial.body().at("/errors/0/context/toObjectId/0").stringValue()).isEqualTo("4");

        Reply defaults = postJson(path(EmulatorEndpoint.BATCH_ASSOCIATE_DEFAULT, version),
                inputs("{\"from\":{\"id\":\"1\"},\"to\":{\"id\":\"5\"}}"), "contacts", "companies");
        assertThat(defaults.status()).isEqualTo(200);
        assertThat(defaults.body().get("results")).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(value = ApiVersion.class, names = { "V4", "V2026_03", "V2026_09" })
    void archivesAnswer204InV4And200WithABatchBodyInDatedVersions(ApiVersion version) {
        String batchCreate = path(EmulatorEndpoint.BATCH_CREATE, version);
        postJson(batchCreate, inputs(pair(1, 2, CONTACT_TO_COMPANY), pair(1, 3, CONTACT_TO_COMPANY)), "contacts",
                "companies");

        Reply archived = postJson(path(EmulatorEndpoint.BATCH_ARCHIVE, version),
                inputs("{\"from\":{\"id\":\"1\"},\"to\":[{\"id\":\"2\"}]}"), "contacts", "companies");
        Reply labelsArchived = postJson(path(EmulatorEndpoint.BATCH_ARCHIVE_LABELS, version),
                inputs(pair(1, 3, CONTACT_TO_COMPANY)), "contacts", "companies");

        for (Reply reply : List.of(archived, labelsArchived)) {
            if (version.isDated()) {
                assertThat(reply.status()).isEqualTo(200);
                assertThat(reply.body().toString()).isEqualTo("{\"status\":\"COMPLETE\",\"results\":[{}],"
                        + "\"numErrors\":0,\"errors\":[],\"startedAt\":\"2024-10-21T20:22:42.152Z\","
                        + "\"completedAt\":\"2024-10-21T20:22:42.152Z\"}");
            }
            else {
                assertThat(reply.status()).isEqualTo(204);
                assertThat(reply.body().isMissingNode()).isTrue();
            }
        }
        assertThat(state().associations("contacts", "1", "companies")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ApiVersion.class, names = { "V2026_03", "V2026_09" })
    void datedArchivesReportFailingInputsInTheirBody(ApiVersion version) {
        useSettings(settings(true));
        state().seedRecords("contacts", List.of("1"));
        state().seedRecords("companies", List.of("2", "3"));
        postJson(path(EmulatorEndpoint.BATCH_CREATE, version),
                inputs(pair(1, 2, CONTACT_TO_COMPANY), pair(1, 3, CONTACT_TO_COMPANY)), "contacts", "companies");

        Reply archived = postJson(path(EmulatorEndpoint.BATCH_ARCHIVE, version),
                inputs("{\"from\":{\"id\":\"1\"},\"to\":[{\"id\":\"2\"}]}",
                        "{\"from\":{\"id\":\"1\"},\"to\":[{\"id\":\"99\"}]}"),
                "contacts", "companies");
        assertThat(archived.status()).isEqualTo(200);
        assertThat(archived.body().get("results").toString()).isEqualTo("[{}]");
        assertThat(archived.body().get("numErrors").intValue()).isEqualTo(1);
        assertThat(archived.body().at("/errors/0/category").stringValue()).isEqualTo("VALIDATION_ERROR");
        assertThat(archived.body().at("/errors/0/context/INVALID_OBJECT_IDS/0").stringValue())
            .isEqualTo("COMPANY=99 is not valid");
        assertThat(archived.body().at("/errors/0/context/toObjectId/0").stringValue()).isEqualTo("99");

        Reply labelsArchived = postJson(path(EmulatorEndpoint.BATCH_ARCHIVE_LABELS, version),
                inputs(pair(1, 3, NOT_A_CONTACT_TO_COMPANY_TYPE), pair(1, 3, CONTACT_TO_COMPANY)), "contacts",
                "companies");
        assertThat(labelsArchived.status()).isEqualTo(200);
        assertThat(labelsArchived.body().get("results").toString()).isEqualTo("[{}]");
        assertThat(labelsArchived.body().get("numErrors").intValue()).isEqualTo(1);
        assertThat(labelsArchived.body().at("/errors/0/message").stringValue())
            .isEqualTo("Association type 3 is not defined from contact to company");
        assertThat(state().associations("contacts", "1", "companies")).isEmpty();
    }

    @Test
    void v4ArchivesStillFailTheWholeRequestForAnUnknownRecord() {
        useSettings(settings(true));
        state().seedRecords("contacts", List.of("1"));
        state().seedRecords("companies", List.of("2"));
        put(path(EmulatorEndpoint.RECORDS_ASSOCIATE_DEFAULT, ApiVersion.V4), "contacts", 1, "companies", 2);

        Reply archived = postJson(path(EmulatorEndpoint.BATCH_ARCHIVE, ApiVersion.V4),
                inputs("{\"from\":{\"id\":\"1\"},\"to\":[{\"id\":\"2\"},{\"id\":\"99\"}]}"), "contacts", "companies");

        assertThat(archived.status()).isEqualTo(400);
        assertThat(state().associations("contacts", "1", "companies")).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = ApiVersion.class, names = { "V4", "V2026_03", "V2026_09" })
    void labelCallsAnswerTheSameStatusesInEveryVersion(ApiVersion version) {
        String labels = path(EmulatorEndpoint.LABELS_LIST, version);
        assertThat(get(labels, "contacts", "companies").status()).isEqualTo(200);

        Reply created = postJson(labels, "{\"name\":\"billing\",\"label\":\"Billing\"}", "contacts", "companies");
        assertThat(created.status()).isEqualTo(200);
        int typeId = created.body().at("/results/0/typeId").intValue();

        assertThat(putJson(labels, "{\"associationTypeId\":" + typeId + ",\"label\":\"Invoices\"}", "contacts",
                "companies")
            .status()).isEqualTo(204);
        assertThat(state().labels("contacts", "companies")).extracting(EmulatorState.AssociationType::label)
            .contains("Invoices");
        Reply deleted = delete(path(EmulatorEndpoint.LABELS_DELETE, version), "contacts", "companies", typeId);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body().isMissingNode()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = ApiVersion.class, names = { "V4", "V2026_03", "V2026_09" })
    void limitCallsAnswerEachVersionsStatuses(ApiVersion version) {
        boolean only200 = version == ApiVersion.V2026_09;
        String limit = "{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":3,\"maxToObjectIds\":5}";
        String outOfRange = "{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":3,\"maxToObjectIds\":0}";

        Reply created = postJson(path(EmulatorEndpoint.LIMITS_CREATE, version), inputs(limit), "deals", "contacts");
        assertThat(created.status()).isEqualTo(only200 ? 200 : 201);
        assertThat(created.body().at("/results/0/userEnforcedMaxToObjectIds").intValue()).isEqualTo(5);

        Reply partialCreate = postJson(path(EmulatorEndpoint.LIMITS_CREATE, version), inputs(limit), "deals",
                "contacts");
        assertThat(partialCreate.status()).isEqualTo(only200 ? 200 : 207);
        assertThat(partialCreate.body().get("numErrors").intValue()).isEqualTo(1);

        assertThat(get(path(EmulatorEndpoint.LIMITS_LIST_ALL, version)).body().get("results")).hasSize(1);
        assertThat(get(path(EmulatorEndpoint.LIMITS_LIST, version), "deals", "contacts").status()).isEqualTo(200);

        Reply updated = postJson(path(EmulatorEndpoint.LIMITS_UPDATE, version), inputs(limit.replace("5", "6")),
                "deals", "contacts");
        assertThat(updated.status()).isEqualTo(200);
        Reply partialUpdate = postJson(path(EmulatorEndpoint.LIMITS_UPDATE, version), inputs(outOfRange), "deals",
                "contacts");
        assertThat(partialUpdate.status()).isEqualTo(only200 ? 200 : 207);
        assertThat(partialUpdate.body().at("/errors/0/category").stringValue()).isEqualTo("VALIDATION_ERROR");

        Reply purged = postJson(path(EmulatorEndpoint.LIMITS_PURGE, version),
                inputs("{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":3}"), "deals", "contacts");
        if (version.isDated()) {
            assertThat(purged.status()).isEqualTo(200);
            assertThat(purged.body().get("results").toString()).isEqualTo("[{}]");
            assertThat(purged.body().get("numErrors").intValue()).isZero();
        }
        else {
            assertThat(purged.status()).isEqualTo(204);
        }
        assertThat(state().limit("deals", "contacts", "HUBSPOT_DEFINED", 3)).isEmpty();
        assertThat(postJson(path(EmulatorEndpoint.LIMITS_UPDATE, version), inputs(limit), "deals", "contacts").body()
            .at("/errors/0/category")
            .stringValue()).isEqualTo("OBJECT_NOT_FOUND");
    }

    @ParameterizedTest
    @EnumSource(value = ApiVersion.class, names = { "V2026_03", "V2026_09" })
    void datedPurgeReportsFailingInputsInItsBody(ApiVersion version) {
        Reply purged = postJson(path(EmulatorEndpoint.LIMITS_PURGE, version),
                inputs("{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":3}",
                        "{\"category\":\"HUBSPOT_DEFINED\",\"typeId\":1}"),
                "deals", "contacts");

        assertThat(purged.status()).isEqualTo(200);
        assertThat(purged.body().get("results").toString()).isEqualTo("[{}]");
        assertThat(purged.body().get("numErrors").intValue()).isEqualTo(1);
        assertThat(purged.body().at("/errors/0/context/typeId/0").stringValue()).isEqualTo("1");
    }

    @ParameterizedTest
    @EnumSource(value = ApiVersion.class, names = { "V4", "V2026_03", "V2026_09" })
    void limitInputsRequireACategoryInEveryVersion(ApiVersion version) {
        Reply reply = postJson(path(EmulatorEndpoint.LIMITS_CREATE, version),
                inputs("{\"typeId\":3,\"maxToObjectIds\":5}"), "deals", "contacts");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("category").stringValue()).isEqualTo("VALIDATION_ERROR");
    }

    @Test
    void oneStateIsSeenThroughEveryVersion() {
        postJson(path(EmulatorEndpoint.BATCH_CREATE, ApiVersion.V2026_09), inputs(pair(1, 2, CONTACT_TO_COMPANY)),
                "contacts", "companies");

        assertThat(get(path(EmulatorEndpoint.RECORDS_LIST, ApiVersion.V4), "contacts", 1, "companies").body()
            .at("/results/0/toObjectId")
            .longValue()).isEqualTo(2);
        assertThat(postJson(path(EmulatorEndpoint.BATCH_READ, ApiVersion.V2026_03), inputs("{\"id\":\"2\"}"),
                "companies", "contacts")
            .body()
            .at("/results/0/to/0/toObjectId")
            .longValue()).isEqualTo(1);

        delete(path(EmulatorEndpoint.RECORDS_REMOVE, ApiVersion.V4), "contacts", 1, "companies", 2);

        assertThat(get(path(EmulatorEndpoint.RECORDS_LIST, ApiVersion.V2026_09), "contacts", 1, "companies").body()
            .get("results")).isEmpty();
        Reply label = postJson(path(EmulatorEndpoint.LABELS_CREATE, ApiVersion.V2026_03),
                "{\"name\":\"partner\",\"label\":\"Partner\"}", "contacts", "companies");
        int typeId = label.body().at("/results/0/typeId").intValue();
        assertThat(get(path(EmulatorEndpoint.LABELS_LIST, ApiVersion.V4), "contacts", "companies").body()
            .get("results")
            .valueStream()
            .map((type) -> type.get("typeId").intValue())).contains(typeId);
    }

    @Test
    void eachLoggedRequestCarriesTheVersionItUsed() {
        get(path(EmulatorEndpoint.RECORDS_LIST, ApiVersion.V4), "contacts", 1, "companies");
        get(path(EmulatorEndpoint.RECORDS_LIST, ApiVersion.V2026_03), "contacts", 1, "companies");
        get(path(EmulatorEndpoint.RECORDS_LIST, ApiVersion.V2026_09), "contacts", 1, "companies");
        get("/crm/associations/v4/contacts/companies/labels");
        get("/crm/v3/associations/contacts/companies/types");
        get("/crm/nothing/2026-09/here");

        List<LoggedRequest> logged = requests().all();
        assertThat(logged).extracting(LoggedRequest::apiVersion)
            .containsExactly(ApiVersion.V4, ApiVersion.V2026_03, ApiVersion.V2026_09, ApiVersion.V4, ApiVersion.V3,
                    null);
        assertThat(logged).extracting(LoggedRequest::endpoint)
            .containsExactly(EmulatorEndpoint.RECORDS_LIST, EmulatorEndpoint.RECORDS_LIST,
                    EmulatorEndpoint.RECORDS_LIST, EmulatorEndpoint.LABELS_LIST, EmulatorEndpoint.V3_TYPES, null);
        assertThat(requests().count(EmulatorEndpoint.RECORDS_LIST)).isEqualTo(3);
        assertThat(logged.get(1).toString()).contains("(R1 2026-03)");
    }

    @Test
    void aFaultAimedAtAnEndpointHitsItsDatedPaths() {
        faults().injectNext(EmulatorEndpoint.BATCH_CREATE, 2, Fault.serviceUnavailable());

        Reply dated = postJson(path(EmulatorEndpoint.BATCH_CREATE, ApiVersion.V2026_09),
                inputs(pair(1, 2, CONTACT_TO_COMPANY)), "contacts", "companies");
        Reply legacy = postJson(path(EmulatorEndpoint.BATCH_CREATE, ApiVersion.V4),
                inputs(pair(1, 2, CONTACT_TO_COMPANY)), "contacts", "companies");
        Reply after = postJson(path(EmulatorEndpoint.BATCH_CREATE, ApiVersion.V2026_03),
                inputs(pair(1, 2, CONTACT_TO_COMPANY)), "contacts", "companies");

        assertThat(dated.status()).isEqualTo(503);
        assertThat(legacy.status()).isEqualTo(503);
        assertThat(after.status()).isEqualTo(201);
        assertThat(requests().forEndpoint(EmulatorEndpoint.BATCH_CREATE))
            .extracting(LoggedRequest::apiVersion, LoggedRequest::fault)
            .containsExactly(tuple(ApiVersion.V2026_09, Fault.serviceUnavailable()),
                    tuple(ApiVersion.V4, Fault.serviceUnavailable()), tuple(ApiVersion.V2026_03, null));
    }

    @Test
    void statusDriftWorksOnDatedPaths() {
        faults().statusDrift(true);

        Reply labelled = putJson(path(EmulatorEndpoint.RECORDS_ASSOCIATE, ApiVersion.V2026_03), CONTACT_TO_COMPANY,
                "contacts", 1, "companies", 2);
        Reply removed = delete(path(EmulatorEndpoint.RECORDS_REMOVE, ApiVersion.V2026_09), "contacts", 1, "companies",
                2);
        Reply created = postJson(path(EmulatorEndpoint.BATCH_CREATE, ApiVersion.V2026_03),
                inputs(pair(1, 2, CONTACT_TO_COMPANY)), "contacts", "companies");

        assertThat(labelled.status()).isEqualTo(200);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.body().toString()).isEqualTo("{}");
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.body().get("results")).hasSize(1);
    }

    @Test
    void requestBodiesAreTheSameInEveryVersion() {
        Map<ApiVersion, Integer> statuses = new EnumMap<>(ApiVersion.class);
        for (ApiVersion version : EmulatorEndpoint.BATCH_ASSOCIATE_DEFAULT.versions()) {
            JsonNode body = postJson(path(EmulatorEndpoint.BATCH_ASSOCIATE_DEFAULT, version),
                    inputs("{\"from\":{\"id\":\"7\"},\"to\":{\"id\":\"8\"}}"), "contacts", "companies")
                .body();
            statuses.put(version, body.get("results").size());
        }
        assertThat(statuses).containsOnly(Map.entry(ApiVersion.V4, 2), Map.entry(ApiVersion.V2026_03, 2),
                Map.entry(ApiVersion.V2026_09, 2));
    }

}
