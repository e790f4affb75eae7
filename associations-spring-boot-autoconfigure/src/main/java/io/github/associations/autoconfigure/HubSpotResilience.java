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

import io.github.associations.AssociationsTemplate;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.retry.Retry;
import org.jspecify.annotations.Nullable;

/**
 * The Resilience4j instances of the auto-configured HubSpot client. By default they come
 * from the application's registries when it has them ({@code resilience4j-spring-boot4}):
 * its own instances named {@value AssociationsTemplate#RESILIENCE_NAME}, as its
 * configuration made them, or else ours, registered there so that their metrics show.
 * Held in a type of ours, so that no {@link RateLimiter} or {@link Retry} bean is
 * published into the application. Whatever retry is used, the client keeps HubSpot's
 * rules around it: what is never retried, and how long a 429 waits.
 *
 * @param rateLimiter the rate limiter every attempt takes a permit from, or {@code null}
 * for one the client builds from {@code hubspot.rate-limit.*}
 * @param retry the retry that counts attempts and spaces backoffs, or {@code null} for
 * one the client builds from {@code hubspot.retry.*}
 * @since 0.1.0
 */
public record HubSpotResilience(@Nullable RateLimiter rateLimiter, @Nullable Retry retry) {

}
