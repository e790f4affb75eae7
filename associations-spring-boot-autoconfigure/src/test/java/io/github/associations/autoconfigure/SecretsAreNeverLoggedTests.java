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

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.oauth.HubSpotOAuthException;
import io.github.associations.oauth.RefreshTokenAccessTokenProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import reactor.test.StepVerifier;

import io.github.associations.AssociationsOperations;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.Fault;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * With Spring (WebClient, codecs, Security), Reactor Netty and this project logging at
 * DEBUG, and the application's codecs set to log request details, no refresh logs the
 * client secret, a refresh token or an access token.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsAreNeverLoggedTests {

    private static final List<String> VERBOSE_LOGGERS = List.of("org.springframework", "reactor.netty",
            "io.github.associations", "io.github.resilience4j", "io.netty");

    private static final String CLIENT_ID = "client-1";

    private static final String CLIENT_SECRET = "client-secret-e1a4";

    private static final String WRONG_CLIENT_SECRET = "client-secret-wrong-77c2";

    private static final String REFRESH_TOKEN = "refresh-token-9b3f";

    private final Map<String, Level> levels = new HashMap<>();

    private final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");

    private final HubSpotEmulator emulator = HubSpotEmulator.start(EmulatorOptions.builder()
        .oauthClient(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN)
        .rotateRefreshTokens(true)
        .clock(this.clock)
        .build());

    @BeforeEach
    void logAtDebug() {
        for (String name : VERBOSE_LOGGERS) {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            this.levels.put(name, logger.getLevel());
            logger.setLevel(Level.DEBUG);
        }
    }

    @AfterEach
    void restoreLevelsAndCloseEmulator() {
        this.levels.forEach((name, level) -> ((Logger) LoggerFactory.getLogger(name)).setLevel(level));
        this.emulator.close();
    }

    @Test
    void refreshesRotationsInvalidationsAndRejectionsLogNoSecret(CapturedOutput output) {
        List<String> rotated = new CopyOnWriteArrayList<>();
        RefreshTokenAccessTokenProvider provider = provider(CLIENT_SECRET, rotated);
        List<String> accessTokens = new ArrayList<>();

        accessTokens.add(provider.getAccessToken().block(Duration.ofSeconds(10)));
        this.clock.advance(Duration.ofMinutes(30));
        accessTokens.add(provider.getAccessToken().block(Duration.ofSeconds(10)));
        provider.invalidate(accessTokens.get(1));
        accessTokens.add(provider.getAccessToken().block(Duration.ofSeconds(10)));
        StepVerifier.create(provider(WRONG_CLIENT_SECRET, rotated).getAccessToken())
            .expectError(HubSpotOAuthException.class)
            .verify(Duration.ofSeconds(10));

        assertThat(accessTokens).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(rotated).hasSize(3);
        assertThat(output).as("DEBUG logging was on")
            .contains("HTTP POST " + this.emulator.baseUrl() + "/oauth/v1/token")
            .contains("Refreshed the HubSpot access token")
            .contains("HubSpot rotated the refresh token");
        List<String> secrets = new ArrayList<>(List.of(CLIENT_SECRET, WRONG_CLIENT_SECRET, REFRESH_TOKEN));
        secrets.addAll(rotated);
        secrets.addAll(accessTokens);
        for (String secret : secrets) {
            assertThat(output.getAll()).doesNotContain(secret);
        }
    }

    @Test
    void theAutoConfiguredClientLogsNoSecretWithEitherKindOfCredentials(CapturedOutput output) {
        String privateAppToken = "pat-na1-5ecret-token";
        HubSpotEmulator privateApp = HubSpotEmulator
            .start(EmulatorOptions.builder().privateAppTokens(privateAppToken).strictRecords(false).build());
        List<String> accessTokens = new CopyOnWriteArrayList<>();
        org.slf4j.Logger application = LoggerFactory.getLogger("application");
        try {
            ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(WebClientAutoConfiguration.class, HubSpotAutoConfiguration.class))
                .withPropertyValues("spring.codec.log-request-details=true", "hubspot.retry.max-attempts=2",
                        "hubspot.retry.initial-backoff=10ms");
            runner
                .withPropertyValues("hubspot.base-url=" + privateApp.baseUrl(),
                        "hubspot.access-token=" + privateAppToken)
                .run((context) -> {
                    AssociationsOperations hubSpot = context.getBean(AssociationsOperations.class);
                    hubSpot.records().associateDefault("contacts", "1", "companies", "2").block();
                    privateApp.faults().injectNext(EmulatorEndpoint.LABELS_LIST, 2, Fault.serviceUnavailable());
                    application.error("Call failed",
                            catchThrowable(() -> hubSpot.labels().list("contacts", "companies").blockLast()));
                });
            runner
                .withPropertyValues("hubspot.base-url=" + this.emulator.baseUrl(),
                        "hubspot.oauth.client-id=" + CLIENT_ID, "hubspot.oauth.client-secret=" + CLIENT_SECRET,
                        "hubspot.oauth.refresh-token=" + REFRESH_TOKEN,
                        "hubspot.oauth.token-uri=" + this.emulator.baseUrl() + "/oauth/v1/token")
                .run((context) -> {
                    this.emulator.state().seedRecords("contacts", List.of("1"));
                    this.emulator.state().seedRecords("companies", List.of("2"));
                    AssociationsOperations hubSpot = context.getBean(AssociationsOperations.class);
                    hubSpot.records().associateDefault("contacts", "1", "companies", "2").block();
                    this.emulator.tokens().expireAccessTokens();
                    hubSpot.records().remove("contacts", "1", "companies", "2").block();
                    this.emulator.requests().all().forEach((request) -> accessTokens.add(request.bearerToken()));
                    application.error("Call failed", catchThrowable(
                            () -> hubSpot.records().associate("contacts", "1", "companies", "2", List.of()).block()));
                });
        }
        finally {
            privateApp.close();
        }

        assertThat(output).as("DEBUG logging was on").contains("HTTP PUT " + this.emulator.baseUrl());
        List<String> secrets = new ArrayList<>(List.of(privateAppToken, CLIENT_SECRET, REFRESH_TOKEN));
        accessTokens.stream().filter((token) -> token != null).forEach(secrets::add);
        assertThat(secrets).hasSizeGreaterThan(4);
        for (String secret : secrets) {
            assertThat(output.getAll()).doesNotContain(secret);
        }
    }

    private RefreshTokenAccessTokenProvider provider(String clientSecret, List<String> rotated) {
        // As with spring.codec.log-request-details=true in the application.
        WebClient webClient = WebClient.builder()
            .codecs((codecs) -> codecs.defaultCodecs().enableLoggingRequestDetails(true))
            .build();
        return RefreshTokenAccessTokenProvider.builder()
            .clientId(CLIENT_ID)
            .clientSecret(clientSecret)
            .refreshToken(REFRESH_TOKEN)
            .tokenUri(this.emulator.baseUrl() + "/oauth/v1/token")
            .webClient(webClient)
            .refreshBeforeExpiry(Duration.ofSeconds(60))
            .clock(this.clock)
            .refreshTokenListener(rotated::add)
            .build();
    }

}
