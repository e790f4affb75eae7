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

package io.github.associations.emulator.internal.store;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.github.associations.emulator.internal.http.ApiException;
import org.jspecify.annotations.Nullable;

/**
 * Resolves object types as HubSpot accepts them in paths: by id ({@code 0-1}), by name
 * singular or plural ({@code contact}, {@code contacts}) in any case, and custom object
 * ids ({@code 2-<digits>}) as they are.
 *
 * @since 0.1.0
 */
public final class ObjectTypes {

    private static final Map<String, ObjectType> BY_KEY = new HashMap<>();

    private static final Map<String, ObjectType> BY_ID = new HashMap<>();

    static {
        register("0-1", "contact", "contacts");
        register("0-2", "company", "companies");
        register("0-3", "deal", "deals");
        register("0-5", "ticket", "tickets");
        register("0-7", "product", "products");
        register("0-8", "line_item", "line_items");
        register("0-14", "quote", "quotes");
        register("0-18", "communication", "communications");
        register("0-19", "feedback_submission", "feedback_submissions");
        register("0-27", "task", "tasks");
        register("0-46", "note", "notes");
        register("0-47", "meeting", "meetings");
        register("0-48", "call", "calls");
        register("0-49", "email", "emails");
        register("0-52", "invoice", "invoices");
        register("0-54", "marketing_event", "marketing_events");
        register("0-69", "subscription", "subscriptions");
        register("0-101", "payment", "payments");
        register("0-115", "user", "users");
        register("0-116", "postal_mail", "postal_mails");
        register("0-136", "lead", "leads");
        register("0-162", "service", "services");
        register("0-410", "course", "courses");
        register("0-420", "listing", "listings");
        register("0-421", "appointment", "appointments");
    }

    private ObjectTypes() {
    }

    private static void register(String id, String singular, String plural) {
        ObjectType type = new ObjectType(id, singular);
        BY_ID.put(id, type);
        BY_KEY.put(id, type);
        BY_KEY.put(singular, type);
        BY_KEY.put(plural, type);
    }

    /**
     * The object type a path segment names, if any.
     * @param value an id, a name or a custom object id
     * @return the type, or {@code null} if the value names none
     */
    public static @Nullable ObjectType find(String value) {
        ObjectType type = BY_KEY.get(value);
        if (type == null) {
            type = BY_KEY.get(value.toLowerCase(Locale.ROOT));
        }
        if (type == null && isCustomObjectTypeId(value)) {
            type = new ObjectType(value, value);
        }
        return type;
    }

    /**
     * The object type a path segment names, or HubSpot's 400.
     * @param value the path segment
     * @return the type
     * @throws ApiException 400 VALIDATION_ERROR if the value names no object type
     */
    public static ObjectType resolve(String value) {
        ObjectType type = find(value);
        if (type == null) {
            // UNCERTAIN: plausible HubSpot wording; the real message for an unknown
            // object type is undocumented.
            throw ApiException.validation("Unable to infer object type from: " + value);
        }
        return type;
    }

    /**
     * The object type a caller of the Java state API names.
     * @param value the object type
     * @return the type
     * @throws IllegalArgumentException if the value names no object type
     */
    static ObjectType require(String value) {
        ObjectType type = find(value);
        if (type == null) {
            throw new IllegalArgumentException("Unknown object type: " + value);
        }
        return type;
    }

    /**
     * A standard object type by id.
     * @param id the id, for example {@code 0-1}
     * @return the type
     */
    static ObjectType byId(String id) {
        ObjectType type = BY_ID.get(id);
        if (type == null) {
            throw new IllegalArgumentException("Not a standard object type id: " + id);
        }
        return type;
    }

    private static boolean isCustomObjectTypeId(String value) {
        if (value.length() < 3 || !value.startsWith("2-")) {
            return false;
        }
        for (int i = 2; i < value.length(); i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

}
