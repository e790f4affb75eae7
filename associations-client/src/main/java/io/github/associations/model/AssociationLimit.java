package io.github.associations.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import org.jspecify.annotations.Nullable;

/**
 * A user-configured limit on an association type: how many "to" records one "from" record may have.
 *
 * @param category the category of the type (also read from {@code associationCategory})
 * @param typeId the type id (also read from {@code associationTypeId})
 * @param label the label of the type, {@code null} for the unlabeled type or when not sent
 * @param userEnforcedMaxToObjectIds the configured maximum, {@code null} when none is set
 */
public record AssociationLimit(@JsonAlias("associationCategory") AssociationCategory category,
        @JsonAlias("associationTypeId") int typeId, @Nullable String label,
        @Nullable Integer userEnforcedMaxToObjectIds) {
}
