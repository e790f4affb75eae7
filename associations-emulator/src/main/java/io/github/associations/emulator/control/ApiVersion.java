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

package io.github.associations.emulator.control;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The API version a request's path names, as the segment HubSpot puts after the API name:
 * the legacy {@code v1} (OAuth), {@code v3} and {@code v4}, and the date-based versions
 * {@code 2026-03} and {@code 2026-09} that replace them (HubSpot stops supporting v4 on
 * 2027-03-30 and the v1 OAuth endpoints on 2027-02-16).
 *
 * @since 0.1.0
 * @see <a href=
 * "https://developers.hubspot.com/docs/developer-tooling/platform/versioning">HubSpot's
 * API versioning</a>
 */
public enum ApiVersion {

    /** The legacy OAuth token endpoint, {@code /oauth/v1/token}. */
    V1("v1"),

    /**
     * The legacy v3 associations API, {@code /crm/v3/associations/...}; no dated
     * successor.
     */
    V3("v3"),

    /**
     * The legacy v4 associations API, {@code /crm/v4/...} and
     * {@code /crm/associations/v4/...}.
     */
    V4("v4"),

    /** The date-based version released in March 2026. */
    V2026_03("2026-03"),

    /** The date-based version released in September 2026. */
    V2026_09("2026-09");

    private static final List<ApiVersion> DATED = List.of(V2026_03, V2026_09);

    private final String value;

    ApiVersion(String value) {
        this.value = value;
    }

    /**
     * The version as it appears in paths, for example {@code v4} or {@code 2026-09}.
     * @return the path segment
     */
    public String value() {
        return this.value;
    }

    /**
     * Whether this is a date-based version.
     * @return whether the version is named by a date
     */
    public boolean isDated() {
        return DATED.contains(this);
    }

    /**
     * The date-based versions, oldest first.
     * @return {@code 2026-03} and {@code 2026-09}
     */
    public static List<ApiVersion> dated() {
        return DATED;
    }

    /**
     * The version a path segment names.
     * @param value a path segment such as {@code v4} or {@code 2026-03}
     * @return the version, or {@code null} if the segment names none
     */
    public static @Nullable ApiVersion fromValue(String value) {
        for (ApiVersion version : values()) {
            if (version.value.equals(value)) {
                return version;
            }
        }
        return null;
    }

}
