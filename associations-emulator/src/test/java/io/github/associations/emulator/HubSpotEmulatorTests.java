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

package io.github.associations.emulator;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.emulator.control.Fault;
import io.github.associations.emulator.control.RandomFaults;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The in-process handle and its options.
 */
class HubSpotEmulatorTests {

    @Test
    void bindsLoopbackOnAFreePortByDefault() {
        try (HubSpotEmulator emulator = HubSpotEmulator.start(EmulatorOptions.defaults(),
                new FakeBackend().backend())) {
            assertThat(emulator.port()).isPositive();
            assertThat(emulator.baseUrl()).isEqualTo("http://127.0.0.1:" + emulator.port());
            assertThat(emulator.privateAppToken()).isEqualTo("pat-local");
            assertThat(emulator.options().strictRecords()).isTrue();
            assertThat(emulator.toString()).contains(emulator.baseUrl());
        }
    }

    @Test
    void bindsTheConfiguredPortAndFreesItOnClose() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        HubSpotEmulator emulator = HubSpotEmulator.start(EmulatorOptions.builder().port(port).build(),
                new FakeBackend().backend());
        assertThat(emulator.port()).isEqualTo(port);
        TestHttp http = new TestHttp(emulator.baseUrl());
        assertThat(http.get("/crm/v4/objects/contacts/1/associations/companies", "pat-local").status()).isEqualTo(200);

        emulator.close();

        assertThatThrownBy(() -> http.get("/crm/v4/objects/contacts/1/associations/companies", "pat-local"))
            .hasMessageContaining("Connection refused");
    }

    @Test
    void wildcardHostStillGivesAConnectableBaseUrl() {
        try (HubSpotEmulator emulator = HubSpotEmulator.start(EmulatorOptions.builder().host("0.0.0.0").build(),
                new FakeBackend().backend())) {
            assertThat(emulator.baseUrl()).isEqualTo("http://127.0.0.1:" + emulator.port());
            assertThat(new TestHttp(emulator.baseUrl())
                .get("/crm/v4/objects/contacts/1/associations/companies", "pat-local")
                .status()).isEqualTo(200);
        }
    }

    @Test
    void privateAppTokenNeedsOneConfigured() {
        try (HubSpotEmulator emulator = HubSpotEmulator.start(EmulatorOptions.builder().privateAppTokens().build(),
                new FakeBackend().backend())) {
            assertThatIllegalStateException().isThrownBy(emulator::privateAppToken);
        }
    }

    @Test
    void resetGivesAFreshEmulator() {
        FakeBackend fake = new FakeBackend();
        try (HubSpotEmulator emulator = HubSpotEmulator.start(EmulatorOptions.builder().build(), fake.backend())) {
            TestHttp http = new TestHttp(emulator.baseUrl());
            emulator.state().seedRecords("contacts", java.util.List.of("1"));
            http.get("/crm/v4/objects/contacts/1/associations/companies", "pat-local");
            emulator.faults().statusDrift(true);
            emulator.faults().injectNext(1, Fault.internalError());
            emulator.rateLimits().window(1, Duration.ofHours(1));

            emulator.reset();

            assertThat(fake.state.records).isEmpty();
            assertThat(emulator.requests().count()).isZero();
            assertThat(emulator.faults().statusDrift()).isFalse();
            assertThat(emulator.faults().pendingScripted()).isZero();
            assertThat(emulator.rateLimits().maxRequests()).isEqualTo(100);
            assertThat(emulator.tokens().requestCount()).isZero();
            assertThat(http.get("/crm/v4/objects/contacts/1/associations/companies", "pat-local").status())
                .isEqualTo(200);
        }
    }

    @Test
    void optionDefaultsFollowHubSpot() {
        EmulatorOptions options = EmulatorOptions.defaults();

        assertThat(options.host()).isEqualTo("127.0.0.1");
        assertThat(options.port()).isZero();
        assertThat(options.privateAppTokens()).containsExactly("pat-local");
        assertThat(options.accessTokenLifetime()).isEqualTo(Duration.ofSeconds(1800));
        assertThat(options.rotateRefreshTokens()).isFalse();
        assertThat(options.rateLimitEnabled()).isTrue();
        assertThat(options.rateLimitMaxRequests()).isEqualTo(100);
        assertThat(options.rateLimitInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.dailyLimit()).isEqualTo(250_000);
        assertThat(options.dailyLimitZone().getId()).isEqualTo("Z");
        assertThat(options.retryAfter()).isNull();
        assertThat(options.burstExemptEndpoints()).isEmpty();
        assertThat(options.maxCustomLabelsPerObjectPair()).isEqualTo(10);
        assertThat(options.clampPageSize()).isFalse();
        assertThat(options.requestLogCapacity()).isEqualTo(100_000);
    }

    @Test
    void optionsMapToApiSettings() {
        EmulatorOptions options = EmulatorOptions.builder()
            .strictRecords(false)
            .maxCustomLabelsPerObjectPair(50)
            .clampPageSize(true)
            .build();

        io.github.associations.emulator.internal.store.ApiSettings settings = io.github.associations.emulator.internal.server.EmulatorServer
            .apiSettings(options);

        assertThat(settings.strictRecords()).isFalse();
        assertThat(settings.maxCustomLabelsPerObjectPair()).isEqualTo(50);
        assertThat(settings.clampPageSize()).isTrue();
        assertThat(settings.maxPageSize()).isEqualTo(500);
        assertThat(settings.clock()).isSameAs(options.clock());
    }

    @Test
    void toBuilderKeepsEveryOption() {
        EmulatorOptions options = EmulatorOptions.builder()
            .port(1234)
            .readOnlyTokens("ro")
            .oauthClient("id", "secret", "refresh")
            .noRateLimit()
            .noDailyLimit()
            .retryAfter(Duration.ofSeconds(3))
            .burstExempt(EmulatorEndpoint.BATCH_READ)
            .portalId(42)
            .build();

        EmulatorOptions copy = options.toBuilder().build();

        assertThat(copy.port()).isEqualTo(1234);
        assertThat(copy.readOnlyTokens()).containsExactly("ro");
        assertThat(copy.oauthClients()).singleElement()
            .satisfies((client) -> assertThat(client.refreshTokens()).containsExactly("refresh"));
        assertThat(copy.rateLimitEnabled()).isFalse();
        assertThat(copy.dailyLimitEnabled()).isFalse();
        assertThat(copy.retryAfter()).isEqualTo(Duration.ofSeconds(3));
        assertThat(copy.burstExemptEndpoints()).containsExactly(EmulatorEndpoint.BATCH_READ);
        assertThat(copy.portalId()).isEqualTo(42);
        assertThat(copy.oauthClients().get(0).toString()).doesNotContain("secret");
    }

    @Test
    void optionsRejectNonsense() {
        EmulatorOptions.Builder builder = EmulatorOptions.builder();
        assertThatIllegalArgumentException().isThrownBy(() -> builder.port(70000));
        assertThatIllegalArgumentException().isThrownBy(() -> builder.rateLimit(0, Duration.ofSeconds(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> builder.rateLimit(1, Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> builder.accessTokenLifetime(Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> builder.privateAppTokens(" "));
        assertThatIllegalArgumentException().isThrownBy(() -> builder.dailyLimit(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> Fault.status(200));
        assertThatIllegalArgumentException().isThrownBy(() -> Fault.latency(Duration.ZERO));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RandomFaults.seed(1).with(0.7, Fault.internalError()).with(0.4, Fault.badGateway()));
    }

}
