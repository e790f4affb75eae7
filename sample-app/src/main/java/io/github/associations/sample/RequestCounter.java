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

import java.util.concurrent.atomic.AtomicLong;

import io.github.associations.autoconfigure.HubSpotWebClientCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Counts the HTTP requests the HubSpot client sends, through a filter on the client's own
 * {@code WebClient} (the application's other clients are not affected).
 */
@Component
class RequestCounter implements HubSpotWebClientCustomizer {

    private final AtomicLong requests = new AtomicLong();

    @Override
    public void customize(WebClient.Builder webClientBuilder) {
        webClientBuilder.filter((request, next) -> {
            this.requests.incrementAndGet();
            return next.exchange(request);
        });
    }

    long count() {
        return this.requests.get();
    }

}
