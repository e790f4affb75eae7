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

package io.github.associations.internal.json;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.github.associations.error.HubSpotError;
import io.github.associations.model.ArchiveInput;
import io.github.associations.model.AssociatedRecord;
import io.github.associations.model.AssociationCategory;
import io.github.associations.model.AssociationInput;
import io.github.associations.model.AssociationSpec;
import io.github.associations.model.BatchReadItem;
import io.github.associations.model.BatchStatus;
import io.github.associations.model.DefaultAssociation;
import io.github.associations.model.LimitInput;
import io.github.associations.model.Paging;
import io.github.associations.model.RecordPair;
import io.github.associations.model.V3AssociatedRecord;
import io.github.associations.model.V3Association;
import io.github.associations.model.V3AssociationInput;
import io.github.associations.model.V3BatchReadItem;
import org.jspecify.annotations.Nullable;

/**
 * HubSpot's request and response bodies where they differ from the public model (object
 * references as {@code {"id": ...}}, batch envelopes), with their conversions from and to
 * the model. Only the pipeline, the call descriptions and the operation groups see these.
 *
 * @since 0.1.0
 */
public final class Wire {

    private Wire() {
    }

    /**
     * {@code {"id": "123"}}.
     *
     * @param id the record id
     */
    public record ObjectId(String id) {
    }

    /**
     * {@code {"inputs": [...]}}, the body of every batch call.
     *
     * @param <T> the input type
     * @param inputs the inputs of one request
     */
    public record Inputs<T>(List<T> inputs) {
    }

    /**
     * {@code {"results": [...]}}, HubSpot's collection responses; documented without
     * paging, but a cursor is kept (and followed) should one come.
     *
     * @param <T> the element type
     * @param results the results, absent when HubSpot sent none
     * @param paging the next page's cursor, if any
     */
    public record Results<T>(@Nullable List<T> results, @Nullable Paging paging) {

        /**
         * The results, empty when absent.
         * @return the results
         */
        public List<T> resultsOrEmpty() {
            return (this.results != null) ? this.results : List.of();
        }

        /**
         * The cursor of the next page.
         * @return the cursor, or {@code null} on the last page
         */
        public @Nullable String nextAfter() {
            return (this.paging != null) ? this.paging.nextAfter() : null;
        }

    }

    /**
     * The batch envelope: {@code status}, {@code results}, and on a partial failure
     * {@code numErrors} and {@code errors}. Read the same way whatever the 2xx status
     * (200, 201, 207).
     *
     * @param <T> the result type
     * @param status the batch status
     * @param results the results, absent when HubSpot sent none
     * @param numErrors the number of errors
     * @param errors the per-input errors
     * @param requestedAt when the batch was requested
     * @param startedAt when HubSpot started it
     * @param completedAt when HubSpot completed it
     * @param links related links
     */
    public record BatchResponse<T>(@Nullable BatchStatus status, @Nullable List<T> results, @Nullable Integer numErrors,
            @Nullable List<HubSpotError> errors, @Nullable Instant requestedAt, @Nullable Instant startedAt,
            @Nullable Instant completedAt, @Nullable Map<String, String> links) {

        /**
         * The results, empty when absent.
         * @return the results
         */
        public List<T> resultsOrEmpty() {
            return (this.results != null) ? this.results : List.of();
        }

        /**
         * The errors, empty when absent.
         * @return the errors
         */
        public List<HubSpotError> errorsOrEmpty() {
            return (this.errors != null) ? this.errors : List.of();
        }

    }

    /**
     * A batch read input: a record id and, to read its next page, the cursor HubSpot gave
     * for it.
     *
     * @param id the record id
     * @param after the cursor, absent on the first read
     */
    public record ReadInput(String id, @Nullable String after) {
    }

    /**
     * A batch read result: one record's associations, with its own paging.
     *
     * @param from the record
     * @param to its associated records
     * @param paging the cursor of its next page, if any
     */
    public record ReadResult(ObjectId from, @Nullable List<AssociatedRecord> to, @Nullable Paging paging) {

        /**
         * The associations of this result as the caller sees them.
         * @return the record's id and its associated records
         */
        public BatchReadItem toModel() {
            return new BatchReadItem(this.from.id(), (this.to != null) ? this.to : List.of());
        }

        /**
         * The cursor of the record's next page.
         * @return the cursor, or {@code null} on its last page
         */
        public @Nullable String nextAfter() {
            return (this.paging != null) ? this.paging.nextAfter() : null;
        }

    }

    /**
     * A batch create or batch archive-labels input.
     *
     * @param from the from record
     * @param to the to record
     * @param types the association types
     */
    public record PairWithTypes(ObjectId from, ObjectId to, List<AssociationSpec> types) {

        /**
         * The wire form of an input.
         * @param input the input as the caller gave it
         * @return the wire form
         */
        public static PairWithTypes of(AssociationInput input) {
            return new PairWithTypes(new ObjectId(input.fromId()), new ObjectId(input.toId()), input.types());
        }

    }

    /**
     * A batch associate-default input.
     *
     * @param from the from record
     * @param to the to record
     */
    public record Pair(ObjectId from, ObjectId to) {

        /**
         * The wire form of a pair.
         * @param pair the pair as the caller gave it
         * @return the wire form
         */
        public static Pair of(RecordPair pair) {
            return new Pair(new ObjectId(pair.fromId()), new ObjectId(pair.toId()));
        }

    }

    /**
     * A batch archive input: one from record and the records to dissociate from it.
     *
     * @param from the from record
     * @param to the to records
     */
    public record PairToMany(ObjectId from, List<ObjectId> to) {

        /**
         * The wire form of an input.
         * @param input the input as the caller gave it
         * @return the wire form
         */
        public static PairToMany of(ArchiveInput input) {
            return new PairToMany(new ObjectId(input.fromId()), input.toIds().stream().map(ObjectId::new).toList());
        }

    }

    /**
     * A result of a default association, single or batch: one direction of it.
     *
     * @param from the from record
     * @param to the to record
     * @param associationSpec the unlabeled type of this direction
     */
    public record DefaultAssociationResult(ObjectId from, ObjectId to, AssociationSpec associationSpec) {

        /**
         * The association as the caller sees it.
         * @return the association
         */
        public DefaultAssociation toModel() {
            return new DefaultAssociation(this.from.id(), this.to.id(), this.associationSpec);
        }

    }

    /**
     * The body of a label creation.
     *
     * @param name the internal name
     * @param label the label's text
     * @param inverseLabel the inverse label of a paired label
     */
    public record LabelCreate(String name, String label, @Nullable String inverseLabel) {
    }

    /**
     * The body of a label update.
     *
     * @param associationTypeId the type to update
     * @param label the new label
     * @param inverseLabel the new inverse label of a paired label
     */
    public record LabelUpdate(int associationTypeId, String label, @Nullable String inverseLabel) {
    }

    /**
     * An input of a limits batch create or update.
     *
     * @param category the type's category
     * @param typeId the association type id
     * @param maxToObjectIds the limit
     */
    public record LimitConfiguration(AssociationCategory category, int typeId, int maxToObjectIds) {

        /**
         * The wire form of a limit.
         * @param limit the limit as the caller gave it
         * @return the wire form
         */
        public static LimitConfiguration of(LimitInput limit) {
            return new LimitConfiguration(limit.category(), limit.typeId(), limit.maxToObjectIds());
        }

    }

    /**
     * An input of a limits batch purge.
     *
     * @param category the type's category
     * @param typeId the association type id
     */
    public record LimitPurge(AssociationCategory category, int typeId) {

        /**
         * The wire form of a type whose limit is purged.
         * @param spec the type
         * @return the wire form
         */
        public static LimitPurge of(AssociationSpec spec) {
            return new LimitPurge(spec.category(), spec.typeId());
        }

    }

    /**
     * A v3 create or archive input, and a v3 create result.
     *
     * @param from the from record
     * @param to the to record
     * @param type the association type name (or id)
     */
    public record V3Pair(ObjectId from, ObjectId to, String type) {

        /**
         * The wire form of an input.
         * @param input the input as the caller gave it
         * @return the wire form
         */
        public static V3Pair of(V3AssociationInput input) {
            return new V3Pair(new ObjectId(input.fromId()), new ObjectId(input.toId()), input.type());
        }

        /**
         * The association as the caller sees it.
         * @return the association
         */
        public V3Association toModel() {
            return new V3Association(this.from.id(), this.to.id(), this.type);
        }

    }

    /**
     * A v3 read result.
     *
     * @param from the record
     * @param to its associated records, one entry per record and type
     */
    public record V3ReadResult(ObjectId from, @Nullable List<V3AssociatedRecord> to) {

        /**
         * The associations of this result as the caller sees them.
         * @return the record's id and its associated records
         */
        public V3BatchReadItem toModel() {
            return new V3BatchReadItem(this.from.id(), (this.to != null) ? this.to : List.of());
        }

    }

}
