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

package io.github.associations;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.associations.client.AccessTokenProvider;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.resilience.RateLimitSettings;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inside one attempt the rate-limit permit comes first, then the access token, then the
 * request: a long wait for a permit never holds a token that may expire meanwhile.
 */
class PermitBeforeTokenTests extends EmulatorTestSupport {

    @Test
    void eachAttemptTakesItsPermitBeforeItAsksForTheToken() {
        RateLimiter limiter = RateLimiter.of("order",
                RateLimiterConfig.custom()
                    .limitForPeriod(10)
                    .limitRefreshPeriod(Duration.ofHours(1))
                    .timeoutDuration(Duration.ZERO)
                    .build());
        List<Integer> permitsLeftWhenAsked = new CopyOnWriteArrayList<>();
        AccessTokenProvider tokens = () -> Mono.fromSupplier(() -> {
            permitsLeftWhenAsked.add(limiter.getMetrics().getAvailablePermissions());
            return this.emulator.privateAppToken();
        });
        AssociationsOperations hubSpot = template(tokens, limiter);

        hubSpot.records().remove("contacts", "1", "companies", "2").block(Duration.ofSeconds(10));
        hubSpot.records().remove("contacts", "1", "companies", "3").block(Duration.ofSeconds(10));

        assertThat(permitsLeftWhenAsked).as("permits left when each attempt asked for its token").containsExactly(9, 8);
        assertThat(requests(EmulatorEndpoint.RECORDS_REMOVE)).hasSize(2);
    }

    @Test
    void aCallWaitingForItsPermitHasNotAskedForAToken() {
        RateLimiter limiter = RateLimiter.of("wait",
                RateLimiterConfig.custom()
                    .limitForPeriod(1)
                    .limitRefreshPeriod(Duration.ofHours(1))
                    .timeoutDuration(Duration.ofHours(2))
                    .build());
        assertThat(limiter.acquirePermission()).as("the hour's only permit is taken").isTrue();
        AtomicInteger asked = new AtomicInteger();
        AccessTokenProvider tokens = () -> Mono.fromSupplier(() -> {
            asked.incrementAndGet();
            return this.emulator.privateAppToken();
        });
        AssociationsOperations hubSpot = template(tokens, limiter);

        StepVerifier.withVirtualTime(() -> hubSpot.records().remove("contacts", "1", "companies", "2"))
            .expectSubscription()
            .expectNoEvent(Duration.ofMinutes(50))
            .then(() -> assertThat(asked).as("no token while the call waits for its permit").hasValue(0))
            .thenAwait(Duration.ofMinutes(11))
            .then(() -> assertThat(asked).as("the token once the permit is there").hasValue(1))
            .thenCancel()
            .verify(Duration.ofSeconds(10));
    }

    private AssociationsOperations template(AccessTokenProvider tokens, RateLimiter limiter) {
        return AssociationsTemplate.builder()
            .accessTokenProvider(tokens)
            .rateLimiter(limiter)
            .settings(this.template.getSettings().toBuilder().rateLimit(RateLimitSettings.defaults()).build())
            .build();
    }

}
