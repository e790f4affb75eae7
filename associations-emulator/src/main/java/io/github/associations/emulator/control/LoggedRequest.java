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

package io.github.associations.emulator.control;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One request the emulator received, as kept in its {@link RequestLog}.
 *
 * @param sequence the request's number, from 1, in order of arrival
 * @param time when the request arrived, by the emulator's clock
 * @param method the HTTP method
 * @param path the request path
 * @param query the raw query string, or {@code null} when there is none
 * @param endpoint the endpoint the path matched, or {@code null} for an unknown path
 * @param apiVersion the API version the path named, or {@code null} for an unknown path
 * @param status the status answered, {@code 0} when the connection was closed without a
 * response
 * @param body the request body as UTF-8 text, or {@code null} when there was none
 * @param fault the injected fault, or {@code null}
 * @param bearerToken the bearer token sent, or {@code null}; kept for assertions, masked
 * in {@link #toString()}
 * @param userAgent the {@code User-Agent} header sent, or {@code null}
 * @since 0.1.0
 */
public record LoggedRequest(long sequence, Instant time, String method, String path, @Nullable String query,
        @Nullable EmulatorEndpoint endpoint, @Nullable ApiVersion apiVersion, int status, @Nullable String body,
        @Nullable Fault fault, @Nullable String bearerToken, @Nullable String userAgent) {

    /**
     * A logged request without its {@code User-Agent}, as entries were before the
     * emulator logged it.
     * @param sequence the request's number, from 1, in order of arrival
     * @param time when the request arrived, by the emulator's clock
     * @param method the HTTP method
     * @param path the request path
     * @param query the raw query string, or {@code null} when there is none
     * @param endpoint the endpoint the path matched, or {@code null} for an unknown path
     * @param apiVersion the API version of the path, or {@code null} when not known
     * @param status the status answered, {@code 0} when the connection was closed without
     * a response
     * @param body the request body as UTF-8 text, or {@code null} when there was none
     * @param fault the injected fault, or {@code null}
     * @param bearerToken the bearer token sent, or {@code null}
     */
    public LoggedRequest(long sequence, Instant time, String method, String path, @Nullable String query,
            @Nullable EmulatorEndpoint endpoint, @Nullable ApiVersion apiVersion, int status, @Nullable String body,
            @Nullable Fault fault, @Nullable String bearerToken) {
        this(sequence, time, method, path, query, endpoint, apiVersion, status, body, fault, bearerToken, null);
    }

    /**
     * A logged request whose API version is not known, as entries were before the
     * emulator served more than one version.
     * @param sequence the request's number, from 1, in order of arrival
     * @param time when the request arrived, by the emulator's clock
     * @param method the HTTP method
     * @param path the request path
     * @param query the raw query string, or {@code null} when there is none
     * @param endpoint the endpoint the path matched, or {@code null} for an unknown path
     * @param status the status answered, {@code 0} when the connection was closed without
     * a response
     * @param body the request body as UTF-8 text, or {@code null} when there was none
     * @param fault the injected fault, or {@code null}
     * @param bearerToken the bearer token sent, or {@code null}
     */
    public LoggedRequest(long sequence, Instant time, String method, String path, @Nullable String query,
            @Nullable EmulatorEndpoint endpoint, int status, @Nullable String body, @Nullable Fault fault,
            @Nullable String bearerToken) {
        this(sequence, time, method, path, query, endpoint, null, status, body, fault, bearerToken, null);
    }

    /**
     * Mask a token for display: its first four characters and an ellipsis.
     * @param token the token, or {@code null}
     * @return the masked token, or {@code null}
     */
    public static @Nullable String mask(@Nullable String token) {
        if (token == null) {
            return null;
        }
        return (token.length() <= 4 ? "" : token.substring(0, 4)) + "****";
    }

    /**
     * The path and, when there is one, the query.
     * @return the request URI's path and query
     */
    public String pathAndQuery() {
        return (this.query != null) ? this.path + "?" + this.query : this.path;
    }

    @Override
    public String toString() {
        return "LoggedRequest[#" + this.sequence + " " + this.method + " " + pathAndQuery() + " -> " + this.status
                + ((this.endpoint != null) ? " (" + this.endpoint.id()
                        + ((this.apiVersion != null) ? " " + this.apiVersion.value() : "") + ")" : "")
                + ((this.fault != null) ? " fault=" + this.fault : "")
                + ((this.body != null) ? " body=" + this.body.length() + " chars" : "") + " token="
                + mask(this.bearerToken) + "]";
    }

}
