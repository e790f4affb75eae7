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

package io.github.associations.autoconfigure;

import java.util.List;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Names of the {@code hubspot.*} properties that carry credentials, for conditions,
 * validation and failure analyses.
 */
final class CredentialProperties {

    static final String ACCESS_TOKEN = "hubspot.access-token";

    static final String CLIENT_ID = "hubspot.oauth.client-id";

    static final String CLIENT_SECRET = "hubspot.oauth.client-secret";

    static final String REFRESH_TOKEN = "hubspot.oauth.refresh-token";

    /** Every credential property, the private app's first. */
    static final List<String> ALL = List.of(ACCESS_TOKEN, CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN);

    /** The properties that hold secrets: masked by Actuator and never logged. */
    static final List<String> SECRETS = List.of(ACCESS_TOKEN, CLIENT_SECRET, REFRESH_TOKEN);

    private CredentialProperties() {
    }

    /**
     * The credential properties set to a non-blank value in the environment, in
     * {@link #ALL}'s order.
     * @param environment the environment, with relaxed binding (for example
     * {@code HUBSPOT_ACCESSTOKEN})
     * @return the names of the credential properties that are set
     */
    static List<String> configuredIn(Environment environment) {
        Binder binder = Binder.get(environment);
        return ALL.stream()
            .filter((name) -> binder.bind(name, String.class).map(StringUtils::hasText).orElse(false))
            .toList();
    }

}
