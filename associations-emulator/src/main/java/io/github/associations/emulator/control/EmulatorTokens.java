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

/**
 * The OAuth side of the emulator: the token endpoint's counters and control over issued
 * access tokens. Private-app tokens never expire and are not affected. Every method is
 * thread-safe.
 *
 * @since 0.1.0
 */
public interface EmulatorTokens {

    /**
     * How many requests reached a token endpoint ({@code /oauth/v1/token},
     * {@code /oauth/2026-03/token}, {@code /oauth/2026-09/token}), successful or not
     * (faulted ones excluded).
     * @return the number of token requests
     */
    long requestCount();

    /**
     * How many access tokens the token endpoint issued.
     * @return the number of issued access tokens
     */
    long issuedCount();

    /**
     * Make every access token issued so far expire now; API calls with them get 401
     * {@code EXPIRED_AUTHENTICATION}.
     */
    void expireAccessTokens();

}
