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

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for masking HubSpot's secrets in
 * Actuator's {@code /env} and {@code /configprops} endpoints: by the names of their
 * properties, and by value wherever else they appear.
 *
 * @since 0.1.0
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class HubSpotSanitizingAutoConfiguration {

    @Bean
    HubSpotSecretValues hubspotSecretValues(Environment environment,
            ObjectProvider<HubSpotConnectionDetails> connectionDetails) {
        return new HubSpotSecretValues(environment, connectionDetails);
    }

    // Spring Boot masks every value by default, but shows them all once
    // management.endpoint.env.show-values (or configprops) allows it: then only
    // sanitizing functions hide anything. This one hides the secret properties in any
    // relaxed form (HUBSPOT_OAUTH_CLIENTSECRET, say), and any entry, under any name,
    // whose value is one of the secrets (CRM_SECRET_A referenced from application.yml).
    @Bean
    SanitizingFunction hubspotSecretsSanitizingFunction(HubSpotSecretValues secretValues) {
        Set<String> secrets = CredentialProperties.SECRETS.stream()
            .map(HubSpotSanitizingAutoConfiguration::uniform)
            .collect(Collectors.toUnmodifiableSet());
        return (data) -> (secrets.contains(uniform(data.getKey())) || secretValues.isSecret(data.getValue()))
                ? data.withSanitizedValue() : data;
    }

    /**
     * A property name without case or separators, so that its relaxed forms (kebab,
     * camel, environment variable) compare equal.
     */
    private static String uniform(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

}
