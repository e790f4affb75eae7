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

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the test's application against the HubSpot emulator, started in the test's JVM on
 * a free port. <pre class="code">
 * &#64;SpringBootTest
 * &#64;AutoConfigureHubSpotEmulator
 * class OnboardingTests {
 *
 *     &#64;Autowired
 *     HubSpotEmulator hubSpot;
 *
 *     &#64;Autowired
 *     OnboardingService onboarding; // injects AssociationsOperations
 *     ...
 * }
 * </pre> The emulator is a bean of type
 * {@link io.github.associations.emulator.HubSpotEmulator}: inject it to seed records,
 * inject faults and inspect its state and request log. A
 * {@link io.github.associations.autoconfigure.HubSpotConnectionDetails} bean points the
 * auto-configured {@code AssociationsOperations} at it with its private-app token,
 * whatever {@code hubspot.*} credentials are set. Both beans are registered before the
 * application's configuration is read, so an application's own
 * {@code @ConditionalOnMissingBean} emulator or connection details back off. The emulator
 * lives as long as the test's application context (which Spring's test context cache may
 * share between test classes); call {@code reset()} on it to start a test from an empty
 * account.
 *
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureHubSpotEmulator {

    /**
     * Whether HubSpot's limits apply: the rolling window of 100 requests per 10 seconds
     * and the daily quota of 250,000 requests. Change them at run time through
     * {@code HubSpotEmulator.rateLimits()}.
     * @return whether the emulator enforces rate limits
     */
    boolean rateLimits() default true;

    /**
     * Whether only records seeded through {@code HubSpotEmulator.state()} exist. By
     * default every positive record id exists, as records would in a real account.
     * @return whether records must be seeded
     */
    boolean strictRecords() default false;

}
