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

package io.github.associations.internal;

import java.util.ArrayList;
import java.util.List;

import io.github.associations.check.Arguments;
import io.github.associations.client.AssociationsSettings;
import io.github.associations.client.SchemaPathStyle;
import io.github.associations.internal.json.Wire;
import io.github.associations.model.ArchiveInput;
import io.github.associations.model.AssociationInput;
import io.github.associations.model.AssociationLimit;
import io.github.associations.model.AssociationPage;
import io.github.associations.model.AssociationSpec;
import io.github.associations.model.AssociationType;
import io.github.associations.model.BatchReadItem;
import io.github.associations.model.DefaultAssociation;
import io.github.associations.model.HighUsageReport;
import io.github.associations.model.LabelsBetweenRecords;
import io.github.associations.model.LimitInput;
import io.github.associations.model.Operation;
import io.github.associations.model.RecordPair;
import io.github.associations.model.V3Association;
import io.github.associations.model.V3AssociationInput;
import io.github.associations.model.V3AssociationType;
import io.github.associations.model.V3BatchReadItem;
import tools.jackson.databind.JsonNode;

import static io.github.associations.client.ApiVersion.V2026_03;
import static io.github.associations.client.ApiVersion.V2026_09;
import static io.github.associations.client.ApiVersion.V4;
import static io.github.associations.internal.BatchCall.RECORD_ID_KEYS;
import static io.github.associations.internal.BatchCall.TYPE_ID_KEYS;
import static io.github.associations.internal.Call.delete;
import static io.github.associations.internal.Call.get;
import static io.github.associations.internal.Call.post;
import static io.github.associations.internal.Call.put;

/**
 * Every call the client makes to HubSpot, each described once: its operation, method,
 * path in each API version, query parameters and how its answer is read; and, for batch
 * calls, how inputs are chunked, sent and matched with HubSpot's per-input errors. The
 * operation groups name these descriptions; the {@link CallPipeline} makes the calls.
 * <p>
 * A date-based version sits after the API name: {@code /crm/objects/2026-09/...} for the
 * calls on one record, {@code /crm/associations/2026-09/...} for every other call; v4
 * mixes {@code /crm/v4/objects/...}, {@code /crm/v4/associations/...} and, for labels and
 * limits, {@code /crm/associations/v4/...} (used with
 * {@link SchemaPathStyle#CRM_ASSOCIATIONS_V4}). Each path names its version literally, so
 * that the {@code uri} tag of a request says which version it called.
 *
 * @since 0.1.0
 */
@SuppressWarnings("deprecation") // SchemaPathStyle: the v4-only path forms
public final class Calls {

    // Records: the associations of one record

    /**
     * List a record's associations to an object type, one page. In 2026-09, HubSpot
     * describes this call in its Partner Services API, at the same path and with the
     * 2026-03 answer.
     */
    public static final Call<AssociationPage> RECORDS_LIST = get(Operation.RECORDS_LIST)
        .path(V4, "/crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}")
        .path(V2026_03, "/crm/objects/2026-03/{objectType}/{objectId}/associations/{toObjectType}")
        .path(V2026_09, "/crm/objects/2026-09/{objectType}/{objectId}/associations/{toObjectType}")
        .query("limit", "after")
        .reads(AssociationPage.class);

    /** Associate two records with labels (the labelled PUT); the body lists the types. */
    public static final Call<LabelsBetweenRecords> RECORDS_ASSOCIATE = put(Operation.RECORDS_ASSOCIATE)
        .path(V4, "/crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}/{toObjectId}")
        .path(V2026_03, "/crm/objects/2026-03/{objectType}/{objectId}/associations/{toObjectType}/{toObjectId}")
        .path(V2026_09, "/crm/objects/2026-09/{objectType}/{objectId}/associations/{toObjectType}/{toObjectId}")
        .reads(LabelsBetweenRecords.class);

    /** Associate two records with the default (unlabeled) type, in both directions. */
    public static final Call<Wire.BatchResponse<Wire.DefaultAssociationResult>> RECORDS_ASSOCIATE_DEFAULT = put(
            Operation.RECORDS_ASSOCIATE_DEFAULT)
        .path(V4, "/crm/v4/objects/{fromObjectType}/{fromObjectId}/associations/default/{toObjectType}/{toObjectId}")
        .path(V2026_03,
                "/crm/objects/2026-03/{fromObjectType}/{fromObjectId}/associations/default/{toObjectType}/{toObjectId}")
        .path(V2026_09,
                "/crm/objects/2026-09/{fromObjectType}/{fromObjectId}/associations/default/{toObjectType}/{toObjectId}")
        .readsBatchFailingOnErrors(Wire.DefaultAssociationResult.class);

    /** Remove every association between two records. */
    public static final Call<Void> RECORDS_REMOVE = delete(Operation.RECORDS_REMOVE)
        .path(V4, "/crm/v4/objects/{objectType}/{objectId}/associations/{toObjectType}/{toObjectId}")
        .path(V2026_03, "/crm/objects/2026-03/{objectType}/{objectId}/associations/{toObjectType}/{toObjectId}")
        .path(V2026_09, "/crm/objects/2026-09/{objectType}/{objectId}/associations/{toObjectType}/{toObjectId}")
        .readsNothing();

    // Batch: many records between two object types. Per-input errors come in a 207 (v4,
    // 2026-03) or in a 200 (2026-09), and are read from any 2xx answer.

    /**
     * Batch read: each chunk is read again for the records HubSpot gave a cursor, until
     * every record's paging is done.
     */
    public static final BatchCall<String, Wire.ReadResult, BatchReadItem> BATCH_READ = BatchCall
        .of(post(Operation.BATCH_READ).path(V4, "/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/read")
            .path(V2026_03, "/crm/associations/2026-03/{fromObjectType}/{toObjectType}/batch/read")
            .path(V2026_09, "/crm/associations/2026-09/{fromObjectType}/{toObjectType}/batch/read")
            .readsBatch(Wire.ReadResult.class), AssociationsSettings::batchReadChunkSize)
        .inputs(String.class, (id) -> new Wire.ReadInput(id, null), List::of, RECORD_ID_KEYS)
        .results(Wire.ReadResult::toModel);

    /** Batch create associations with labels. */
    public static final BatchCall<AssociationInput, LabelsBetweenRecords, LabelsBetweenRecords> BATCH_CREATE = BatchCall
        .of(post(Operation.BATCH_CREATE).path(V4, "/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/create")
            .path(V2026_03, "/crm/associations/2026-03/{fromObjectType}/{toObjectType}/batch/create")
            .path(V2026_09, "/crm/associations/2026-09/{fromObjectType}/{toObjectType}/batch/create")
            .readsBatch(LabelsBetweenRecords.class), AssociationsSettings::batchCreateChunkSize)
        .inputs(AssociationInput.class, Wire.PairWithTypes::of, Calls::ids, RECORD_ID_KEYS)
        .results((labels) -> labels);

    /** Batch associate pairs of records with the default (unlabeled) type. */
    public static final BatchCall<RecordPair, Wire.DefaultAssociationResult, DefaultAssociation> BATCH_ASSOCIATE_DEFAULT = BatchCall
        .of(post(Operation.BATCH_ASSOCIATE_DEFAULT)
            .path(V4, "/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/associate/default")
            .path(V2026_03, "/crm/associations/2026-03/{fromObjectType}/{toObjectType}/batch/associate/default")
            .path(V2026_09, "/crm/associations/2026-09/{fromObjectType}/{toObjectType}/batch/associate/default")
            .readsBatch(Wire.DefaultAssociationResult.class), AssociationsSettings::batchAssociateDefaultChunkSize)
        .inputs(RecordPair.class, Wire.Pair::of, (pair) -> List.of(pair.fromId(), pair.toId()), RECORD_ID_KEYS)
        .results(Wire.DefaultAssociationResult::toModel);

    /**
     * Batch remove every association between pairs of records: 204 without a body in v4,
     * 200 with a batch body (an empty result per input done, an error per input that
     * failed) in the date-based versions.
     */
    public static final BatchCall<ArchiveInput, JsonNode, Void> BATCH_ARCHIVE = BatchCall
        .of(post(Operation.BATCH_ARCHIVE).path(V4, "/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/archive")
            .path(V2026_03, "/crm/associations/2026-03/{fromObjectType}/{toObjectType}/batch/archive")
            .path(V2026_09, "/crm/associations/2026-09/{fromObjectType}/{toObjectType}/batch/archive")
            .readsBatch(JsonNode.class), AssociationsSettings::batchArchiveChunkSize)
        .inputs(ArchiveInput.class, Wire.PairToMany::of, Calls::ids, RECORD_ID_KEYS)
        .noResults();

    /**
     * Batch remove specific labels between pairs of records; answered as
     * {@link #BATCH_ARCHIVE} is.
     */
    public static final BatchCall<AssociationInput, JsonNode, Void> BATCH_ARCHIVE_LABELS = BatchCall
        .of(post(Operation.BATCH_ARCHIVE_LABELS)
            .path(V4, "/crm/v4/associations/{fromObjectType}/{toObjectType}/batch/labels/archive")
            .path(V2026_03, "/crm/associations/2026-03/{fromObjectType}/{toObjectType}/batch/labels/archive")
            .path(V2026_09, "/crm/associations/2026-09/{fromObjectType}/{toObjectType}/batch/labels/archive")
            .readsBatch(JsonNode.class), AssociationsSettings::batchArchiveLabelsChunkSize)
        .inputs(AssociationInput.class, Wire.PairWithTypes::of, Calls::ids, RECORD_ID_KEYS)
        .noResults();

    // Labels: the association types between two object types

    /**
     * List the labels from one object type to another; a cursor, should one come, is
     * followed.
     */
    public static final Call<Wire.Results<AssociationType>> LABELS_LIST = get(Operation.LABELS_LIST)
        .path(V4, "/crm/v4/associations/{fromObjectType}/{toObjectType}/labels")
        .v4(SchemaPathStyle.CRM_ASSOCIATIONS_V4, "/crm/associations/v4/{fromObjectType}/{toObjectType}/labels")
        .path(V2026_03, "/crm/associations/2026-03/{fromObjectType}/{toObjectType}/labels")
        .path(V2026_09, "/crm/associations/2026-09/{fromObjectType}/{toObjectType}/labels")
        .query("after")
        .readsResults(AssociationType.class);

    /** Create a custom label, single or paired; the answer lists the types created. */
    public static final Call<Wire.Results<AssociationType>> LABELS_CREATE = post(Operation.LABELS_CREATE)
        .path(V4, "/crm/v4/associations/{fromObjectType}/{toObjectType}/labels")
        .v4(SchemaPathStyle.CRM_ASSOCIATIONS_V4, "/crm/associations/v4/{fromObjectType}/{toObjectType}/labels")
        .path(V2026_03, "/crm/associations/2026-03/{fromObjectType}/{toObjectType}/labels")
        .path(V2026_09, "/crm/associations/2026-09/{fromObjectType}/{toObjectType}/labels")
        .readsResults(AssociationType.class);

    /** Change a custom label's text; the type id is in the body. */
    public static final Call<Void> LABELS_UPDATE = put(Operation.LABELS_UPDATE)
        .path(V4, "/crm/v4/associations/{fromObjectType}/{toObjectType}/labels")
        .v4(SchemaPathStyle.CRM_ASSOCIATIONS_V4, "/crm/associations/v4/{fromObjectType}/{toObjectType}/labels")
        .path(V2026_03, "/crm/associations/2026-03/{fromObjectType}/{toObjectType}/labels")
        .path(V2026_09, "/crm/associations/2026-09/{fromObjectType}/{toObjectType}/labels")
        .readsNothing();

    /** Delete a custom label. */
    public static final Call<Void> LABELS_DELETE = delete(Operation.LABELS_DELETE)
        .path(V4, "/crm/v4/associations/{fromObjectType}/{toObjectType}/labels/{associationTypeId}")
        .v4(SchemaPathStyle.CRM_ASSOCIATIONS_V4,
                "/crm/associations/v4/{fromObjectType}/{toObjectType}/labels/{associationTypeId}")
        .path(V2026_03, "/crm/associations/2026-03/{fromObjectType}/{toObjectType}/labels/{associationTypeId}")
        .path(V2026_09, "/crm/associations/2026-09/{fromObjectType}/{toObjectType}/labels/{associationTypeId}")
        .readsNothing();

    // Limits: the configured association limits. Create and update answer as batch
    // create does; purge as batch archive does.

    /** List every configured limit of the account. */
    public static final Call<Wire.Results<AssociationLimit>> LIMITS_LIST_ALL = get(Operation.LIMITS_LIST_ALL)
        .path(V4, "/crm/v4/associations/definitions/configurations/all")
        .v4(SchemaPathStyle.CRM_ASSOCIATIONS_V4, "/crm/associations/v4/definitions/configurations/all")
        .path(V2026_03, "/crm/associations/2026-03/definitions/configurations/all")
        .path(V2026_09, "/crm/associations/2026-09/definitions/configurations/all")
        .readsResults(AssociationLimit.class);

    /** List the configured limits from one object type to another. */
    public static final Call<Wire.Results<AssociationLimit>> LIMITS_LIST = get(Operation.LIMITS_LIST)
        .path(V4, "/crm/v4/associations/definitions/configurations/{fromObjectType}/{toObjectType}")
        .v4(SchemaPathStyle.CRM_ASSOCIATIONS_V4,
                "/crm/associations/v4/definitions/configurations/{fromObjectType}/{toObjectType}")
        .path(V2026_03, "/crm/associations/2026-03/definitions/configurations/{fromObjectType}/{toObjectType}")
        .path(V2026_09, "/crm/associations/2026-09/definitions/configurations/{fromObjectType}/{toObjectType}")
        .readsResults(AssociationLimit.class);

    /** Batch create limits. */
    public static final BatchCall<LimitInput, AssociationLimit, AssociationLimit> LIMITS_CREATE = BatchCall
        .of(post(Operation.LIMITS_CREATE)
            .path(V4, "/crm/v4/associations/definitions/configurations/{fromObjectType}/{toObjectType}/batch/create")
            .v4(SchemaPathStyle.CRM_ASSOCIATIONS_V4,
                    "/crm/associations/v4/definitions/configurations/{fromObjectType}/{toObjectType}/batch/create")
            .path(V2026_03,
                    "/crm/associations/2026-03/definitions/configurations/{fromObjectType}/{toObjectType}/batch/create")
            .path(V2026_09,
                    "/crm/associations/2026-09/definitions/configurations/{fromObjectType}/{toObjectType}/batch/create")
            .readsBatch(AssociationLimit.class), AssociationsSettings::limitsChunkSize)
        .inputs(LimitInput.class, Wire.LimitConfiguration::of, (limit) -> typeId(limit.typeId()), TYPE_ID_KEYS)
        .results((limit) -> limit);

    /** Batch update limits. */
    public static final BatchCall<LimitInput, AssociationLimit, AssociationLimit> LIMITS_UPDATE = BatchCall
        .of(post(Operation.LIMITS_UPDATE)
            .path(V4, "/crm/v4/associations/definitions/configurations/{fromObjectType}/{toObjectType}/batch/update")
            .v4(SchemaPathStyle.CRM_ASSOCIATIONS_V4,
                    "/crm/associations/v4/definitions/configurations/{fromObjectType}/{toObjectType}/batch/update")
            .path(V2026_03,
                    "/crm/associations/2026-03/definitions/configurations/{fromObjectType}/{toObjectType}/batch/update")
            .path(V2026_09,
                    "/crm/associations/2026-09/definitions/configurations/{fromObjectType}/{toObjectType}/batch/update")
            .readsBatch(AssociationLimit.class), AssociationsSettings::limitsChunkSize)
        .inputs(LimitInput.class, Wire.LimitConfiguration::of, (limit) -> typeId(limit.typeId()), TYPE_ID_KEYS)
        .results((limit) -> limit);

    /** Batch purge limits, returning the types to the system default. */
    public static final BatchCall<AssociationSpec, JsonNode, Void> LIMITS_PURGE = BatchCall
        .of(post(Operation.LIMITS_PURGE)
            .path(V4, "/crm/v4/associations/definitions/configurations/{fromObjectType}/{toObjectType}/batch/purge")
            .v4(SchemaPathStyle.CRM_ASSOCIATIONS_V4,
                    "/crm/associations/v4/definitions/configurations/{fromObjectType}/{toObjectType}/batch/purge")
            .path(V2026_03,
                    "/crm/associations/2026-03/definitions/configurations/{fromObjectType}/{toObjectType}/batch/purge")
            .path(V2026_09,
                    "/crm/associations/2026-09/definitions/configurations/{fromObjectType}/{toObjectType}/batch/purge")
            .readsBatch(JsonNode.class), AssociationsSettings::limitsChunkSize)
        .inputs(AssociationSpec.class, Wire.LimitPurge::of, (spec) -> typeId(spec.typeId()), TYPE_ID_KEYS)
        .noResults();

    // Usage

    /** Request the high-usage report, e-mailed to the user. */
    public static final Call<HighUsageReport> USAGE_HIGH_USAGE_REPORT = post(Operation.USAGE_HIGH_USAGE_REPORT)
        .path(V4, "/crm/v4/associations/usage/high-usage-report/{userId}")
        .path(V2026_03, "/crm/associations/2026-03/usage/high-usage-report/{userId}")
        .path(V2026_09, "/crm/associations/2026-09/usage/high-usage-report/{userId}")
        .reads(HighUsageReport.class);

    // v3: the same paths whatever the API version; HubSpot has no date-based v3

    /** List the v3 association types from one object type to another. */
    public static final Call<Wire.Results<V3AssociationType>> V3_TYPES = get(Operation.V3_TYPES)
        .v3("/crm/v3/associations/{fromObjectType}/{toObjectType}/types")
        .readsResults(V3AssociationType.class);

    /** v3 batch create. */
    public static final BatchCall<V3AssociationInput, Wire.V3Pair, V3Association> V3_BATCH_CREATE = BatchCall
        .of(post(Operation.V3_BATCH_CREATE).v3("/crm/v3/associations/{fromObjectType}/{toObjectType}/batch/create")
            .readsBatch(Wire.V3Pair.class), AssociationsSettings::v3CreateChunkSize)
        .inputs(V3AssociationInput.class, Wire.V3Pair::of, Calls::ids, RECORD_ID_KEYS)
        .results(Wire.V3Pair::toModel);

    /** v3 batch read. */
    public static final BatchCall<String, Wire.V3ReadResult, V3BatchReadItem> V3_BATCH_READ = BatchCall
        .of(post(Operation.V3_BATCH_READ).v3("/crm/v3/associations/{fromObjectType}/{toObjectType}/batch/read")
            .readsBatch(Wire.V3ReadResult.class), AssociationsSettings::v3ReadChunkSize)
        .inputs(String.class, Wire.ObjectId::new, List::of, RECORD_ID_KEYS)
        .results(Wire.V3ReadResult::toModel);

    /** v3 batch archive. */
    public static final BatchCall<V3AssociationInput, JsonNode, Void> V3_BATCH_ARCHIVE = BatchCall
        .of(post(Operation.V3_BATCH_ARCHIVE).v3("/crm/v3/associations/{fromObjectType}/{toObjectType}/batch/archive")
            .readsBatch(JsonNode.class), AssociationsSettings::v3ArchiveChunkSize)
        .inputs(V3AssociationInput.class, Wire.V3Pair::of, Calls::ids, RECORD_ID_KEYS)
        .noResults();

    private Calls() {
    }

    /**
     * The first variables of every call between two object types, checked:
     * {@code fromObjectType}, {@code toObjectType}, then {@code more}.
     * @param fromObjectType the object type the associations go from
     * @param toObjectType the object type the associations go to
     * @param more the variables that follow, if any
     * @return the variables, in order
     */
    public static Object[] objectTypes(String fromObjectType, String toObjectType, Object... more) {
        Object[] variables = new Object[2 + more.length];
        variables[0] = Arguments.objectType("fromObjectType", fromObjectType);
        variables[1] = Arguments.objectType("toObjectType", toObjectType);
        System.arraycopy(more, 0, variables, 2, more.length);
        return variables;
    }

    private static List<String> ids(AssociationInput input) {
        return List.of(input.fromId(), input.toId());
    }

    private static List<String> ids(V3AssociationInput input) {
        return List.of(input.fromId(), input.toId());
    }

    private static List<String> ids(ArchiveInput input) {
        List<String> ids = new ArrayList<>(input.toIds().size() + 1);
        ids.add(input.fromId());
        ids.addAll(input.toIds());
        return ids;
    }

    private static List<String> typeId(int typeId) {
        return List.of(Integer.toString(typeId));
    }

}
