package io.github.associations.model;

import org.jspecify.annotations.Nullable;

/**
 * A custom association label to create: single (one label for both directions) or paired (a label and its
 * inverse, e.g. Manager / Employee).
 *
 * @param name the internal name; no hyphens and not starting with a digit; cannot be changed later
 * @param label the label shown for this direction
 * @param inverseLabel the label of the other direction of a paired label, {@code null} for a single label
 */
public record LabelDefinition(String name, String label, @Nullable String inverseLabel) {

    /**
     * A single label.
     * @param name the internal name
     * @param label the label
     * @return the definition
     */
    public static LabelDefinition single(String name, String label) {
        return new LabelDefinition(name, label, null);
    }

    /**
     * A paired label: HubSpot creates one type id per direction.
     * @param name the internal name
     * @param label the label of this direction
     * @param inverseLabel the label of the other direction
     * @return the definition
     */
    public static LabelDefinition paired(String name, String label, String inverseLabel) {
        return new LabelDefinition(name, label, inverseLabel);
    }

}
