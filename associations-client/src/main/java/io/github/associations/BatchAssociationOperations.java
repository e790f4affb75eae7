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

package io.github.associations;

import java.util.Collection;

import io.github.associations.model.ArchiveInput;
import io.github.associations.model.AssociationInput;
import io.github.associations.model.BatchReadItem;
import io.github.associations.model.BatchResult;
import io.github.associations.model.DefaultAssociation;
import io.github.associations.model.LabelsBetweenRecords;
import io.github.associations.model.RecordPair;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Batch calls ({@code /crm/v4/associations/{from}/{to}/batch/...}) over any number of
 * inputs. Inputs are cut into chunks no larger than HubSpot accepts (or the configured
 * chunk sizes), chunks are sent with bounded concurrency, and the answers are merged into
 * one {@link BatchResult}: the results, and every per-input error tied to the inputs it
 * concerns. A partial failure is a value; only the failure of a whole request is an error
 * signal. Cold publishers: nothing is sent until subscription.
 * <p>
 * A {@code Collection} is checked whole before anything is sent (it must not hold nulls
 * or bad ids; within one input, lists such as its types or to ids must not be empty). The
 * elements of a {@code Publisher} are checked as they arrive, before the chunk holding
 * them is sent, so earlier chunks may have been sent when a bad element fails the call.
 * No inputs at all, an empty {@code Collection} as an empty {@code Publisher}, give an
 * empty result without any request.
 *
 * @since 0.1.0
 */
public interface BatchAssociationOperations {

    /**
     * Read the associations of many records: chunks of at most 1,000 ids, and each
     * record's own paging followed to the end, so every record's associations are
     * complete. Repeated ids are read once.
     * @param fromObjectType the records' object type
     * @param toObjectType the associated object type
     * @param ids the record ids
     * @return one item per record that has associations, in the order of the ids; records
     * without associations appear as per-input errors ({@code OBJECT_NOT_FOUND},
     * {@code crm.associations.NO_ASSOCIATIONS_FOUND})
     */
    Mono<BatchResult<String, BatchReadItem>> read(String fromObjectType, String toObjectType, Collection<String> ids);

    /**
     * Read the associations of many records; see
     * {@link #read(String, String, Collection)}.
     * @param fromObjectType the records' object type
     * @param toObjectType the associated object type
     * @param ids the record ids
     * @return one item per record that has associations
     */
    Mono<BatchResult<String, BatchReadItem>> read(String fromObjectType, String toObjectType, Publisher<String> ids);

    /**
     * Associate pairs of records with labels, in chunks of at most 2,000; each input's
     * types replace the labels between its pair.
     * @param fromObjectType the from records' object type
     * @param toObjectType the to records' object type
     * @param inputs the pairs and their types
     * @return the labels between each pair after the call, and the per-input errors
     */
    Mono<BatchResult<AssociationInput, LabelsBetweenRecords>> create(String fromObjectType, String toObjectType,
            Collection<AssociationInput> inputs);

    /**
     * Associate pairs of records with labels; see
     * {@link #create(String, String, Collection)}.
     * @param fromObjectType the from records' object type
     * @param toObjectType the to records' object type
     * @param inputs the pairs and their types
     * @return the labels between each pair after the call, and the per-input errors
     */
    Mono<BatchResult<AssociationInput, LabelsBetweenRecords>> create(String fromObjectType, String toObjectType,
            Publisher<AssociationInput> inputs);

    /**
     * Create the default (unlabeled) association between pairs of records.
     * @param fromObjectType the from records' object type
     * @param toObjectType the to records' object type
     * @param pairs the pairs of records to associate
     * @return the associations created (both directions of each pair), and the per-input
     * errors
     */
    Mono<BatchResult<RecordPair, DefaultAssociation>> associateDefault(String fromObjectType, String toObjectType,
            Collection<RecordPair> pairs);

    /**
     * Create the default (unlabeled) association between pairs of records; see
     * {@link #associateDefault(String, String, Collection)}.
     * @param fromObjectType the from records' object type
     * @param toObjectType the to records' object type
     * @param pairs the pairs of records to associate
     * @return the associations created, and the per-input errors
     */
    Mono<BatchResult<RecordPair, DefaultAssociation>> associateDefault(String fromObjectType, String toObjectType,
            Publisher<RecordPair> pairs);

    /**
     * Remove every association between pairs of records.
     * @param fromObjectType the from records' object type
     * @param toObjectType the to records' object type
     * @param inputs each from record with the records to dissociate from it
     * @return no results (HubSpot answers 204), the request count, and per-input errors
     * should HubSpot report any
     */
    Mono<BatchResult<ArchiveInput, Void>> archive(String fromObjectType, String toObjectType,
            Collection<ArchiveInput> inputs);

    /**
     * Remove every association between pairs of records; see
     * {@link #archive(String, String, Collection)}.
     * @param fromObjectType the from records' object type
     * @param toObjectType the to records' object type
     * @param inputs each from record with the records to dissociate from it
     * @return no results, the request count, and per-input errors should HubSpot report
     * any
     */
    Mono<BatchResult<ArchiveInput, Void>> archive(String fromObjectType, String toObjectType,
            Publisher<ArchiveInput> inputs);

    /**
     * Remove specific labels between pairs of records; removing the unlabeled type
     * removes every association of the pair.
     * @param fromObjectType the from records' object type
     * @param toObjectType the to records' object type
     * @param inputs the pairs and the types to remove
     * @return no results (HubSpot answers 204), the request count, and per-input errors
     * should HubSpot report any
     */
    Mono<BatchResult<AssociationInput, Void>> archiveLabels(String fromObjectType, String toObjectType,
            Collection<AssociationInput> inputs);

    /**
     * Remove specific labels between pairs of records; see
     * {@link #archiveLabels(String, String, Collection)}.
     * @param fromObjectType the from records' object type
     * @param toObjectType the to records' object type
     * @param inputs the pairs and the types to remove
     * @return no results, the request count, and per-input errors should HubSpot report
     * any
     */
    Mono<BatchResult<AssociationInput, Void>> archiveLabels(String fromObjectType, String toObjectType,
            Publisher<AssociationInput> inputs);

}
