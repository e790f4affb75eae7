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
 * templates, and the short id ({@code R1}, {@code B2}, {@code L3}, ...) by which the
 * admin API, the command line and the request counts name it. Used to route requests, to
 * count and log them, and to aim injected faults at one endpoint.
 *
 * @since 0.1.0
 */
public enum EmulatorEndpoint {

    /** List a record's associations to an object type (id {@code R1}). */
    RECORDS_LIST("R1", HttpMethod.GET, "/crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}"),

    /** Associate two records with labels, replacing the pair's labels (id {@code R2}). */
    RECORDS_ASSOCIATE("R2", HttpMethod.PUT,
            "/crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}/{toObjectId}"),

    /** Create the default (unlabeled) association between two records (id {@code R3}). */
    RECORDS_ASSOCIATE_DEFAULT("R3", HttpMethod.PUT,
            "/crm/v4/objects/{fromObjectType}/{fromObjectId}/associations/default/{toObjectType}/{toObjectId}"),

    /** Remove all associations between two records (id {@code R4}). */
    RECORDS_REMOVE("R4", HttpMethod.DELETE,
            "/crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}/{toObjectId}"),

    /** Read the associations of many records (id {@code B1}). */
    BATCH_READ("B1", HttpMethod.POST, "/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/read"),

    /** Associate many record pairs with labels (id {@code B2}). */
    BATCH_CREATE("B2", HttpMethod.POST, "/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/create"),

    /** Create the default association between many record pairs (id {@code B3}). */
    BATCH_ASSOCIATE_DEFAULT("B3", HttpMethod.POST,
            "/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/associate/default"),

    /** Remove all associations between many record pairs (id {@code B4}). */
    BATCH_ARCHIVE("B4", HttpMethod.POST, "/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/archive"),

    /** Remove specific labels from many record pairs (id {@code B5}). */
    BATCH_ARCHIVE_LABELS("B5", HttpMethod.POST,
            "/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/labels/archive"),

    /** List the labels (association definitions) of an object pair (id {@code L1}). */
    LABELS_LIST("L1", HttpMethod.GET, "/crm/v4/associations/{fromObjectType}/{toObjectType}/labels",
            "/crm/associations/v4/{fromObjectType}/{toObjectType}/labels"),

    /** Create a single or paired custom label (id {@code L2}). */
    LABELS_CREATE("L2", HttpMethod.POST, "/crm/v4/associations/{fromObjectType}/{toObjectType}/labels",
            "/crm/associations/v4/{fromObjectType}/{toObjectType}/labels"),

    /** Update a label's text, {@code associationTypeId} in the body (id {@code L3}). */
    LABELS_UPDATE("L3", HttpMethod.PUT, "/crm/v4/associations/{fromObjectType}/{toObjectType}/labels",
            "/crm/associations/v4/{fromObjectType}/{toObjectType}/labels"),

    /** Delete a custom label (id {@code L4}). */
    LABELS_DELETE("L4", HttpMethod.DELETE,
            "/crm/v4/associations/{fromObjectType}/{toObjectType}/labels/{associationTypeId}",
            "/crm/associations/v4/{fromObjectType}/{toObjectType}/labels/{associationTypeId}"),

    /** List every configured association limit (id {@code C1}). */
    LIMITS_LIST_ALL("C1", HttpMethod.GET, "/crm/v4/associations/definitions/configurations/all",
            "/crm/associations/v4/definitions/configurations/all"),

    /** List the configured limits of an object pair (id {@code C2}). */
    LIMITS_LIST("C2", HttpMethod.GET, "/crm/v4/associations/definitions/configurations/{fromObjectType}/{toObjectType}",
            "/crm/associations/v4/definitions/configurations/{fromObjectType}/{toObjectType}"),

    /** Configure association limits (id {@code C3}). */
    LIMITS_CREATE("C3", HttpMethod.POST,
            "/crm/v4/associations/definitions/configurations/{fromObjectType}/{toObjectType}/batch/create",
            "/crm/associations/v4/definitions/configurations/{fromObjectType}/{toObjectType}/batch/create"),

    /** Change configured association limits (id {@code C4}). */
    LIMITS_UPDATE("C4", HttpMethod.POST,
            "/crm/v4/associations/definitions/configurations/{fromObjectType}/{toObjectType}/batch/update",
            "/crm/associations/v4/definitions/configurations/{fromObjectType}/{toObjectType}/batch/update"),

    /** Purge configured limits, back to the system default (id {@code C5}). */
    LIMITS_PURGE("C5", HttpMethod.POST,
            "/crm/v4/associations/definitions/configurations/{fromObjectType}/{toObjectType}/batch/purge",
            "/crm/associations/v4/definitions/configurations/{fromObjectType}/{toObjectType}/batch/purge"),

    /** Request the high-usage report (id {@code U1}). */
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
     * The endpoint's short id, for example {@code R1} or {@code C3}, as the admin API and
     * the command line name it.
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
