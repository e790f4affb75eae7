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

package io.github.associations.test.emulator;

import io.github.associations.autoconfigure.HubSpotConnectionDetails;
import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.emulator.control.EmulatorOptions;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Registers the emulator and the connection details that point at it, before the
 * application's configuration classes are parsed. A record: equal settings share a cached
 * application context.
 *
 * @param rateLimits whether HubSpot's rate limits apply
 * @param strictRecords whether records must be seeded
 */
record HubSpotEmulatorContextCustomizer(boolean rateLimits, boolean strictRecords) implements ContextCustomizer {

    static final String EMULATOR_BEAN_NAME = "hubSpotEmulator";

    static final String CONNECTION_DETAILS_BEAN_NAME = "hubSpotEmulatorConnectionDetails";

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
        if (!(beanFactory instanceof BeanDefinitionRegistry registry)) {
            throw new IllegalStateException("@AutoConfigureHubSpotEmulator needs an application context whose bean "
                    + "factory is a BeanDefinitionRegistry, but it is a " + beanFactory.getClass().getName());
        }
        RootBeanDefinition emulator = new RootBeanDefinition(HubSpotEmulator.class,
                () -> HubSpotEmulator.start(options()));
        emulator.setDestroyMethodName("close");
        registry.registerBeanDefinition(EMULATOR_BEAN_NAME, emulator);
        RootBeanDefinition connectionDetails = new RootBeanDefinition(HubSpotConnectionDetails.class,
                () -> new EmulatorConnectionDetails(beanFactory.getBean(EMULATOR_BEAN_NAME, HubSpotEmulator.class)));
        registry.registerBeanDefinition(CONNECTION_DETAILS_BEAN_NAME, connectionDetails);
    }

    EmulatorOptions options() {
        EmulatorOptions.Builder options = EmulatorOptions.builder().strictRecords(this.strictRecords);
        if (!this.rateLimits) {
            options.noRateLimit().noDailyLimit();
        }
        return options.build();
    }

    /**
     * The emulator's base URL and private-app token.
     */
    private record EmulatorConnectionDetails(HubSpotEmulator emulator) implements HubSpotConnectionDetails {

        @Override
        public String getBaseUrl() {
            return this.emulator.baseUrl();
        }

        @Override
        public String getAccessToken() {
            return this.emulator.privateAppToken();
        }

        @Override
        public String toString() {
            return "EmulatorConnectionDetails[" + this.emulator.baseUrl() + "]";
        }

    }

}
