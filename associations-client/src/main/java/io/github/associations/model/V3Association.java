package io.github.associations.model;

/**
 * A v3 association HubSpot created.
 *
 * @param fromId the "from" record id
 * @param toId the "to" record id
 * @param type the association type name
 */
public record V3Association(String fromId, String toId, String type) {
}
