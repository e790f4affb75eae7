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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.emulator.internal.cli.StandaloneCommandLine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The standalone emulator's command line.
 */
class StandaloneEmulatorTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return StandaloneEmulator.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
                new PrintStream(this.err, true, StandardCharsets.UTF_8), (emulator) -> {
                    throw new AssertionError("must not start");
                });
    }

    @Test
    void helpListsTheOptionsAndExitsZero() {
        assertThat(run("--help")).isZero();

        String help = this.out.toString(StandardCharsets.UTF_8);
        assertThat(help).contains("--host", "--port", "--token", "--read-only-token", "--oauth-client-id",
                "--oauth-client-secret", "--oauth-refresh-token", "--access-token-ttl", "--rate-limit",
                "--no-rate-limit", "--daily-limit", "--strict-records", "--lenient-records", "--retry-after",
                "--burst-exempt");
        assertThat(this.err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(run("-h")).isZero();
    }

    @Test
    void unknownOptionIsNamedAndExitsTwo() {
        assertThat(run("--port", "8089", "--frobnicate")).isEqualTo(2);

        assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("unknown option '--frobnicate'")
            .contains("--help");
        assertThat(this.out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void badValuesAreNamedAndExitTwo() {
        assertThat(run("--port", "eighty")).isEqualTo(2);
        assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("invalid value 'eighty' for option '--port'");
        assertThat(run("--rate-limit", "100")).isEqualTo(2);
        assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("'--rate-limit'");
        assertThat(run("--token")).isEqualTo(2);
        assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("option '--token' needs a value");
        assertThat(run("--oauth-client-id", "id")).isEqualTo(2);
        assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("'--oauth-client-secret'");
        assertThat(run("--no-rate-limit=yes")).isEqualTo(2);
        assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("option '--no-rate-limit' takes no value");
    }

    @Test
    void optionsMapOntoEmulatorOptions() {
        EmulatorOptions options = StandaloneCommandLine
            .parse("--host", "0.0.0.0", "--port=8089", "--token", "pat-a", "--token", "pat-b", "--read-only-token",
                    "pat-r", "--oauth-client-id", "id", "--oauth-client-secret", "secret", "--oauth-refresh-token",
                    "r1", "--oauth-refresh-token", "r2", "--access-token-ttl", "30m", "--rate-limit", "150/10s",
                    "--daily-limit", "500000", "--daily-limit-zone", "Europe/Paris", "--retry-after", "10",
                    "--burst-exempt", "B1", "--burst-exempt", "BATCH_CREATE", "--max-custom-labels", "50",
                    "--clamp-page-size", "--request-log-capacity", "10", "--rotate-refresh-tokens")
            .options();

        assertThat(options.host()).isEqualTo("0.0.0.0");
        assertThat(options.port()).isEqualTo(8089);
        assertThat(options.privateAppTokens()).containsExactly("pat-a", "pat-b");
        assertThat(options.readOnlyTokens()).containsExactly("pat-r");
        assertThat(options.oauthClients()).singleElement().satisfies((client) -> {
            assertThat(client.clientId()).isEqualTo("id");
            assertThat(client.clientSecret()).isEqualTo("secret");
            assertThat(client.refreshTokens()).containsExactly("r1", "r2");
        });
        assertThat(options.accessTokenLifetime()).isEqualTo(Duration.ofMinutes(30));
        assertThat(options.rateLimitMaxRequests()).isEqualTo(150);
        assertThat(options.rateLimitInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.dailyLimit()).isEqualTo(500_000);
        assertThat(options.dailyLimitZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(options.retryAfter()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.burstExemptEndpoints()).containsExactlyInAnyOrder(EmulatorEndpoint.BATCH_READ,
                EmulatorEndpoint.BATCH_CREATE);
        assertThat(options.maxCustomLabelsPerObjectPair()).isEqualTo(50);
        assertThat(options.clampPageSize()).isTrue();
        assertThat(options.requestLogCapacity()).isEqualTo(10);
        assertThat(options.rotateRefreshTokens()).isTrue();
    }

    @Test
    void standaloneDefaultsToLenientRecordsAndHubSpotsLimits() {
        EmulatorOptions options = StandaloneCommandLine.parse().options();

        assertThat(options.strictRecords()).isFalse();
        assertThat(options.privateAppTokens()).containsExactly("pat-local");
        assertThat(options.rateLimitMaxRequests()).isEqualTo(100);
        assertThat(StandaloneCommandLine.parse("--strict-records").options().strictRecords()).isTrue();
        assertThat(StandaloneCommandLine.parse("--no-rate-limit", "--no-daily-limit").options()).satisfies((off) -> {
            assertThat(off.rateLimitEnabled()).isFalse();
            assertThat(off.dailyLimitEnabled()).isFalse();
        });
        assertThat(StandaloneCommandLine.parse("--rate-limit", "5/500ms").options().rateLimitInterval())
            .isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void endpointNamesAreValidated() {
        assertThatIllegalArgumentException().isThrownBy(() -> StandaloneCommandLine.parse("--burst-exempt", "Q7"))
            .withMessageContaining("'--burst-exempt'");
    }

}
