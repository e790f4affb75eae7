package io.github.associations.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a record's associations to an object type.
 *
 * @param results the associated records of this page
 * @param paging the paging object, {@code null} on the last page
 */
public record AssociationPage(List<AssociatedRecord> results, @Nullable Paging paging) {

    /**
     * Copies the list; an absent list becomes empty.
     * @param results the associated records
     * @param paging the paging object
     */
    public AssociationPage {
        results = ModelCollections.list(results);
    }

    /**
     * The cursor to pass as {@code after} for the next page.
     * @return the cursor, or {@code null} when this is the last page
     */
    public @Nullable String nextAfter() {
        return (this.paging != null) ? this.paging.nextAfter() : null;
    }

}
