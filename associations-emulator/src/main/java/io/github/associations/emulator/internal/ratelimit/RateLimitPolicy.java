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

package io.github.associations.emulator.internal.ratelimit;

/**
 * HubSpot's rate-limit policies, named as in the {@code policyName} of its 429 bodies
 * responses.
 *
 * @since 0.1.0
 */
public enum RateLimitPolicy {

    /** The per-app burst window. */
    TEN_SECONDLY_ROLLING("You have reached your ten_secondly_rolling limit."),

    /** The per-account daily quota. */
    DAILY("You have reached your daily limit.");

    private final String message;

    RateLimitPolicy(String message) {
        this.message = message;
    }

    public String message() {
        return this.message;
    }

}
