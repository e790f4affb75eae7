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

package io.github.associations.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import io.github.associations.model.AssociationSpec;
import org.jspecify.annotations.Nullable;

/**
 * Checks of user input made before anything is sent. Every failure is an
 * {@link IllegalArgumentException} whose message names the parameter and shows the bad
 * value, except {@link #secret(String, String) secrets}, which are never shown.
 *
 * @since 0.1.0
 */
public final class Arguments {

    private static final Pattern OBJECT_TYPE_ID = Pattern.compile("[0-9]{1,10}-[0-9]{1,19}");

    private static final Pattern OBJECT_TYPE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,99}");

    private static final Pattern RECORD_ID = Pattern.compile("[1-9][0-9]{0,18}");

    private static final int MAX_INT32 = Integer.MAX_VALUE;

    private Arguments() {
    }

    /**
     * An object type: an id such as {@code 0-1} or {@code 2-12345}, or a name such as
     * {@code contacts} or {@code p_custom_thing} (a letter, then letters, digits and
     * underscores). Anything else ({@code ..}, slashes, percent signs, spaces) is
     * refused, so that an object type can never change the path it is sent in.
     * @param name the parameter name
     * @param value the value to check
     * @return the value, unchanged
     */
    public static String objectType(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank, but was " + quote(value));
        }
        if (!OBJECT_TYPE_ID.matcher(value).matches() && !OBJECT_TYPE_NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be an object type id such as '0-1' or '2-12345', or a "
                    + "name such as 'contacts' or 'p_custom_thing' (a letter, then letters, digits and underscores), "
                    + "but was " + quote(value));
        }
        return value;
    }

    /**
     * A record id: a positive decimal number that fits HubSpot's 64-bit ids.
     * @param name the parameter name
     * @param value the value to check
     * @return the value, unchanged
     */
    public static String recordId(String name, @Nullable String value) {
        if (value == null || !RECORD_ID.matcher(value).matches() || !fitsInLong(value)) {
            throw new IllegalArgumentException(name + " must be a positive number, but was " + quote(value));
        }
        return value;
    }

    private static boolean fitsInLong(String digits) {
        try {
            Long.parseLong(digits);
            return true;
        }
        catch (NumberFormatException ex) {
            return false;
        }
    }

    /**
     * A page size, 1..{@code max}.
     * @param name the parameter name
     * @param value the value to check
     * @param max the largest allowed
     * @return the value, unchanged
     */
    public static int between1And(String name, int value, int max) {
        if (value < 1 || value > max) {
            throw new IllegalArgumentException(name + " must be between 1 and " + max + ", but was " + value);
        }
        return value;
    }

    /**
     * A positive 32-bit number (type ids, user ids, limits).
     * @param name the parameter name
     * @param value the value to check
     * @return the value as an int
     */
    public static int positiveInt(String name, long value) {
        if (value < 1 || value > MAX_INT32) {
            throw new IllegalArgumentException(name + " must be a positive 32-bit number, but was " + value);
        }
        return (int) value;
    }

    /**
     * A custom label's internal name: not blank, no hyphen, not starting with a digit
     * (HubSpot's rules).
     * @param name the parameter name
     * @param value the value to check
     * @return the value, unchanged
     */
    public static String labelName(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank, but was " + quote(value));
        }
        if (value.indexOf('-') >= 0) {
            throw new IllegalArgumentException(name + " must not contain a hyphen, but was " + quote(value));
        }
        if (Character.isDigit(value.charAt(0))) {
            throw new IllegalArgumentException(name + " must not start with a digit, but was " + quote(value));
        }
        return value;
    }

    /**
     * Text that must not be blank (labels, association type names).
     * @param name the parameter name
     * @param value the value to check
     * @return the value, unchanged
     */
    public static String notBlank(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank, but was " + quote(value));
        }
        return value;
    }

    /**
     * A secret (a token, a client secret): neither null nor blank. Its value never
     * appears in the message.
     * @param name the parameter name
     * @param value the value to check
     * @return the value, unchanged
     */
    public static String secret(String name, @Nullable String value) {
        notNull(name, value);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /**
     * A required value.
     * @param <T> the type
     * @param name the parameter name
     * @param value the value to check
     * @return the value, unchanged
     */
    public static <T> T notNull(String name, @Nullable T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /**
     * A collection that is neither null nor empty and holds no null element; its elements
     * are then checked one by one by the caller.
     * @param <T> the element type
     * @param name the parameter name
     * @param values the values to check
     * @return an immutable copy
     */
    public static <T> List<T> notEmpty(String name, @Nullable Collection<T> values) {
        if (values == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        int index = 0;
        for (T value : values) {
            if (value == null) {
                throw new IllegalArgumentException(name + "[" + index + "] must not be null");
            }
            index++;
        }
        return List.copyOf(values);
    }

    /**
     * A collection that is neither null nor empty and holds no null element, each element
     * then checked under its indexed name ({@code name[i]}).
     * @param <T> the element type
     * @param name the parameter name
     * @param values the values to check
     * @param check checks one element, given its indexed name
     * @return an immutable copy
     */
    public static <T> List<T> each(String name, @Nullable Collection<T> values, BiConsumer<String, T> check) {
        List<T> checked = notEmpty(name, values);
        for (int i = 0; i < checked.size(); i++) {
            check.accept(name + "[" + i + "]", checked.get(i));
        }
        return checked;
    }

    /**
     * The inputs of a batch call: not null, no null element, each element then checked
     * under its indexed name ({@code name[i]}); empty is allowed (a batch of nothing
     * sends nothing).
     * @param <T> the element type
     * @param name the parameter name
     * @param values the values to check
     * @param check checks one element, given its indexed name
     * @return an immutable copy
     */
    public static <T> List<T> batchInputs(String name, @Nullable Collection<T> values, BiConsumer<String, T> check) {
        notNull(name, values);
        List<T> checked = new ArrayList<>(values.size());
        for (T value : values) {
            if (value == null) {
                throw new IllegalArgumentException(name + "[" + checked.size() + "] must not be null");
            }
            check.accept(name + "[" + checked.size() + "]", value);
            checked.add(value);
        }
        return Collections.unmodifiableList(checked);
    }

    /**
     * One association type: a category and a positive type id.
     * @param name the parameter name
     * @param spec the type
     * @return the type, unchanged
     */
    public static AssociationSpec spec(String name, @Nullable AssociationSpec spec) {
        notNull(name, spec);
        notNull(name + ".category", spec.category());
        positiveInt(name + ".typeId", spec.typeId());
        return spec;
    }

    /**
     * Association types: not empty, no null element, each with a category and a positive
     * type id.
     * @param name the parameter name
     * @param specs the types
     * @return an immutable copy
     */
    public static List<AssociationSpec> specs(String name, @Nullable Collection<AssociationSpec> specs) {
        return each(name, specs, Arguments::spec);
    }

    private static String quote(@Nullable String value) {
        return (value != null) ? "'" + value + "'" : "null";
    }

}
