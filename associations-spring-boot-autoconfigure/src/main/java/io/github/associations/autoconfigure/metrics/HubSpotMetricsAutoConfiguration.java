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

package io.github.associations.autoconfigure.metrics;

import io.github.associations.autoconfigure.HubSpotAutoConfiguration;
import io.github.associations.autoconfigure.HubSpotClientStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the HubSpot client's Micrometer
 * meters.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = HubSpotAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean({ MeterRegistry.class, HubSpotClientStatus.class })
public final class HubSpotMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    HubSpotMetrics hubspotMetrics(MeterRegistry meterRegistry, HubSpotClientStatus status) {
        return new HubSpotMetrics(meterRegistry, status);
    }

    @Bean
    @ConditionalOnMissingBean(name = "hubspotMeterDescriptions")
    MeterFilter hubspotMeterDescriptions() {
        return new HubSpotMeterDescriptions();
    }

}
