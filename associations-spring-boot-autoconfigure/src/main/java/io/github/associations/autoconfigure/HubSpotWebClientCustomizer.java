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

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Customizes the {@link WebClient.Builder} the auto-configured
 * {@code AssociationsOperations} is built from (a clone of the application's builder, so
 * customizations stay private to the HubSpot client). Applied in order.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface HubSpotWebClientCustomizer {

    /**
     * Customize the builder.
     * @param webClientBuilder the HubSpot client's own builder, a clone of the
     * application's
     */
    void customize(WebClient.Builder webClientBuilder);

}
