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

import io.github.associations.client.AccessTokenProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when HubSpot credentials are configured: a {@code hubspot.*} credential
 * property is set (blank values do not count), or the application defines a
 * {@link HubSpotConnectionDetails} or {@link AccessTokenProvider} bean.
 * <p>
 * Any one OAuth property is enough to match, so that incomplete OAuth credentials fail at
 * startup with a message naming the missing property instead of silently leaving the
 * application without a client.
 */
class OnHubSpotCredentialsCondition extends SpringBootCondition implements ConfigurationCondition {

    private static final List<Class<?>> CREDENTIAL_BEAN_TYPES = List.of(HubSpotConnectionDetails.class,
            AccessTokenProvider.class);

    @Override
    public ConfigurationPhase getConfigurationPhase() {
        // Bean definitions of the application are only known once its configuration
        // classes are parsed.
        return ConfigurationPhase.REGISTER_BEAN;
    }

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        ConditionMessage.Builder message = ConditionMessage.forCondition("HubSpot credentials");
        List<String> properties = CredentialProperties.configuredIn(context.getEnvironment());
        if (!properties.isEmpty()) {
            return ConditionOutcome.match(message.found("property", "properties").items(properties));
        }
        ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
        if (beanFactory != null) {
            for (Class<?> type : CREDENTIAL_BEAN_TYPES) {
                String[] beans = beanFactory.getBeanNamesForType(type, true, false);
                if (beans.length > 0) {
                    return ConditionOutcome.match(message.found(type.getSimpleName() + " bean").items(List.of(beans)));
                }
            }
        }
        return ConditionOutcome.noMatch(message.didNotFind("property", "properties")
            .items(CredentialProperties.ALL)
            .append("nor any HubSpotConnectionDetails or AccessTokenProvider bean"));
    }

}
