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

import org.springframework.http.client.reactive.ClientHttpConnector;

/**
 * The HTTP connector of the auto-configured HubSpot client, with the
 * {@code hubspot.connect-timeout}. A bean of this type rather than a
 * {@link ClientHttpConnector} one, so that the application's own connector (and the
 * {@code WebClient} Spring Boot builds with it) stays as Spring Boot configures it.
 * Define a bean of this type to connect the HubSpot client otherwise.
 *
 * @param connector the connector of the HubSpot client's {@code WebClient}
 * @since 0.1.0
 */
public record HubSpotHttpConnector(ClientHttpConnector connector) {

}
