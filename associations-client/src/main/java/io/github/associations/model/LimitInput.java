package io.github.associations.model;

/**
 * A limit to create or update (JSON {@code {"category","typeId","maxToObjectIds"}}).
 *
 * @param category the category of the type
 * @param typeId the type id; the unlabeled type sets the object-level limit
 * @param maxToObjectIds the maximum number of "to" records per "from" record
 */
public record LimitInput(AssociationCategory category, int typeId, int maxToObjectIds) {

    /**
     * A limit for a type given as a spec.
     * @param spec the association type
     * @param maxToObjectIds the maximum
     * @return the input
     */
    public static LimitInput of(AssociationSpec spec, int maxToObjectIds) {
        return new LimitInput(spec.category(), spec.typeId(), maxToObjectIds);
    }

}
