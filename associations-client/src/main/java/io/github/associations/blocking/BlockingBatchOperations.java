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
package io.github.associations.blocking;

import java.util.Collection;

import io.github.associations.model.ArchiveInput;
import io.github.associations.model.AssociationInput;
import io.github.associations.model.BatchReadItem;
import io.github.associations.model.BatchResult;
import io.github.associations.model.DefaultAssociation;
import io.github.associations.model.LabelsBetweenRecords;
import io.github.associations.model.RecordPair;

/**
 * Blocking batch calls over any number of inputs; see
 * {@link io.github.associations.BatchAssociationOperations} for how inputs are chunked
 * and errors reported. No inputs is an empty result without any request.
 *
 * @since 0.1.0
 */
public interface BlockingBatchOperations {

    /**
     * Read the associations of many records, each record's paging followed to the end.
     * @param fromObjectType the records' object type
     * @param toObjectType the associated object type
     * @param ids the record ids
     * @return one item per record that has associations, and the per-input errors
     */
    BatchResult<String, BatchReadItem> read(String fromObjectType, String toObjectType, Collection<String> ids);

    /**
     * Associate pairs of records with labels.
     * @param fromObjectType the from records' object type
     * @param toObjectType the to records' object type
     * @param inputs the pairs and their types
     * @return the labels between each pair, and the per-input errors
     */
    BatchResult<AssociationInput, LabelsBetweenRecords> create(String fromObjectType, String toObjectType,
            Collection<AssociationInput> inputs);

    /**
     * Create the default association between pairs of records.
     * @param fromObjectType the from records' object type
     * @param toObjectType the to records' object type
     * @param pairs the pairs of records to associate
     * @return the associations created, and the per-input errors
     */
    BatchResult<RecordPair, DefaultAssociation> associateDefault(String fromObjectType, String toObjectType,
            Collection<RecordPair> pairs);

    /**
     * Remove every association between records.
     * @param fromObjectType the from records' object type
     * @param toObjectType the to records' object type
     * @param inputs each from record with the records to dissociate from it
     * @return no results, and the per-input errors
     */
    BatchResult<ArchiveInput, Void> archive(String fromObjectType, String toObjectType,
            Collection<ArchiveInput> inputs);

    /**
     * Remove some labels between pairs of records.
     * @param fromObjectType the from records' object type
     * @param toObjectType the to records' object type
     * @param inputs the pairs and the types to remove
     * @return no results, and the per-input errors
     */
    BatchResult<AssociationInput, Void> archiveLabels(String fromObjectType, String toObjectType,
            Collection<AssociationInput> inputs);

}
