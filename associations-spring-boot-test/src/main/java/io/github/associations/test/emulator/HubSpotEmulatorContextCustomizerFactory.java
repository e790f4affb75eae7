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

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Finds {@link AutoConfigureHubSpotEmulator} on a test class (or an enclosing class, or
 * as a meta-annotation) and has the emulator registered in its application context.
 * Registered in {@code META-INF/spring.factories}.
 */
class HubSpotEmulatorContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        AutoConfigureHubSpotEmulator annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
                AutoConfigureHubSpotEmulator.class);
        if (annotation == null) {
            return null;
        }
        return new HubSpotEmulatorContextCustomizer(annotation.rateLimits(), annotation.strictRecords());
    }

}
