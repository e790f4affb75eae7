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

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The category of an association type: who defined it.
 * <p>
 * A value type rather than an enum because HubSpot adds categories ({@code WORK} is
 * recent): an unknown value is kept as it was sent and written back unchanged. Compare
 * with {@link #equals(Object)}; the constants are the known values.
 *
 * @since 0.1.0
 */
public final class AssociationCategory {

    /** Association types HubSpot defines, such as unlabeled and primary. */
    public static final AssociationCategory HUBSPOT_DEFINED = new AssociationCategory("HUBSPOT_DEFINED");

    /** Custom labels created in the account. */
    public static final AssociationCategory USER_DEFINED = new AssociationCategory("USER_DEFINED");

    /** Types defined by an integration (app). */
    public static final AssociationCategory INTEGRATOR_DEFINED = new AssociationCategory("INTEGRATOR_DEFINED");

    /** The {@code WORK} category present in HubSpot's current specification. */
    public static final AssociationCategory WORK = new AssociationCategory("WORK");

    private final String value;

    private AssociationCategory(String value) {
        this.value = value;
    }

    /**
     * The category with the given wire value; a known constant when it is one, otherwise
     * a new value that is kept.
     * @param value the value HubSpot uses, for example {@code USER_DEFINED}
     * @return the category
     * @throws IllegalArgumentException if {@code value} is null or blank
     */
    @JsonCreator
    public static AssociationCategory of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(
                    "category must not be blank, but was " + (value == null ? "null" : "'" + value + "'"));
        }
        return switch (value) {
            case "HUBSPOT_DEFINED" -> HUBSPOT_DEFINED;
            case "USER_DEFINED" -> USER_DEFINED;
            case "INTEGRATOR_DEFINED" -> INTEGRATOR_DEFINED;
            case "WORK" -> WORK;
            default -> new AssociationCategory(value);
        };
    }

    /**
     * The value as HubSpot sends it.
     * @return the wire value, for example {@code HUBSPOT_DEFINED}
     */
    @JsonValue
    public String value() {
        return this.value;
    }

    /**
     * Whether this is one of the constants this version of the client knows.
     * @return {@code true} for the four known categories
     */
    public boolean known() {
        return this == HUBSPOT_DEFINED || this == USER_DEFINED || this == INTEGRATOR_DEFINED || this == WORK;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof AssociationCategory category && this.value.equals(category.value));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(this.value);
    }

    @Override
    public String toString() {
        return this.value;
    }

}
