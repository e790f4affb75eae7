package io.github.associations.model;

import java.util.List;

/**
 * Two records and the association types to create (batch create) or remove (batch archive labels) between them.
 *
 * @param fromId the "from" record id
 * @param toId the "to" record id
 * @param types the association types; for create they replace the labelled types of the pair
 */
public record AssociationInput(String fromId, String toId, List<AssociationSpec> types) {

    /**
     * Copies the list.
     * @param fromId the "from" record id
     * @param toId the "to" record id
     * @param types the association types
     */
    public AssociationInput {
        types = ModelCollections.list(types);
    }

    /**
     * An input with one or more types.
     * @param fromId the "from" record id
     * @param toId the "to" record id
     * @param types the association types
     * @return the input
     */
    public static AssociationInput of(String fromId, String toId, AssociationSpec... types) {
        return new AssociationInput(fromId, toId, List.of(types));
    }

}
