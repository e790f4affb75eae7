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

import java.time.Duration;
import java.util.List;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * The {@code WebClient}s of the auto-configured HubSpot client, built from a clone of the
 * application's {@code WebClient.Builder} (so that its codecs and observation apply) with
 * the {@link HubSpotHttpConnector}. The application's builder is left as it was.
 */
class HubSpotWebClients {

    private final WebClient.Builder base;

    private final List<HubSpotWebClientCustomizer> customizers;

    HubSpotWebClients(WebClient.Builder applicationBuilder, HubSpotHttpConnector connector,
            List<HubSpotWebClientCustomizer> customizers) {
        this.base = applicationBuilder.clone().clientConnector(connector.connector());
        this.customizers = customizers;
    }

    /**
     * The client for HubSpot's API, with the {@link HubSpotWebClientCustomizer}s applied
     * in order.
     */
    WebClient api() {
        WebClient.Builder builder = this.base.clone();
        this.customizers.forEach((customizer) -> customizer.customize(builder));
        return builder.build();
    }

    /**
     * The client for HubSpot's OAuth token endpoint: without the customizers, and within
     * the response timeout, since a hung token endpoint would hold every caller waiting
     * on the shared refresh.
     */
    WebClient tokenEndpoint(Duration responseTimeout) {
        return this.base.clone().filter((request, next) -> next.exchange(request).timeout(responseTimeout)).build();
    }

}
