package io.github.associations.model;

import org.jspecify.annotations.Nullable;

/**
 * A record associated through v3.
 *
 * @param id the associated record id
 * @param type the association type name
 */
public record V3AssociatedRecord(String id, @Nullable String type) {
}
