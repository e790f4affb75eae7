/*
 * Copyright 2026 the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.associations.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a record's associations to an object type.
 *
 * @param results the associated records of this page
 * @param paging the paging object, {@code null} on the last page
 * @since 0.1.0
 */
public record AssociationPage(List<AssociatedRecord> results, @Nullable Paging paging) {

    /**
     * Copies the list; an absent list becomes empty.
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
