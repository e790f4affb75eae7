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

import io.github.associations.emulator.control.EmulatorFaults;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.emulator.control.EmulatorRateLimits;
import io.github.associations.emulator.control.EmulatorState;
import io.github.associations.emulator.control.EmulatorTokens;
import io.github.associations.emulator.control.RequestLog;
import io.github.associations.emulator.internal.endpoint.EmulatorBackend;
import io.github.associations.emulator.internal.server.EmulatorServer;

/**
 * A running HubSpot CRM Associations API emulator: an HTTP server on Reactor Netty
 * serving HubSpot's association endpoints from in-memory state, with HubSpot's
 * authentication, rate limits and error bodies, plus fault injection and a request log
 * for tests.
 *
 * <pre class="code">
 * try (HubSpotEmulator hubSpot = HubSpotEmulator.start()) {
 *     hubSpot.state().seedRecords("contacts", List.of("1"));
 *     // point the client at hubSpot.baseUrl() with token hubSpot.privateAppToken()
 * }
 * </pre>
 *
 * Thread-safe. Close it to stop the server.
 *
 * @since 0.1.0
 */
public final class HubSpotEmulator implements AutoCloseable {

    private final EmulatorServer server;

    private HubSpotEmulator(EmulatorServer server) {
        this.server = server;
    }

    /**
     * Start an emulator with the {@linkplain EmulatorOptions#defaults() default options}:
     * 127.0.0.1 on a free port, token {@value EmulatorOptions#DEFAULT_PRIVATE_APP_TOKEN},
     * HubSpot's default rate limits, strict records.
     * @return the running emulator
     */
    public static HubSpotEmulator start() {
        return start(EmulatorOptions.defaults());
    }

    /**
     * Start an emulator.
     * @param options where to listen, which credentials to accept and how to behave
     * @return the running emulator
     */
    public static HubSpotEmulator start(EmulatorOptions options) {
        return start(options, EmulatorBackend.create(EmulatorServer.apiSettings(options)));
    }

    /**
     * Start an emulator serving the given backend; for the server's own tests, which use
     * fake backends.
     * @param options where to listen, which credentials to accept and how to behave
     * @param backend the state and handlers to serve
     * @return the running emulator
     */
    static HubSpotEmulator start(EmulatorOptions options, EmulatorBackend backend) {
        return new HubSpotEmulator(EmulatorServer.start(options, backend));
    }

    /**
     * The URL to point clients at, for example {@code http://127.0.0.1:54321} (127.0.0.1
     * when bound to every interface).
     * @return the base URL, without a trailing slash
     */
    public String baseUrl() {
        return this.server.baseUrl();
    }

    /**
     * The port the emulator listens on.
     * @return the port
     */
    public int port() {
        return this.server.port();
    }

    /**
     * The first configured private-app token,
     * {@value EmulatorOptions#DEFAULT_PRIVATE_APP_TOKEN} by default.
     * @return the token
     * @throws IllegalStateException if no private-app token is configured
     */
    public String privateAppToken() {
        if (this.server.options().privateAppTokens().isEmpty()) {
            throw new IllegalStateException("No private-app token is configured");
        }
        return this.server.options().privateAppTokens().get(0);
    }

    /**
     * The options the emulator was started with.
     * @return the options
     */
    public EmulatorOptions options() {
        return this.server.options();
    }

    /**
     * The CRM state, to seed records and inspect associations, labels and limits.
     * @return the state
     */
    public EmulatorState state() {
        return this.server.state();
    }

    /**
     * Fault injection: scripted and random faults, status drift.
     * @return the faults
     */
    public EmulatorFaults faults() {
        return this.server.faults();
    }

    /**
     * The requests received and the counts per endpoint.
     * @return the request log
     */
    public RequestLog requests() {
        return this.server.requests();
    }

    /**
     * The OAuth token endpoint's counters and control over issued access tokens.
     * @return the tokens
     */
    public EmulatorTokens tokens() {
        return this.server.tokens();
    }

    /**
     * Runtime control of the rate limits.
     * @return the rate limits
     */
    public EmulatorRateLimits rateLimits() {
        return this.server.rateLimits();
    }

    /**
     * Back to a fresh emulator without restarting it: forget the CRM state, the request
     * log and its counts, the faults and status drift, and the token counters; restore
     * the configured rate limits with empty windows and a full daily quota. Issued access
     * tokens stay valid.
     */
    public void reset() {
        this.server.reset();
    }

    /**
     * Stop the server and close its connections.
     */
    @Override
    public void close() {
        this.server.close();
    }

    @Override
    public String toString() {
        return "HubSpotEmulator[" + baseUrl() + "]";
    }

}
