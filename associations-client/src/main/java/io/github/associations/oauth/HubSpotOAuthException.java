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

import java.util.List;
import java.util.Map;

import io.github.associations.error.HubSpotAuthenticationException;
import io.github.associations.error.HubSpotError;
import io.github.associations.model.Operation;
import org.jspecify.annotations.Nullable;

/**
 * HubSpot's OAuth token endpoint refused or failed to refresh the access token
 * ({@link Operation#OAUTH_TOKEN}). The message says which setting to check, by the names
 * the provider was given ({@link OAuthSettingNames}); it never contains a token, the
 * client secret or the refresh token. {@link #getCategory()} is the error HubSpot named,
 * as {@link #getErrorCode()}.
 * <p>
 * The refresh token is kept: the next call that needs an access token tries again. A call
 * to HubSpot that needed the token fails with a {@link HubSpotAuthenticationException}
 * naming its own operation and this exception's message.
 *
 * @since 0.1.0
 */
public class HubSpotOAuthException extends HubSpotAuthenticationException {

    private static final long serialVersionUID = 1L;

    private final @Nullable String errorCode;

    HubSpotOAuthException(String message, int statusCode, @Nullable String errorCode) {
        super(message, Operation.OAUTH_TOKEN, statusCode, new HubSpotError(null, errorCode, null, null, null, Map.of(),
                List.of(), Map.of(), null, null, null, null, null), null);
        this.errorCode = errorCode;
    }

    /**
     * The HTTP status of the token endpoint's answer, as {@link #getStatus()}.
     * @return the status code, for example {@code 400}, or {@code 0} when the answer was
     * a {@code 2xx} that could not be understood
     */
    public int getStatusCode() {
        return getStatus();
    }

    /**
     * The error HubSpot named: the RFC 6749 {@code error} field of its dated token
     * endpoints (for example {@code invalid_grant}, {@code invalid_client}) or, from an
     * answer without one such as the v1 endpoint's, its {@code status} field (for example
     * {@code BAD_REFRESH_TOKEN}, {@code BAD_CLIENT_ID}, {@code BAD_CLIENT_SECRET}).
     * @return the error code, or {@code null} when the answer named none
     */
    public @Nullable String getErrorCode() {
        return this.errorCode;
    }

    /**
     * Whether HubSpot rejected the credentials (a {@code 4xx} answer), as opposed to
     * failing to answer properly. A rejection repeats until the configuration is fixed.
     * @return {@code true} for a rejection of the client id, client secret or refresh
     * token
     */
    public boolean isCredentialsRejected() {
        return getStatus() >= 400 && getStatus() < 500;
    }

}
