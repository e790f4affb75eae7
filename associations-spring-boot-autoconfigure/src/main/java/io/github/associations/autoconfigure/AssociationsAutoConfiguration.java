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

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the HubSpot Associations client, active when HubSpot
 * credentials are configured. Credentials and the base URL reach beans through {@link HubSpotConnectionDetails},
 * from the {@code hubspot.*} properties unless the application supplies its own.
 */
@AutoConfiguration
@Conditional(OnHubSpotCredentialsCondition.class)
@EnableConfigurationProperties(HubSpotProperties.class)
public final class AssociationsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(HubSpotConnectionDetails.class)
    PropertiesHubSpotConnectionDetails hubSpotConnectionDetails(HubSpotProperties properties) {
        return new PropertiesHubSpotConnectionDetails(properties);
    }

}
