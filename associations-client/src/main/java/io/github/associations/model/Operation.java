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

/**
 * Every call the client makes to HubSpot, one constant per endpoint: a closed set for
 * metric tags, messages and the retry policy. An identity only; how each call is sent
 * (its method and path in each API version) is described with the client's calls.
 * <p>
 * {@link #id()} is a low-cardinality name such as {@code records.list};
 * {@link #isIdempotent()} tells whether repeating the call is safe when its outcome is
 * unknown.
 *
 * @since 0.1.0
 */
public enum Operation {

    /** List a record's associations to an object type, one page at a time. */
    RECORDS_LIST("records.list", true),

    /** Associate two records with one or more labels (the labelled PUT). */
    RECORDS_ASSOCIATE("records.associate", true),

    /** Associate two records with the default (unlabeled) association type. */
    RECORDS_ASSOCIATE_DEFAULT("records.associate-default", true),

    /** Remove every association between two records. */
    RECORDS_REMOVE("records.remove", true),

    /** Batch read the associations of many records. */
    BATCH_READ("batch.read", true),

    /** Batch create associations with labels. */
    BATCH_CREATE("batch.create", true),

    /** Batch associate pairs of records with the default (unlabeled) type. */
    BATCH_ASSOCIATE_DEFAULT("batch.associate-default", true),

    /** Batch remove every association between pairs of records. */
    BATCH_ARCHIVE("batch.archive", true),

    /** Batch remove specific labels between pairs of records. */
    BATCH_ARCHIVE_LABELS("batch.archive-labels", true),

    /** List the association types (labels) from one object type to another. */
    LABELS_LIST("labels.list", true),

    /**
     * Create a custom label; not idempotent (a repeat creates a second label or fails on
     * the name).
     */
    LABELS_CREATE("labels.create", false),

    /** Change a custom label's text. */
    LABELS_UPDATE("labels.update", true),

    /** Delete a custom label. */
    LABELS_DELETE("labels.delete", true),

    /** List every configured association limit of the account. */
    LIMITS_LIST_ALL("limits.list-all", true),

    /** List the configured association limits from one object type to another. */
    LIMITS_LIST("limits.list", true),

    /** Batch create association limits. */
    LIMITS_CREATE("limits.create", true),

    /** Batch update association limits. */
    LIMITS_UPDATE("limits.update", true),

    /** Batch purge association limits (back to the system default). */
    LIMITS_PURGE("limits.purge", true),

    /**
     * Request the high-usage report; not idempotent (a repeat sends another e-mail).
     */
    USAGE_HIGH_USAGE_REPORT("usage.high-usage-report", false),

    /** v3: list the association types from one object type to another. */
    V3_TYPES("v3.types", true),

    /** v3: batch create associations. */
    V3_BATCH_CREATE("v3.batch-create", true),

    /** v3: batch read associations. */
    V3_BATCH_READ("v3.batch-read", true),

    /** v3: batch archive associations. */
    V3_BATCH_ARCHIVE("v3.batch-archive", true),

    /**
     * Refresh an OAuth access token at HubSpot's token endpoint; not idempotent (HubSpot
     * may rotate the refresh token).
     */
    OAUTH_TOKEN("oauth.token", false);

    private final String id;

    private final boolean idempotent;

    Operation(String id, boolean idempotent) {
        this.id = id;
        this.idempotent = idempotent;
    }

    /**
     * The low-cardinality name of the operation, for metric tags and messages.
     * @return for example {@code records.list} or {@code batch.read}
     */
    public String id() {
        return this.id;
    }

    /**
     * Whether repeating the call has the same effect as making it once, so that it may be
     * retried when its outcome is unknown. Label creation, the high-usage report and the
     * token refresh are not.
     * @return {@code true} if safe to repeat
     */
    public boolean isIdempotent() {
        return this.idempotent;
    }

    @Override
    public String toString() {
        return this.id;
    }

}
