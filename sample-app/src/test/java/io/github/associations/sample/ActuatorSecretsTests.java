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
import java.util.Map;
import java.util.Objects;

import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.emulator.control.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With values shown, {@code /actuator/env} and {@code /actuator/configprops} of the
 * sample application show none of HubSpot's secrets, whatever the environment variables
 * that hold them are called. A {@link SystemEnvironmentPropertySource} stands in for the
 * process environment.
 */
class ActuatorSecretsTests {

    private static final String CLIENT_ID = "crm-client-7";

    private static final String CLIENT_SECRET = "sekret-456-from-crm-secret-a";

    private static final String REFRESH_TOKEN = "refresh-789-from-crm-secret-b";

    private final HubSpotEmulator hubSpot = HubSpotEmulator.start(EmulatorOptions.builder()
        .strictRecords(false)
        .oauthClient(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN)
        .build());

    @AfterEach
    void stopHubSpot() {
        this.hubSpot.close();
    }

    @Test
    void secretsInEnvironmentVariablesOfAnyNameShowInNeitherEnvNorConfigprops() {
        String seen = actuator(Map.of("CRM_CLIENT", CLIENT_ID, "CRM_SECRET_A", CLIENT_SECRET, "CRM_SECRET_B",
                REFRESH_TOKEN, "CRM_REGION", "eu-1"), "--spring.config.additional-location=classpath:crm-secrets.yml");

        assertThat(seen).as("values are shown").contains("CRM_REGION", "eu-1", "CRM_CLIENT", CLIENT_ID);
        assertThat(seen).contains("CRM_SECRET_A", "CRM_SECRET_B");
        assertNoSecret(seen);
    }

    @Test
    void secretsInTheVariablesTheSampleApplicationYmlNamesShowInNeitherEnvNorConfigprops() {
        String seen = actuator(Map.of("HUBSPOT_CLIENT_ID", CLIENT_ID, "HUBSPOT_CLIENT_SECRET", CLIENT_SECRET,
                "HUBSPOT_REFRESH_TOKEN", REFRESH_TOKEN));

        assertThat(seen).contains("HUBSPOT_CLIENT_SECRET", "HUBSPOT_REFRESH_TOKEN", CLIENT_ID);
        assertNoSecret(seen);
    }

    /**
     * Start the application with the given environment variables, make one call through
     * it so that an access token is obtained, and read {@code /env} and
     * {@code /configprops} with every value shown.
     */
    private String actuator(Map<String, Object> environmentVariables, String... arguments) {
        List<String> args = new ArrayList<>(
                List.of("--server.port=0", "--sample.run-job=false", "--hubspot.base-url=" + this.hubSpot.baseUrl(),
                        "--hubspot.oauth.token-uri=" + this.hubSpot.baseUrl() + "/oauth/v1/token",
                        "--management.endpoint.env.show-values=always",
                        "--management.endpoint.configprops.show-values=always"));
        args.addAll(List.of(arguments));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SampleApplication.class)
            .initializers((applicationContext) -> applicationContext.getEnvironment()
                .getPropertySources()
                .replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                environmentVariables)))
            .run(args.toArray(String[]::new))) {
            WebClient application = WebClient
                .create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
            application.get().uri("/associations/companies/1/contacts").retrieve().bodyToFlux(String.class).blockLast();
            assertThat(this.hubSpot.requests().all()).extracting(LoggedRequest::bearerToken)
                .as("the call went through OAuth")
                .anyMatch(Objects::nonNull);
            return get(application, "/actuator/env") + get(application, "/actuator/configprops");
        }
    }

    private void assertNoSecret(String seen) {
        List<String> secrets = new ArrayList<>(List.of(CLIENT_SECRET, REFRESH_TOKEN));
        this.hubSpot.requests()
            .all()
            .stream()
            .map(LoggedRequest::bearerToken)
            .filter(Objects::nonNull)
            .distinct()
            .forEach(secrets::add);
        assertThat(secrets).hasSizeGreaterThan(2);
        for (String secret : secrets) {
            assertThat(seen).doesNotContain(secret);
        }
    }

    private static String get(WebClient application, String path) {
        return application.get().uri(path).retrieve().bodyToMono(String.class).block();
    }

}
