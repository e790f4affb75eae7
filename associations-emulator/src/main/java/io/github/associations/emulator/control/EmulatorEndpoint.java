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

package io.github.associations.emulator.control;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * Every HubSpot endpoint the emulator serves, with HubSpot's HTTP method and path
 * templates. The ids (R1, B1, L2, ...) are those of the project's
 * {@code hubspot-api-facts.md}. Used to route requests, to count and log them, and to aim
 * injected faults at one endpoint.
 */
public enum EmulatorEndpoint {

    /** R1: list a record's associations to an object type. */
    RECORDS_LIST("R1", HttpMethod.GET, "/crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}"),

    /** R2: associate two records with labels (replaces the pair's labels). */
    RECORDS_ASSOCIATE("R2", HttpMethod.PUT,
            "/crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}/{toObjectId}"),

    /** R3: create the default (unlabeled) association between two records. */
    RECORDS_ASSOCIATE_DEFAULT("R3", HttpMethod.PUT,
            "/crm/v4/objects/{fromObjectType}/{fromObjectId}/associations/default/{toObjectType}/{toObjectId}"),

    /** R4: remove all associations between two records. */
    RECORDS_REMOVE("R4", HttpMethod.DELETE,
            "/crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}/{toObjectId}"),

    /** B1: batch read. */
    BATCH_READ("B1", HttpMethod.POST, "/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/read"),

    /** B2: batch create with labels. */
    BATCH_CREATE("B2", HttpMethod.POST, "/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/create"),

    /** B3: batch associate default. */
    BATCH_ASSOCIATE_DEFAULT("B3", HttpMethod.POST,
            "/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/associate/default"),

    /** B4: batch archive (removes all associations between each pair). */
    BATCH_ARCHIVE("B4", HttpMethod.POST, "/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/archive"),

    /** B5: batch archive of specific labels. */
    BATCH_ARCHIVE_LABELS("B5", HttpMethod.POST,
            "/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/labels/archive"),

    /** L1: list labels (association definitions) of an object pair. */
    LABELS_LIST("L1", HttpMethod.GET, "/crm/v4/associations/{fromObjectType}/{toObjectType}/labels",
            "/crm/associations/v4/{fromObjectType}/{toObjectType}/labels"),

    /** L2: create a single or paired custom label. */
    LABELS_CREATE("L2", HttpMethod.POST, "/crm/v4/associations/{fromObjectType}/{toObjectType}/labels",
            "/crm/associations/v4/{fromObjectType}/{toObjectType}/labels"),

    /** L3: update a label's text ({@code associationTypeId} in the body). */
    LABELS_UPDATE("L3", HttpMethod.PUT, "/crm/v4/associations/{fromObjectType}/{toObjectType}/labels",
            "/crm/associations/v4/{fromObjectType}/{toObjectType}/labels"),

    /** L4: delete a custom label. */
    LABELS_DELETE("L4", HttpMethod.DELETE,
            "/crm/v4/associations/{fromObjectType}/{toObjectType}/labels/{associationTypeId}",
            "/crm/associations/v4/{fromObjectType}/{toObjectType}/labels/{associationTypeId}"),

    /** C1: list every configured association limit. */
    LIMITS_LIST_ALL("C1", HttpMethod.GET, "/crm/v4/associations/definitions/configurations/all",
            "/crm/associations/v4/definitions/configurations/all"),

    /** C2: list the configured limits of an object pair. */
    LIMITS_LIST("C2", HttpMethod.GET, "/crm/v4/associations/definitions/configurations/{fromObjectType}/{toObjectType}",
            "/crm/associations/v4/definitions/configurations/{fromObjectType}/{toObjectType}"),

    /** C3: batch create limits. */
    LIMITS_CREATE("C3", HttpMethod.POST,
            "/crm/v4/associations/definitions/configurations/{fromObjectType}/{toObjectType}/batch/create",
            "/crm/associations/v4/definitions/configurations/{fromObjectType}/{toObjectType}/batch/create"),

    /** C4: batch update limits. */
    LIMITS_UPDATE("C4", HttpMethod.POST,
            "/crm/v4/associations/definitions/configurations/{fromObjectType}/{toObjectType}/batch/update",
            "/crm/associations/v4/definitions/configurations/{fromObjectType}/{toObjectType}/batch/update"),

    /** C5: batch purge limits (back to the system default). */
    LIMITS_PURGE("C5", HttpMethod.POST,
            "/crm/v4/associations/definitions/configurations/{fromObjectType}/{toObjectType}/batch/purge",
            "/crm/associations/v4/definitions/configurations/{fromObjectType}/{toObjectType}/batch/purge"),

    /** U1: request the high-usage report. */
    USAGE_HIGH_USAGE_REPORT("U1", HttpMethod.POST, "/crm/v4/associations/usage/high-usage-report/{userId}"),

    /** v3: association types of an object pair. */
    V3_TYPES("V3-types", HttpMethod.GET, "/crm/v3/associations/{fromObjectType}/{toObjectType}/types"),

    /** v3: batch create. */
    V3_BATCH_CREATE("V3-create", HttpMethod.POST, "/crm/v3/associations/{fromObjectType}/{toObjectType}/batch/create"),

    /** v3: batch read. */
    V3_BATCH_READ("V3-read", HttpMethod.POST, "/crm/v3/associations/{fromObjectType}/{toObjectType}/batch/read"),

    /** v3: batch archive. */
    V3_BATCH_ARCHIVE("V3-archive", HttpMethod.POST,
            "/crm/v3/associations/{fromObjectType}/{toObjectType}/batch/archive"),

    /** OAuth v1 token endpoint (refresh-token grant). */
    OAUTH_TOKEN("OAuth", HttpMethod.POST, "/oauth/v1/token");

    private final String id;

    private final HttpMethod method;

    private final List<String> pathTemplates;

    EmulatorEndpoint(String id, HttpMethod method, String... pathTemplates) {
        this.id = id;
        this.method = method;
        this.pathTemplates = List.of(pathTemplates);
    }

    /**
     * The endpoint's id in the facts document, for example {@code R1} or {@code C3}.
     * @return the id
     */
    public String id() {
        return this.id;
    }

    /**
     * The HTTP method HubSpot uses for this endpoint.
     * @return the method
     */
    public HttpMethod method() {
        return this.method;
    }

    /**
     * HubSpot's path templates for this endpoint; schema endpoints (labels and limits)
     * have two, the {@code /crm/v4/associations/...} and the
     * {@code /crm/associations/v4/...} form, both served.
     * @return the path templates, the first being the canonical one
     */
    public List<String> pathTemplates() {
        return this.pathTemplates;
    }

    /**
     * Whether this endpoint counts against HubSpot's rate limits (every API endpoint; not
     * the OAuth token endpoint).
     * @return whether the endpoint is rate limited
     */
    public boolean isRateLimited() {
        return this != OAUTH_TOKEN;
    }

}
