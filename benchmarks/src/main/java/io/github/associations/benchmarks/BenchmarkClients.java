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

package io.github.associations.benchmarks;

import java.time.Duration;

import io.github.associations.AssociationsTemplate;
import io.github.associations.client.AssociationsSettings;
import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.resilience.RateLimitSettings;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * The client as the benchmarks configure it: pointed at an emulator with its private-app
 * token, HubSpot's defaults otherwise.
 */
final class BenchmarkClients {

    private BenchmarkClients() {
    }

    static AssociationsTemplate template(HubSpotEmulator emulator, RateLimitSettings rateLimit) {
        return template(emulator.baseUrl(), emulator.privateAppToken(), rateLimit);
    }

    static AssociationsTemplate template(String baseUrl, String token, RateLimitSettings rateLimit) {
        AssociationsSettings settings = AssociationsSettings.builder()
            .baseUrl(baseUrl)
            .responseTimeout(Duration.ofSeconds(30))
            .rateLimit(rateLimit)
            .build();
        return AssociationsTemplate.builder()
            .webClientBuilder(WebClient.builder())
            .privateAppToken(token)
            .settings(settings)
            .build();
    }

}
