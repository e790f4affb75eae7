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

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.github.associations.check.Arguments;

/**
 * The version of HubSpot's Associations API the client calls. A version decides the path
 * of every call: the v3 calls excepted, which have no other version.
 *
 * @since 0.1.0
 */
public enum ApiVersion {

    /**
     * The v4 API: records and batch calls under {@code /crm/v4/...}, labels and limits
     * under {@code /crm/v4/associations/...} or {@code /crm/associations/v4/...} (see
     * {@link SchemaPathStyle}).
     */
    V4("v4");

    private final String value;

    ApiVersion(String value) {
        this.value = value;
    }

    /**
     * The version as HubSpot writes it.
     * @return for example {@code v4}
     */
    public String value() {
        return this.value;
    }

    /**
     * The version HubSpot writes as {@code value}.
     * @param value the version as HubSpot writes it, for example {@code v4}; case is
     * ignored
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
