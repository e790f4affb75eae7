package io.github.associations.model;

import org.jspecify.annotations.Nullable;

/**
 * HubSpot's paging object; absent on the last page.
 *
 * @param next the next page, if any
 * @param prev the previous page, if HubSpot sends one
 */
public record Paging(@Nullable NextPage next, @Nullable PreviousPage prev) {

    /**
     * The cursor of the next page.
     * @return {@code next.after}, or {@code null} when there is no next page
     */
    public @Nullable String nextAfter() {
        return (this.next != null) ? this.next.after() : null;
    }

}
