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

package io.github.associations.emulator.testcontainers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.associations.emulator.EmulatorAdminClient;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * The HubSpot emulator in a container, for tests that want HubSpot in its own process and
 * network namespace. <pre class="code">
 * &#64;Container
 * &#64;ServiceConnection
 * static HubSpotEmulatorContainer hubSpot = new HubSpotEmulatorContainer().withRateLimit(100, Duration.ofSeconds(10));
 * </pre> The image is built locally from the emulator's code (see {@link EmulatorImage})
 * and named {@value #IMAGE_NAME}, so that Spring Boot's {@code @ServiceConnection} finds
 * it under the connection name {@code hubspot}. Options map to the standalone emulator's
 * command line ({@code --help} lists them); {@link #admin()} drives the running emulator
 * (faults, seeding, request log) through its admin API.
 *
 * @since 0.1.0
 */
public class HubSpotEmulatorContainer extends GenericContainer<HubSpotEmulatorContainer> {

    /**
     * The image's name; its repository part, {@code hubspot}, is the service connection's
     * name.
     */
    public static final String IMAGE_NAME = "localhost/hubspot:emulator";

    /** The port the emulator listens on in the container. */
    public static final int PORT = 8089;

    /**
     * The private-app token the emulator accepts unless {@link #withAccessToken(String)}
     * says otherwise.
     */
    public static final String DEFAULT_ACCESS_TOKEN = "pat-local";

    /**
     * The line the standalone emulator prints once it accepts requests, as the container
     * waits for it.
     */
    static final String READY_LOG_PATTERN = ".*HubSpot emulator listening on .*";

    private final List<String> options = new ArrayList<>();

    private String accessToken = DEFAULT_ACCESS_TOKEN;

    /**
     * A container for the emulator code this JVM runs (see
     * {@link EmulatorImage#forRunningEmulator()}).
     */
    public HubSpotEmulatorContainer() {
        this(EmulatorImage.forRunningEmulator());
    }

    /**
     * A container for the given image.
     * @param image the image to run, built from the emulator's code
     */
    public HubSpotEmulatorContainer(EmulatorImage image) {
        super(image.toImageFromDockerfile(IMAGE_NAME));
        addExposedPort(PORT);
        waitingFor(Wait.forLogMessage(READY_LOG_PATTERN, 1).withStartupTimeout(Duration.ofMinutes(2)));
    }

    /**
     * Accept this private-app token instead of {@value #DEFAULT_ACCESS_TOKEN}.
     * @param accessToken the token
     * @return this container
     */
    public HubSpotEmulatorContainer withAccessToken(String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            throw new IllegalArgumentException("accessToken must not be blank");
        }
        this.accessToken = accessToken;
        return self();
    }

    /**
     * Enforce a rolling window of {@code maxRequests} per {@code interval} (HubSpot's
     * default: 100 per 10 s).
     * @param maxRequests requests per window, positive
     * @param interval the window, at least a millisecond
     * @return this container
     */
    public HubSpotEmulatorContainer withRateLimit(int maxRequests, Duration interval) {
        if (maxRequests < 1) {
            throw new IllegalArgumentException("maxRequests must be positive, but was " + maxRequests);
        }
        if (interval == null || interval.toMillis() < 1) {
            throw new IllegalArgumentException("interval must be at least 1ms, but was " + interval);
        }
        return withEmulatorOptions("--rate-limit", maxRequests + "/" + interval.toMillis() + "ms");
    }

    /**
     * Enforce no rolling window.
     * @return this container
     */
    public HubSpotEmulatorContainer withoutRateLimit() {
        return withEmulatorOptions("--no-rate-limit");
    }

    /**
     * Enforce no daily quota.
     * @return this container
     */
    public HubSpotEmulatorContainer withoutDailyLimit() {
        return withEmulatorOptions("--no-daily-limit");
    }

    /**
     * Only records seeded through
     * {@link EmulatorAdminClient#seedRecordRange(String, long, int)} exist (by default
     * every positive id does).
     * @return this container
     */
    public HubSpotEmulatorContainer withStrictRecords() {
        return withEmulatorOptions("--strict-records");
    }

    /**
     * Accept an OAuth client at the token endpoints ({@code /oauth/v1/token} and the
     * dated {@code /oauth/2026-03/token} and {@code /oauth/2026-09/token}).
     * @param clientId the OAuth client's id
     * @param clientSecret its secret
     * @param refreshToken a refresh token of that client
     * @return this container
     */
    public HubSpotEmulatorContainer withOAuthClient(String clientId, String clientSecret, String refreshToken) {
        return withEmulatorOptions("--oauth-client-id", clientId, "--oauth-client-secret", clientSecret,
                "--oauth-refresh-token", refreshToken);
    }

    /**
     * Pass options of the standalone emulator's command line as they are.
     * @param options the options, for example {@code "--daily-limit", "1000"}
     * @return this container
     */
    public HubSpotEmulatorContainer withEmulatorOptions(String... options) {
        this.options.addAll(List.of(options));
        return self();
    }

    @Override
    protected void configure() {
        List<String> command = new ArrayList<>(
                List.of("--host", "0.0.0.0", "--port", Integer.toString(PORT), "--token", this.accessToken));
        command.addAll(this.options);
        setCommand(command.toArray(String[]::new));
    }

    /**
     * The emulator's base URL, for {@code hubspot.base-url}.
     * @return the URL on the mapped port
     */
    public String getBaseUrl() {
        return "http://" + getHost() + ":" + getMappedPort(PORT);
    }

    /**
     * The private-app token the emulator accepts, for {@code hubspot.access-token}.
     * @return the token
     */
    public String getAccessToken() {
        return this.accessToken;
    }

    /**
     * A client for the running emulator's admin API.
     * @return the client
     */
    public EmulatorAdminClient admin() {
        return EmulatorAdminClient.of(getBaseUrl());
    }

}
