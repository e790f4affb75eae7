package io.github.associations.model;

/**
 * A v3 association type between two object types ({@code PublicAssociationDefinition}).
 *
 * @param id the type id as a string, for example {@code 279}
 * @param name the type name, for example {@code contact_to_company_unlabeled}
 */
public record V3AssociationType(String id, String name) {
}
