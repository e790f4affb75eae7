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

import java.util.List;

import io.github.associations.autoconfigure.HubSpotConnectionDetails;
import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.emulator.control.EmulatorOptions;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * With no HubSpot credentials configured, the application runs against an embedded
 * emulator: it is started here and the starter is pointed at it through
 * {@link HubSpotConnectionDetails}. Set {@code hubspot.access-token} (or the
 * {@code hubspot.oauth.*} credentials) and the same application talks to HubSpot instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedHubSpotConfiguration.NoHubSpotCredentials.class)
class EmbeddedHubSpotConfiguration {

    private static final Log logger = LogFactory.getLog(EmbeddedHubSpotConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    HubSpotEmulator embeddedHubSpotEmulator() {
        // Lenient records: every positive id exists, as records would in a real account.
        // HubSpot's Free/Starter rate
        // limits apply, so the job meets the same pacing it would against HubSpot.
        HubSpotEmulator emulator = HubSpotEmulator.start(EmulatorOptions.builder().strictRecords(false).build());
        logger.info("No HubSpot credentials configured: running against the embedded HubSpot emulator at "
                + emulator.baseUrl());
        return emulator;
    }

    @Bean
    @ConditionalOnMissingBean
    HubSpotConnectionDetails embeddedHubSpotConnectionDetails(HubSpotEmulator emulator) {
        return new HubSpotConnectionDetails() {

            @Override
            public String getBaseUrl() {
                return emulator.baseUrl();
            }

            @Override
            public String getAccessToken() {
                return emulator.privateAppToken();
            }

        };
    }

    /**
     * Matches when none of HubSpot's credential properties has a value.
     */
    static class NoHubSpotCredentials extends SpringBootCondition {

        private static final List<String> CREDENTIALS = List.of("hubspot.access-token", "hubspot.oauth.client-id",
                "hubspot.oauth.client-secret", "hubspot.oauth.refresh-token");

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            for (String property : CREDENTIALS) {
                if (StringUtils.hasText(context.getEnvironment().getProperty(property))) {
                    return ConditionOutcome.noMatch(property + " is set");
                }
            }
            return ConditionOutcome.match("no HubSpot credentials are set");
        }

    }

}
