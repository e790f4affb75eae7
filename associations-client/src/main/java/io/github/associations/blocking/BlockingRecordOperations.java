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

import java.util.List;
import java.util.stream.Stream;

import io.github.associations.model.AssociatedRecord;
import io.github.associations.model.AssociationPage;
import io.github.associations.model.AssociationSpec;
import io.github.associations.model.DefaultAssociation;
import io.github.associations.model.LabelsBetweenRecords;
import org.jspecify.annotations.Nullable;

/**
 * Blocking calls about the associations of one record; see
 * {@link io.github.associations.RecordAssociationOperations} for what each call does.
 *
 * @since 0.1.0
 */
public interface BlockingRecordOperations {

    /**
     * Every record associated with a record, as a lazily paged stream: a page is
     * requested when the stream reaches it, so a stream that is not read to its end
     * requests no more pages. Close the stream (try-with-resources) when not reading it
     * to the end.
     * @param objectType the record's object type: an id such as {@code 0-1} or a name
     * such as {@code contacts}
     * @param objectId the record's id
     * @param toObjectType the associated object type
     * @return the associated records, with their association types, in HubSpot's order
     */
    Stream<AssociatedRecord> list(String objectType, String objectId, String toObjectType);

    /**
     * One page of the records associated with a record.
     * @param objectType the record's object type
     * @param objectId the record's id
     * @param toObjectType the associated object type
     * @param limit the page size, 1 to 500
     * @param after the cursor of the page, {@code null} for the first
     * @return the page and the cursor of the next
     */
    AssociationPage listPage(String objectType, String objectId, String toObjectType, int limit,
            @Nullable String after);

    /**
     * Associate two records with labels.
     * @param objectType the from record's object type
     * @param objectId the from record's id
     * @param toObjectType the to record's object type
     * @param toObjectId the to record's id
     * @param types the association types, at least one
     * @return the labels between the two records
     */
    LabelsBetweenRecords associate(String objectType, String objectId, String toObjectType, String toObjectId,
            List<AssociationSpec> types);

    /**
     * Associate two records with labels.
     * @param objectType the from record's object type
     * @param objectId the from record's id
     * @param toObjectType the to record's object type
     * @param toObjectId the to record's id
     * @param types the association types, at least one
     * @return the labels between the two records
     */
    default LabelsBetweenRecords associate(String objectType, String objectId, String toObjectType, String toObjectId,
            AssociationSpec... types) {
        return associate(objectType, objectId, toObjectType, toObjectId, (types != null) ? List.of(types) : null);
    }

    /**
     * Create the default (unlabeled) association between two records.
     * @param fromObjectType the from record's object type
     * @param fromObjectId the from record's id
     * @param toObjectType the to record's object type
     * @param toObjectId the to record's id
     * @return the association in both directions, as HubSpot reports it
     */
    List<DefaultAssociation> associateDefault(String fromObjectType, String fromObjectId, String toObjectType,
            String toObjectId);

    /**
     * Remove every association between two records.
     * @param objectType the from record's object type
     * @param objectId the from record's id
     * @param toObjectType the to record's object type
     * @param toObjectId the to record's id
     */
    void remove(String objectType, String objectId, String toObjectType, String toObjectId);

}
