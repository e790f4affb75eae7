package io.github.associations.model;

import org.jspecify.annotations.Nullable;

/**
 * The cursor to the next page.
 *
 * @param after the opaque cursor; pass it back unchanged, never decode it
 * @param link a deprecated link HubSpot still sends; ignore it
 */
public record NextPage(String after, @Nullable String link) {
}
