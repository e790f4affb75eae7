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

package io.github.associations.emulator.internal.auth;

import org.jspecify.annotations.Nullable;

/**
 * Who a request's bearer token stands for.
 *
 * @param appKey the key of the app whose burst window the request counts against
 * @param appId the app's numeric id, shown in 429 {@code groupName}s
 * @param privateApp whether the token is a private-app token (counts against the daily
 * quota, gets the daily headers)
 * @param readOnly whether the token has read scopes only
 * @param clientId the OAuth client id, or {@code null} for a private-app token
 * @since 0.1.0
 */
public record Principal(String appKey, long appId, boolean privateApp, boolean readOnly, @Nullable String clientId) {

    public static Principal privateApp(String token, long appId, boolean readOnly) {
        return new Principal("private-app:" + token, appId, true, readOnly, null);
    }

    public static Principal oauth(String clientId, long appId) {
        return new Principal("oauth:" + clientId, appId, false, false, clientId);
    }

    @Override
    public String toString() {
        return "Principal[appId=" + this.appId + ", privateApp=" + this.privateApp + ", readOnly=" + this.readOnly
                + ", clientId=" + this.clientId + "]";
    }

}
