package io.github.associations.model;

import java.util.List;

/**
 * The v3 associations of one input record.
 *
 * @param fromId the input record id, as the caller gave it
 * @param associatedRecords the associated records
 */
public record V3BatchReadItem(String fromId, List<V3AssociatedRecord> associatedRecords) {

    /**
     * Copies the list.
     * @param fromId the input record id
     * @param associatedRecords the associated records
     */
    public V3BatchReadItem {
        associatedRecords = ModelCollections.list(associatedRecords);
    }

}
