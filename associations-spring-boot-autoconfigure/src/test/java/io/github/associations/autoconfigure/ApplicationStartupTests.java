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

import io.github.associations.AssociationsOperations;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Whole applications: what a plain WebFlux application with the HubSpot client gets (and
 * does not get), and what a developer who forgot the credentials is told.
 */
class ApplicationStartupTests {

    @Test
    void aPlainWebFluxApplicationGetsTheClientButNoSecurityFilterChainOrLoginPage() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PlainWebFluxApplication.class)
            .web(WebApplicationType.REACTIVE)
            .properties("server.port=0", "hubspot.oauth.client-id=client-1", "hubspot.oauth.client-secret=secret-1",
                    "hubspot.oauth.refresh-token=refresh-1")
            .run()) {
            assertThat(context.getBean(AssociationsOperations.class)).isNotNull();
            assertThat(context.getBeanNamesForType(SecurityWebFilterChain.class)).isEmpty();
            assertThat(context.getBeanDefinitionNames()).noneMatch((name) -> context.getType(name) != null
                    && context.getType(name).getName().startsWith("org.springframework.security"));
            String port = context.getEnvironment().getProperty("local.server.port");
            WebClient client = WebClient.create("http://127.0.0.1:" + port);
            assertThat(status(client, "/login")).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(status(client, "/hello")).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void injectingTheClientWithoutCredentialsTellsWhichPropertiesToSet() {
        Throwable failure = catchThrowable(
                () -> new SpringApplicationBuilder(NeedsTheClientApplication.class).web(WebApplicationType.NONE)
                    .run()
                    .close());

        FailureAnalysis analysis = new MissingAssociationsOperationsFailureAnalyzer(new StandardEnvironment())
            .analyze(failure);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("'io.github.associations.AssociationsOperations'")
            .contains("no HubSpot credentials are configured");
        assertThat(analysis.getAction()).contains("hubspot.access-token", "hubspot.oauth.client-id",
                "hubspot.oauth.client-secret", "hubspot.oauth.refresh-token");
    }

    private static HttpStatus status(WebClient client, String path) {
        return HttpStatus.valueOf(client.get()
            .uri(path)
            .exchangeToMono((response) -> response.releaseBody().thenReturn(response.statusCode().value()))
            .block());
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class PlainWebFluxApplication {

    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class NeedsTheClientApplication {

        @Bean
        String reportService(AssociationsOperations associations) {
            return "reports";
        }

    }

}
