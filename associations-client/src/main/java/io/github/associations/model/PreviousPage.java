package io.github.associations.model;

import org.jspecify.annotations.Nullable;

/**
 * The cursor to the previous page, present in some batch responses.
 *
 * @param before the opaque cursor
 * @param link a deprecated link
 */
public record PreviousPage(@Nullable String before, @Nullable String link) {
}
