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

package io.github.associations.sample;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs the onboarding job at startup and prints its summary.
 */
@Component
@ConditionalOnProperty(name = "sample.run-job", havingValue = "true", matchIfMissing = true)
class OnboardingRunner implements ApplicationRunner {

    private static final Log logger = LogFactory.getLog(OnboardingRunner.class);

    private final AssociationsOnboardingService onboarding;

    OnboardingRunner(AssociationsOnboardingService onboarding) {
        this.onboarding = onboarding;
    }

    @Override
    public void run(ApplicationArguments args) {
        OnboardingSummary summary = this.onboarding.onboard().block(Duration.ofMinutes(30));
        logger.info("Onboarding done: " + summary);
    }

}
