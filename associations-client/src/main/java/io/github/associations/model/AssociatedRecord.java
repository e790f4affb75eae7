package io.github.associations.model;

import java.util.List;

/**
 * A record associated with the one asked about, with every association type between the two.
 *
 * @param toObjectId the associated record's id (HubSpot sends a JSON number or string; kept as the digits)
 * @param associationTypes the types between the two records, the unlabeled one included
 */
public record AssociatedRecord(String toObjectId, List<AssociationType> associationTypes) {

    /**
     * Copies the list; an absent list becomes empty.
     * @param toObjectId the associated record's id
     * @param associationTypes the types
     */
    public AssociatedRecord {
        associationTypes = ModelCollections.list(associationTypes);
    }

}
