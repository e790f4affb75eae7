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

/**
 * Thrown at startup when the HubSpot configuration cannot work: credential properties
 * that contradict each other or are incomplete, or OAuth credentials without Spring
 * Security's OAuth2 client on the classpath.
 * {@link InvalidHubSpotConfigurationFailureAnalyzer} turns it into a failure analysis.
 * Messages name properties, never their values.
 */
class InvalidHubSpotConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String action;

    InvalidHubSpotConfigurationException(String description, String action) {
        super(description);
        this.action = action;
    }

    /**
     * What the user should do about it.
     * @return the action, naming the properties or dependency to fix
     */
    String getAction() {
        return this.action;
    }

}
