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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import io.github.associations.client.AssociationsSettings;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.emulator.control.LoggedRequest;
import io.github.associations.resilience.RateLimitSettings;
import io.github.associations.resilience.RetrySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the client's tests: a fresh in-process emulator (lenient records, no rate
 * limits unless a test sets them) and a template pointed at it, so every test sees what
 * HubSpot's emulation received and answered.
 */
abstract class EmulatorTestSupport {

    /** Reads request bodies the emulator logged. */
    static final JsonMapper JSON = JsonMapper.builder().build();

    HubSpotEmulator emulator;

    /**
     * Requests the client sent (counted as they leave, so a request cancelled in flight
     * still counts).
     */
    final AtomicInteger sent = new AtomicInteger();

    /** Requests in flight now, and the most there ever were. */
    final AtomicInteger inFlight = new AtomicInteger();

    final AtomicInteger maxInFlight = new AtomicInteger();

    AssociationsTemplate template;

    /** What the template told its listener. */
    RecordingListener listener;

    @BeforeEach
    void startEmulator() {
        restart(UnaryOperator.identity(), UnaryOperator.identity());
    }

    @AfterEach
    void stopEmulator() {
        this.emulator.close();
    }

    /**
     * Restart with other emulator options or client settings.
     * @param options changes to the emulator's options (lenient records, no rate limits)
     * @param settings changes to the client's settings (base URL of the emulator; no rate
     * limiting and no retry, which the tests of those turn on)
     */
    void restart(UnaryOperator<EmulatorOptions.Builder> options, UnaryOperator<AssociationsSettings.Builder> settings) {
        if (this.emulator != null) {
            this.emulator.close();
        }
        this.emulator = HubSpotEmulator
            .start(options.apply(EmulatorOptions.builder().strictRecords(false).noRateLimit().noDailyLimit()).build());
        this.sent.set(0);
        this.maxInFlight.set(0);
        this.listener = new RecordingListener();
        this.template = AssociationsTemplate.builder()
            .listener(this.listener)
            .webClient(WebClient.builder().filter((request, next) -> {
                this.sent.incrementAndGet();
                this.maxInFlight.accumulateAndGet(this.inFlight.incrementAndGet(), Math::max);
                return next.exchange(request).doFinally((signal) -> this.inFlight.decrementAndGet());
            }).build())
            .privateAppToken(this.emulator.privateAppToken())
            .settings(settings
                .apply(AssociationsSettings.builder()
                    .baseUrl(this.emulator.baseUrl())
                    .responseTimeout(Duration.ofSeconds(10))
                    .rateLimit(RateLimitSettings.disabled())
                    .retry(RetrySettings.disabled()))
                .build())
            .build();
    }

    List<LoggedRequest> requests(EmulatorEndpoint endpoint) {
        return this.emulator.requests().forEndpoint(endpoint);
    }

    LoggedRequest onlyRequest(EmulatorEndpoint endpoint) {
        List<LoggedRequest> requests = requests(endpoint);
        if (requests.size() != 1) {
            throw new AssertionError("Expected one request to " + endpoint + " but got " + requests);
        }
        return requests.get(0);
    }

    static JsonNode body(LoggedRequest request) {
        return JSON.readTree(request.body());
    }

}
