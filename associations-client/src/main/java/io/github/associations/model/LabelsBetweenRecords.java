package io.github.associations.model;

import java.util.List;

/**
 * The labels between two records after an association call ({@code LabelsBetweenObjectPair}).
 *
 * @param fromObjectTypeId the "from" object type id, for example {@code 0-1}
 * @param fromObjectId the "from" record id
 * @param toObjectTypeId the "to" object type id
 * @param toObjectId the "to" record id
 * @param labels the labels now between the records; the unlabeled type has no entry
 */
public record LabelsBetweenRecords(String fromObjectTypeId, String fromObjectId, String toObjectTypeId,
        String toObjectId, List<String> labels) {

    /**
     * Copies the list; an absent list becomes empty.
     * @param fromObjectTypeId the "from" object type id
     * @param fromObjectId the "from" record id
     * @param toObjectTypeId the "to" object type id
     * @param toObjectId the "to" record id
     * @param labels the labels
     */
    public LabelsBetweenRecords {
        labels = ModelCollections.list(labels);
    }

}
