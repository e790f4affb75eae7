package io.github.associations.model;

/**
 * A default (unlabeled) association HubSpot created, one per direction.
 *
 * @param fromId the "from" record id
 * @param toId the "to" record id
 * @param spec the association type HubSpot used for this direction
 */
public record DefaultAssociation(String fromId, String toId, AssociationSpec spec) {
}
