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

import org.jspecify.annotations.Nullable;

/**
 * A custom association label to create: single (one label for both directions) or paired
 * (a label and its inverse, e.g. Manager / Employee).
 *
 * @param name the internal name; no hyphens and not starting with a digit; cannot be
 * changed later
 * @param label the label shown for this direction
 * @param inverseLabel the label of the other direction of a paired label, {@code null}
 * for a single label
 * @since 0.1.0
 */
public record LabelDefinition(String name, String label, @Nullable String inverseLabel) {

    /**
     * A single label.
     * @param name the internal name
     * @param label the text HubSpot shows for the label
     * @return the definition of a single label
     */
    public static LabelDefinition single(String name, String label) {
        return new LabelDefinition(name, label, null);
    }

    /**
     * A paired label: HubSpot creates one type id per direction.
     * @param name the internal name
     * @param label the label of this direction
     * @param inverseLabel the label of the other direction
     * @return the definition of a paired label
     */
    public static LabelDefinition paired(String name, String label, String inverseLabel) {
        return new LabelDefinition(name, label, inverseLabel);
    }

}
