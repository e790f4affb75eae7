package io.github.associations.model;

/**
 * A v3 association to create or archive.
 *
 * @param fromId the "from" record id
 * @param toId the "to" record id
 * @param type the association type name (for example {@code contact_to_company}) or id
 */
public record V3AssociationInput(String fromId, String toId, String type) {

    /**
     * An input.
     * @param fromId the "from" record id
     * @param toId the "to" record id
     * @param type the type name or id
     * @return the input
     */
    public static V3AssociationInput of(String fromId, String toId, String type) {
        return new V3AssociationInput(fromId, toId, type);
    }

}
