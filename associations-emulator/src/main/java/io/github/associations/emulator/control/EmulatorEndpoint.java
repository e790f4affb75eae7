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

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * Every HubSpot endpoint the emulator serves, with HubSpot's HTTP method and path
 * templates per API version, and the short id ({@code R1}, {@code B2}, {@code L3}, ...)
 * by which the admin API, the command line and the request counts name it. Used to route
 * requests, to count and log them, and to aim injected faults at one endpoint. An
 * endpoint is the same call in every version: a fault aimed at {@link #BATCH_CREATE} hits
 * the v4, 2026-03 and 2026-09 batch create alike.
 *
 * @since 0.1.0
 */
public enum EmulatorEndpoint {

    /** List a record's associations to an object type (id {@code R1}). */
    RECORDS_LIST("R1", HttpMethod.GET, ApiVersion.V4,
            "/crm/objects/{version}/{objectType}/{objectId}/associations/{toObjectType}",
            "/crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}"),

    /** Associate two records with labels, replacing the pair's labels (id {@code R2}). */
    RECORDS_ASSOCIATE("R2", HttpMethod.PUT, ApiVersion.V4,
            "/crm/objects/{version}/{objectType}/{objectId}/associations/{toObjectType}/{toObjectId}",
            "/crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}/{toObjectId}"),

    /** Create the default (unlabeled) association between two records (id {@code R3}). */
    RECORDS_ASSOCIATE_DEFAULT("R3", HttpMethod.PUT, ApiVersion.V4,
            "/crm/objects/{version}/{fromObjectType}/{fromObjectId}/associations/default/{toObjectType}/{toObjectId}",
            "/crm/v4/objects/{fromObjectType}/{fromObjectId}/associations/default/{toObjectType}/{toObjectId}"),

    /** Remove all associations between two records (id {@code R4}). */
    RECORDS_REMOVE("R4", HttpMethod.DELETE, ApiVersion.V4,
            "/crm/objects/{version}/{objectType}/{objectId}/associations/{toObjectType}/{toObjectId}",
            "/crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}/{toObjectId}"),

    /** Read the associations of many records (id {@code B1}). */
    BATCH_READ("B1", HttpMethod.POST, ApiVersion.V4,
            "/crm/associations/{version}/{fromObjectType}/{toObjectType}/batch/read",
            "/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/read"),

    /** Associate many record pairs with labels (id {@code B2}). */
    BATCH_CREATE("B2", HttpMethod.POST, ApiVersion.V4,
            "/crm/associations/{version}/{fromObjectType}/{toObjectType}/batch/create",
            "/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/create"),

    /** Create the default association between many record pairs (id {@code B3}). */
    BATCH_ASSOCIATE_DEFAULT("B3", HttpMethod.POST, ApiVersion.V4,
            "/crm/associations/{version}/{fromObjectType}/{toObjectType}/batch/associate/default",
            "/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/associate/default"),

    /** Remove all associations between many record pairs (id {@code B4}). */
    BATCH_ARCHIVE("B4", HttpMethod.POST, ApiVersion.V4,
            "/crm/associations/{version}/{fromObjectType}/{toObjectType}/batch/archive",
            "/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/archive"),

    /** Remove specific labels from many record pairs (id {@code B5}). */
    BATCH_ARCHIVE_LABELS("B5", HttpMethod.POST, ApiVersion.V4,
            "/crm/associations/{version}/{fromObjectType}/{toObjectType}/batch/labels/archive",
            "/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/labels/archive"),

    /** List the labels (association definitions) of an object pair (id {@code L1}). */
    LABELS_LIST("L1", HttpMethod.GET, ApiVersion.V4,
            "/crm/associations/{version}/{fromObjectType}/{toObjectType}/labels",
            "/crm/v4/associations/{fromObjectType}/{toObjectType}/labels",
            "/crm/associations/v4/{fromObjectType}/{toObjectType}/labels"),

    /** Create a single or paired custom label (id {@code L2}). */
    LABELS_CREATE("L2", HttpMethod.POST, ApiVersion.V4,
            "/crm/associations/{version}/{fromObjectType}/{toObjectType}/labels",
            "/crm/v4/associations/{fromObjectType}/{toObjectType}/labels",
            "/crm/associations/v4/{fromObjectType}/{toObjectType}/labels"),

    /** Update a label's text, {@code associationTypeId} in the body (id {@code L3}). */
    LABELS_UPDATE("L3", HttpMethod.PUT, ApiVersion.V4,
            "/crm/associations/{version}/{fromObjectType}/{toObjectType}/labels",
            "/crm/v4/associations/{fromObjectType}/{toObjectType}/labels",
            "/crm/associations/v4/{fromObjectType}/{toObjectType}/labels"),

    /** Delete a custom label (id {@code L4}). */
    LABELS_DELETE("L4", HttpMethod.DELETE, ApiVersion.V4,
            "/crm/associations/{version}/{fromObjectType}/{toObjectType}/labels/{associationTypeId}",
            "/crm/v4/associations/{fromObjectType}/{toObjectType}/labels/{associationTypeId}",
            "/crm/associations/v4/{fromObjectType}/{toObjectType}/labels/{associationTypeId}"),

    /** List every configured association limit (id {@code C1}). */
    LIMITS_LIST_ALL("C1", HttpMethod.GET, ApiVersion.V4, "/crm/associations/{version}/definitions/configurations/all",
            "/crm/v4/associations/definitions/configurations/all",
            "/crm/associations/v4/definitions/configurations/all"),

    /** List the configured limits of an object pair (id {@code C2}). */
    LIMITS_LIST("C2", HttpMethod.GET, ApiVersion.V4,
            "/crm/associations/{version}/definitions/configurations/{fromObjectType}/{toObjectType}",
            "/crm/v4/associations/definitions/configurations/{fromObjectType}/{toObjectType}",
            "/crm/associations/v4/definitions/configurations/{fromObjectType}/{toObjectType}"),

    /** Configure association limits (id {@code C3}). */
    LIMITS_CREATE("C3", HttpMethod.POST, ApiVersion.V4,
            "/crm/associations/{version}/definitions/configurations/{fromObjectType}/{toObjectType}/batch/create",
            "/crm/v4/associations/definitions/configurations/{fromObjectType}/{toObjectType}/batch/create",
            "/crm/associations/v4/definitions/configurations/{fromObjectType}/{toObjectType}/batch/create"),

    /** Change configured association limits (id {@code C4}). */
    LIMITS_UPDATE("C4", HttpMethod.POST, ApiVersion.V4,
            "/crm/associations/{version}/definitions/configurations/{fromObjectType}/{toObjectType}/batch/update",
            "/crm/v4/associations/definitions/configurations/{fromObjectType}/{toObjectType}/batch/update",
            "/crm/associations/v4/definitions/configurations/{fromObjectType}/{toObjectType}/batch/update"),

    /** Purge configured limits, back to the system default (id {@code C5}). */
    LIMITS_PURGE("C5", HttpMethod.POST, ApiVersion.V4,
            "/crm/associations/{version}/definitions/configurations/{fromObjectType}/{toObjectType}/batch/purge",
            "/crm/v4/associations/definitions/configurations/{fromObjectType}/{toObjectType}/batch/purge",
            "/crm/associations/v4/definitions/configurations/{fromObjectType}/{toObjectType}/batch/purge"),

    /** Request the high-usage report (id {@code U1}). */
    USAGE_HIGH_USAGE_REPORT("U1", HttpMethod.POST, ApiVersion.V4,
            "/crm/associations/{version}/usage/high-usage-report/{userId}",
            "/crm/v4/associations/usage/high-usage-report/{userId}"),

    /** v3: association types of an object pair. */
    V3_TYPES("V3-types", HttpMethod.GET, ApiVersion.V3, null,
            "/crm/v3/associations/{fromObjectType}/{toObjectType}/types"),

    /** v3: batch create. */
    V3_BATCH_CREATE("V3-create", HttpMethod.POST, ApiVersion.V3, null,
            "/crm/v3/associations/{fromObjectType}/{toObjectType}/batch/create"),

    /** v3: batch read. */
    V3_BATCH_READ("V3-read", HttpMethod.POST, ApiVersion.V3, null,
            "/crm/v3/associations/{fromObjectType}/{toObjectType}/batch/read"),

    /** v3: batch archive. */
    V3_BATCH_ARCHIVE("V3-archive", HttpMethod.POST, ApiVersion.V3, null,
            "/crm/v3/associations/{fromObjectType}/{toObjectType}/batch/archive"),

    /**
     * The OAuth token endpoint (refresh-token grant): {@code /oauth/v1/token} and the
     * dated {@code /oauth/2026-03/token} and {@code /oauth/2026-09/token}.
     */
    OAUTH_TOKEN("OAuth", HttpMethod.POST, ApiVersion.V1, "/oauth/{version}/token", "/oauth/v1/token"),

    /**
     * OAuth token introspection, dated versions only
     * ({@code /oauth/2026-09/token/introspect}).
     */
    OAUTH_INTROSPECT("OAuth-introspect", HttpMethod.POST, null, "/oauth/{version}/token/introspect"),

    /**
     * OAuth token revocation, dated versions only ({@code /oauth/2026-09/token/revoke}).
     */
    OAUTH_REVOKE("OAuth-revoke", HttpMethod.POST, null, "/oauth/{version}/token/revoke");

    private final String id;

    private final HttpMethod method;

    private final @Nullable ApiVersion legacyVersion;

    private final @Nullable String datedTemplate;

    private final List<String> pathTemplates;

    EmulatorEndpoint(String id, HttpMethod method, @Nullable ApiVersion legacyVersion, @Nullable String datedTemplate,
            String... pathTemplates) {
        this.id = id;
        this.method = method;
        this.legacyVersion = legacyVersion;
        this.datedTemplate = datedTemplate;
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
     * HubSpot's legacy path templates for this endpoint (v4, v3, or OAuth v1); schema
     * endpoints (labels and limits) have two, the {@code /crm/v4/associations/...} and
     * the {@code /crm/associations/v4/...} form, both served. Empty for an endpoint that
     * only dated versions have.
     * @return the path templates, the first being the canonical one
     * @see #pathTemplates(ApiVersion)
     */
    public List<String> pathTemplates() {
        return this.pathTemplates;
    }

    /**
     * The versions this endpoint is served in: its legacy version, if any, then the dated
     * versions, if it has a dated successor (v3 calls have none).
     * @return the versions, oldest first
     */
    public List<ApiVersion> versions() {
        List<ApiVersion> versions = new ArrayList<>();
        if (this.legacyVersion != null) {
            versions.add(this.legacyVersion);
        }
        if (this.datedTemplate != null) {
            versions.addAll(ApiVersion.dated());
        }
        return List.copyOf(versions);
    }

    /**
     * HubSpot's path templates for this endpoint in one version. A dated version sits
     * after the API name: {@code /crm/objects/2026-09/{objectType}/...},
     * {@code /crm/associations/2026-09/{fromObjectType}/{toObjectType}/...},
     * {@code /oauth/2026-09/token}.
     * @param version the API version
     * @return the templates, empty when the endpoint is not served in that version
     */
    public List<String> pathTemplates(ApiVersion version) {
        if (version == this.legacyVersion) {
            return this.pathTemplates;
        }
        if (version.isDated() && this.datedTemplate != null) {
            return List.of(this.datedTemplate.replace("{version}", version.value()));
        }
        return List.of();
    }

    /**
     * Whether this endpoint counts against HubSpot's rate limits (every API endpoint; not
     * the OAuth token endpoints).
     * @return whether the endpoint is rate limited
     */
    public boolean isRateLimited() {
        return !isOAuth();
    }

    /**
     * Whether this is one of the OAuth token endpoints, which the emulator serves without
     * authentication or rate limits.
     * @return whether the endpoint is an OAuth endpoint
     */
    public boolean isOAuth() {
        return this == OAUTH_TOKEN || this == OAUTH_INTROSPECT || this == OAUTH_REVOKE;
    }

}
