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
 * Where the auto-configured client keeps HubSpot's burst window and the daily-limit state
 * ({@code hubspot.rate-limit.store}).
 *
 * @since 0.1.0
 */
public enum RateLimitStoreType {

    /**
     * In each instance's memory: every instance paces itself as if alone, and HubSpot's
     * rate-limit headers slow instances that share a window.
     */
    MEMORY,

    /**
     * In Redis, through the application's Redis connection ({@code spring.data.redis.*}):
     * every instance counts against one window. Needs
     * {@code io.github.associations:associations-rate-limit-redis} and Spring Boot's
     * reactive Redis support.
     */
    REDIS

}
