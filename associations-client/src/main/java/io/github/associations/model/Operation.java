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

package io.github.associations.model;

import org.springframework.http.HttpMethod;

/**
 * Every HubSpot call the client makes, one constant per endpoint: a closed set for metric
 * tags and retry policy.
 * <p>
 * {@link #id()} is a low-cardinality name such as {@code records.list};
 * {@link #uriTemplate()} is the path with variables (schema endpoints in their default
 * {@code /crm/v4/associations/...} form, see {@link SchemaPathStyle});
 * {@link #isIdempotent()} tells whether repeating the call is safe when its outcome is
 * unknown.
 */
public enum Operation {

    /** R1: list a record's associations to an object type, one page. */
    RECORDS_LIST("records.list", HttpMethod.GET, "/crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}",
            true, false),

    /** R2: associate two records with one or more types (also replaces labels). */
    RECORDS_ASSOCIATE("records.associate", HttpMethod.PUT,
            "/crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}/{toObjectId}", true, false),

    /** R3: associate two records with the default (unlabeled) type. */
    RECORDS_ASSOCIATE_DEFAULT("records.associate-default", HttpMethod.PUT,
            "/crm/v4/objects/{fromObjectType}/{fromObjectId}/associations/default/{toObjectType}/{toObjectId}", true,
            false),

    /** R4: remove every association between two records. */
    RECORDS_REMOVE("records.remove", HttpMethod.DELETE,
            "/crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}/{toObjectId}", true, false),

    /** B1: batch read. */
    BATCH_READ("batch.read", HttpMethod.POST, "/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/read", true,
            false),

    /** B2: batch create with types. */
    BATCH_CREATE("batch.create", HttpMethod.POST, "/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/create",
            true, false),

    /** B3: batch associate with the default type. */
    BATCH_ASSOCIATE_DEFAULT("batch.associate-default", HttpMethod.POST,
            "/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/associate/default", true, false),

    /** B4: batch remove every association between pairs. */
    BATCH_ARCHIVE("batch.archive", HttpMethod.POST,
            "/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/archive", true, false),

    /** B5: batch remove specific types (labels) between pairs. */
    BATCH_ARCHIVE_LABELS("batch.archive-labels", HttpMethod.POST,
            "/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/labels/archive", true, false),

    /** L1: list the association types (labels) of a pair of object types. */
    LABELS_LIST("labels.list", HttpMethod.GET, "/crm/v4/associations/{fromObjectType}/{toObjectType}/labels", true,
            true),

    /**
     * L2: create a label; not idempotent (a repeat creates a second label or fails on the
     * name).
     */
    LABELS_CREATE("labels.create", HttpMethod.POST, "/crm/v4/associations/{fromObjectType}/{toObjectType}/labels",
            false, true),

    /** L3: change a label's text. */
    LABELS_UPDATE("labels.update", HttpMethod.PUT, "/crm/v4/associations/{fromObjectType}/{toObjectType}/labels", true,
            true),

    /** L4: delete a label. */
    LABELS_DELETE("labels.delete", HttpMethod.DELETE,
            "/crm/v4/associations/{fromObjectType}/{toObjectType}/labels/{associationTypeId}", true, true),

    /** C1: list every configured limit. */
    LIMITS_LIST_ALL("limits.list-all", HttpMethod.GET, "/crm/v4/associations/definitions/configurations/all", true,
            true),

    /** C2: list the limits of a pair of object types. */
    LIMITS_LIST("limits.list", HttpMethod.GET,
            "/crm/v4/associations/definitions/configurations/{fromObjectType}/{toObjectType}", true, true),

    /** C3: batch create limits. */
    LIMITS_CREATE("limits.create", HttpMethod.POST,
            "/crm/v4/associations/definitions/configurations/{fromObjectType}/{toObjectType}/batch/create", true, true),

    /** C4: batch update limits. */
    LIMITS_UPDATE("limits.update", HttpMethod.POST,
            "/crm/v4/associations/definitions/configurations/{fromObjectType}/{toObjectType}/batch/update", true, true),

    /** C5: batch purge limits (back to the system default). */
    LIMITS_PURGE("limits.purge", HttpMethod.POST,
            "/crm/v4/associations/definitions/configurations/{fromObjectType}/{toObjectType}/batch/purge", true, true),

    /**
     * U1: request the high-usage report; not idempotent (a repeat sends another e-mail).
     */
    USAGE_HIGH_USAGE_REPORT("usage.high-usage-report", HttpMethod.POST,
            "/crm/v4/associations/usage/high-usage-report/{userId}", false, false),

    /** v3: association types between two object types. */
    V3_TYPES("v3.types", HttpMethod.GET, "/crm/v3/associations/{fromObjectType}/{toObjectType}/types", true, false),

    /** v3: batch create. */
    V3_BATCH_CREATE("v3.batch-create", HttpMethod.POST,
            "/crm/v3/associations/{fromObjectType}/{toObjectType}/batch/create", true, false),

    /** v3: batch read. */
    V3_BATCH_READ("v3.batch-read", HttpMethod.POST, "/crm/v3/associations/{fromObjectType}/{toObjectType}/batch/read",
            true, false),

    /** v3: batch archive. */
    V3_BATCH_ARCHIVE("v3.batch-archive", HttpMethod.POST,
            "/crm/v3/associations/{fromObjectType}/{toObjectType}/batch/archive", true, false);

    private final String id;

    private final HttpMethod method;

    private final String uriTemplate;

    private final boolean idempotent;

    private final boolean schemaEndpoint;

    Operation(String id, HttpMethod method, String uriTemplate, boolean idempotent, boolean schemaEndpoint) {
        this.id = id;
        this.method = method;
        this.uriTemplate = uriTemplate;
        this.idempotent = idempotent;
        this.schemaEndpoint = schemaEndpoint;
    }

    /**
     * The low-cardinality name of the operation, for metric tags and messages.
     * @return for example {@code records.list} or {@code batch.read}
     */
    public String id() {
        return this.id;
    }

    /**
     * The HTTP method.
     * @return the method
     */
    public HttpMethod method() {
        return this.method;
    }

    /**
     * The path as a URI template, without query parameters; schema endpoints in the
     * default {@link SchemaPathStyle#CRM_V4_ASSOCIATIONS} form.
     * @return for example
     * {@code /crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}}
     */
    public String uriTemplate() {
        return this.uriTemplate;
    }

    /**
     * Whether repeating the call has the same effect as making it once, so that it may be
     * retried when its outcome is unknown. Only label creation and the high-usage report
     * are not.
     * @return {@code true} if safe to repeat
     */
    public boolean isIdempotent() {
        return this.idempotent;
    }

    /**
     * Whether this is a labels or limits (association schema) endpoint, whose path prefix
     * {@link SchemaPathStyle} can change.
     * @return {@code true} for labels and limits
     */
    public boolean isSchemaEndpoint() {
        return this.schemaEndpoint;
    }

    @Override
    public String toString() {
        return this.id;
    }

}
