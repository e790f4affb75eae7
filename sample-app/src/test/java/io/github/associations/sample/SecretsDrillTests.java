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

package io.github.associations.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.emulator.control.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full run of the sample application against HubSpot (the emulator, as a remote
 * HubSpot) with DEBUG logging and Actuator told to show values: neither the log, nor the
 * metrics, nor {@code /actuator/env}, {@code configprops} or {@code health} contain a
 * token, the client secret or the refresh token.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsDrillTests {

    private static final String PRIVATE_APP_TOKEN = "pat-na1-drill-private-app-token";

    private static final String CLIENT_SECRET = "drill-client-secret-4f1e";

    private static final String REFRESH_TOKEN = "drill-refresh-token-8c2a";

    private final HubSpotEmulator hubSpot = HubSpotEmulator.start(EmulatorOptions.builder()
        .strictRecords(false)
        .privateAppTokens(PRIVATE_APP_TOKEN)
        .oauthClient("drill-client", CLIENT_SECRET, REFRESH_TOKEN)
        .build());

    @AfterEach
    void stopHubSpot() {
        this.hubSpot.close();
    }

    @Test
    void withAPrivateAppTokenNothingShowsASecret(CapturedOutput output) {
        String seen = run("hubspot.access-token=" + PRIVATE_APP_TOKEN);

        assertNoSecret(output.getAll() + seen);
    }

    @Test
    void withOAuthNothingShowsASecretOrAnAccessToken(CapturedOutput output) {
        String seen = run("hubspot.oauth.client-id=drill-client", "hubspot.oauth.client-secret=" + CLIENT_SECRET,
                "hubspot.oauth.refresh-token=" + REFRESH_TOKEN,
                "hubspot.oauth.token-uri=" + this.hubSpot.baseUrl() + "/oauth/v1/token");

        assertNoSecret(output.getAll() + seen);
    }

    /**
     * Run the application's job, then read what an operator would: metrics, environment,
     * configuration properties, health.
     */
    private String run(String... credentials) {
        List<String> properties = new ArrayList<>(List.of("server.port=0", "logging.level.root=DEBUG",
                "hubspot.base-url=" + this.hubSpot.baseUrl(), "sample.contacts=400", "sample.companies=20",
                "management.endpoint.env.show-values=always", "management.endpoint.configprops.show-values=always"));
        properties.addAll(List.of(credentials));
        StringBuilder seen = new StringBuilder();
        // As command-line arguments: they override application.yml, as an operator's
        // settings would.
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SampleApplication.class)
            .run(properties.stream().map((property) -> "--" + property).toArray(String[]::new))) {
            assertThat(this.hubSpot.state().associationCount("contacts", "companies")).isEqualTo(400);
            WebClient actuator = WebClient
                .create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + "/actuator");
            JsonNode metrics = get(actuator, "/metrics");
            seen.append(metrics);
            for (JsonNode name : metrics.get("names")) {
                if (name.asString().startsWith("hubspot.") || name.asString().startsWith("http.client")) {
                    seen.append(get(actuator, "/metrics/" + name.asString()));
                }
            }
            String env = get(actuator, "/env").toString();
            String configprops = get(actuator, "/configprops").toString();
            assertThat(env).as("values are shown").contains(this.hubSpot.baseUrl()).contains("******");
            assertThat(configprops).contains("******");
            seen.append(env).append(configprops).append(get(actuator, "/health"));
        }
        return seen.toString();
    }

    private void assertNoSecret(String seen) {
        List<String> secrets = new ArrayList<>(List.of(PRIVATE_APP_TOKEN, CLIENT_SECRET, REFRESH_TOKEN));
        this.hubSpot.requests()
            .all()
            .stream()
            .map(LoggedRequest::bearerToken)
            .filter(Objects::nonNull)
            .distinct()
            .forEach(secrets::add);
        assertThat(secrets).hasSizeGreaterThan(3);
        assertThat(seen).as("DEBUG logging was on").contains("DEBUG");
        for (String secret : secrets) {
            assertThat(seen).doesNotContain(secret);
        }
    }

    private static JsonNode get(WebClient actuator, String path) {
        return actuator.get().uri(path).retrieve().bodyToMono(JsonNode.class).block();
    }

}
