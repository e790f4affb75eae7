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

package io.github.associations.oauth;

/**
 * Receives the new refresh token when HubSpot rotates it, so that the application can
 * persist it and start with it next time. HubSpot documents no rotation today, but if it
 * happens the configured refresh token stops working and only the rotated token remains
 * valid. With Spring Boot, define a bean of this type.
 * <p>
 * Called after a refresh, before its access token is handed out, on a thread that may
 * block. Exceptions are logged without the token and do not fail the refresh: the rotated
 * token stays in use in memory either way.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface HubSpotRefreshTokenListener {

    /**
     * Called when a token response carried a refresh token different from the one used
     * for the request.
     * @param newRefreshToken the refresh token to use from now on; a secret, never log it
     */
    void refreshTokenRotated(String newRefreshToken);

}
