package io.github.associations.model;

import java.util.List;

/**
 * A record and the records to remove every association with (batch archive).
 *
 * @param fromId the "from" record id
 * @param toIds the "to" record ids
 */
public record ArchiveInput(String fromId, List<String> toIds) {

    /**
     * Copies the list.
     * @param fromId the "from" record id
     * @param toIds the "to" record ids
     */
    public ArchiveInput {
        toIds = ModelCollections.list(toIds);
    }

    /**
     * An input for one or more "to" records.
     * @param fromId the "from" record id
     * @param toIds the "to" record ids
     * @return the input
     */
    public static ArchiveInput of(String fromId, String... toIds) {
        return new ArchiveInput(fromId, List.of(toIds));
    }

}
