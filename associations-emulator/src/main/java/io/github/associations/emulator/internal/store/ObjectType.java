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

import java.util.Locale;

/**
 * A CRM object type as the emulator names it.
 *
 * @param id HubSpot's object type id, for example {@code 0-1} or {@code 2-1234}
 * @param name the singular name used in messages and v3 type names ({@code contact},
 * {@code line_item}); the id for custom objects
 * @since 0.1.0
 */
public record ObjectType(String id, String name) {

    /** The companies object type id, the side that "primary" labels point to. */
    public static final String COMPANY_ID = "0-2";

    /**
     * The name as HubSpot writes it in {@code INVALID_OBJECT_IDS} contexts
     * ({@code CONTACT}).
     * @return the upper-case name
     */
    String upperName() {
        return this.name.toUpperCase(Locale.ROOT);
    }

    /**
     * Whether this is a custom object type ({@code 2-...}).
     * @return whether custom
     */
    boolean isCustom() {
        return this.id.startsWith("2-");
    }

}
