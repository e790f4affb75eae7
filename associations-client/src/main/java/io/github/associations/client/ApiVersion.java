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

package io.github.associations.client;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.github.associations.check.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * The version of HubSpot's Associations API the client calls. A version decides the path
 * of every call (the v3 calls excepted, which have no other version) and how some calls
 * answer; it sits in the path after the API name: {@code /crm/objects/2026-09/...},
 * {@code /crm/associations/2026-09/...}.
 * <p>
 * HubSpot names its versions by the date of their release since 2026-03-30, one in March
 * and one in September of every year. A version is "Current" for six months, then
 * "Supported" (critical fixes only), and unsupported 18 months after its release; the v4
 * APIs lose support on 2027-03-30. {@link #V2026_09} is the default.
 *
 * @since 0.1.0
 * @see <a href=
 * "https://developers.hubspot.com/docs/developer-tooling/platform/versioning">HubSpot's
 * API versioning</a>
 */
public enum ApiVersion {

    /**
     * The version released on 2026-09-08, current until about 2027-03-08 and supported
     * until about 2028-03-08 (18 months after its release, by HubSpot's rule). Batch
     * calls answer 200 whatever their outcome, with per-input errors inside. The default.
     */
    V2026_09("2026-09", LocalDate.of(2026, 9, 8), LocalDate.of(2028, 3, 8)),

    /**
     * The version released on 2026-03-30, the first date-based one, supported until about
     * 2027-09-30 (18 months after its release, by HubSpot's rule).
     */
    V2026_03("2026-03", LocalDate.of(2026, 3, 30), LocalDate.of(2027, 9, 30)),

    /**
     * The legacy v4 API, supported until 2027-03-30 as HubSpot announced: records and
     * batch calls under {@code /crm/v4/...}, labels and limits under
     * {@code /crm/v4/associations/...} or {@code /crm/associations/v4/...}. HubSpot names
     * no release date for it in its date-based scheme.
     */
    V4("v4", null, LocalDate.of(2027, 3, 30));

    private final String value;

    private final @Nullable LocalDate released;

    private final LocalDate endOfSupport;

    ApiVersion(String value, @Nullable LocalDate released, LocalDate endOfSupport) {
        this.value = value;
        this.released = released;
        this.endOfSupport = endOfSupport;
    }

    /**
     * The version as HubSpot writes it, in paths and in settings.
     * @return {@code 2026-09}, {@code 2026-03} or {@code v4}
     */
    public String value() {
        return this.value;
    }

    /**
     * The day HubSpot released this version.
     * @return the release date of a date-based version, {@code null} for {@link #V4},
     * which predates HubSpot's date-based versions
     */
    public @Nullable LocalDate released() {
        return this.released;
    }

    /**
     * The last day HubSpot supports this version: the date HubSpot announced for
     * {@link #V4}, and for a date-based version the day 18 months after its release, by
     * HubSpot's rule (so "about" that day until HubSpot announces it).
     * @return the end of support, for example {@code 2028-03-08} for {@link #V2026_09}
     */
    public LocalDate endOfSupport() {
        return this.endOfSupport;
    }

    /**
     * Whether this is one of HubSpot's date-based versions.
     * @return {@code true} for {@link #V2026_09} and {@link #V2026_03}, {@code false} for
     * {@link #V4}
     */
    public boolean isDated() {
        return this.released != null;
    }

    /**
     * The version HubSpot writes as {@code value}.
     * @param value the version as HubSpot writes it, for example {@code 2026-09} or
     * {@code v4}; case and surrounding blanks are ignored
     * @return the matching version
     * @throws IllegalArgumentException naming the supported versions when {@code value}
     * is none of them
     */
    public static ApiVersion of(String value) {
        Arguments.notBlank("apiVersion", value);
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (ApiVersion version : values()) {
            if (version.value.equals(wanted)) {
                return version;
            }
        }
        List<String> supported = Arrays.stream(values()).map(ApiVersion::value).toList();
        throw new IllegalArgumentException(
                "apiVersion must be one of " + String.join(", ", supported) + ", but was '" + value + "'");
    }

    @Override
    public String toString() {
        return this.value;
    }

}
