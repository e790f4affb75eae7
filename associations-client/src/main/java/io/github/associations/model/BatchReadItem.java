package io.github.associations.model;

import java.util.List;

/**
 * Every association of one input record of a batch read, all pages merged.
 *
 * @param fromId the input record id, as the caller gave it
 * @param associatedRecords the associated records, in the order HubSpot returned them
 */
public record BatchReadItem(String fromId, List<AssociatedRecord> associatedRecords) {

    /**
     * Copies the list.
     * @param fromId the input record id
     * @param associatedRecords the associated records
     */
    public BatchReadItem {
        associatedRecords = ModelCollections.list(associatedRecords);
    }

}
