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

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The failure analyzers: registered with Spring Boot, in the right order, and explaining
 * what to set.
 */
@ExtendWith(OutputCaptureExtension.class)
class FailureAnalyzersTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withUserConfiguration(NeedsOperationsConfiguration.class);

    @Test
    void analyzersAreRegisteredAndTheMissingOperationsOneComesBeforeSpringBoots() {
        List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation(getClass().getClassLoader())
            .load(FailureAnalyzer.class,
                    ArgumentResolver.of(BeanFactory.class, new DefaultListableBeanFactory())
                        .and(Environment.class, new MockEnvironment()),
                    // As Spring Boot does: skip analyzers whose optional dependencies are
                    // absent.
                    (factoryType, factoryImplementationName, failure) -> {
                    });
        List<String> names = analyzers.stream().map((analyzer) -> analyzer.getClass().getSimpleName()).toList();

        assertThat(names).contains("InvalidHubSpotConfigurationFailureAnalyzer",
                "MissingAssociationsOperationsFailureAnalyzer", "NoSuchBeanDefinitionFailureAnalyzer");
        assertThat(names.indexOf("MissingAssociationsOperationsFailureAnalyzer"))
            .isLessThan(names.indexOf("NoSuchBeanDefinitionFailureAnalyzer"));
    }

    @Test
    void conflictingCredentialsStopStartupWithTheAnalysisAndNoSecret(CapturedOutput output) {
        SpringApplication application = new SpringApplication(HubSpotApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);

        assertThatException().isThrownBy(
                () -> application.run("--spring.main.banner-mode=off", "--hubspot.access-token=pat-na1-do-not-print",
                        "--hubspot.oauth.client-id=client-1", "--hubspot.oauth.client-secret=secret-do-not-print",
                        "--hubspot.oauth.refresh-token=refresh-do-not-print"));

        assertThat(output).contains("APPLICATION FAILED TO START", "Conflicting HubSpot credentials: "
                + "hubspot.access-token (a private app's access token) and hubspot.oauth.client-id, "
                + "hubspot.oauth.client-secret and hubspot.oauth.refresh-token (a public app's OAuth credentials) are "
                + "both set", "Keep either hubspot.access-token")
            .doesNotContain("pat-na1-do-not-print", "secret-do-not-print", "refresh-do-not-print");
    }

    @Test
    void missingOperationsWithoutCredentialsTellsWhichPropertiesToSet() {
        this.contextRunner.run((context) -> {
            FailureAnalysis analysis = analyzer(new MockEnvironment()).analyze(context.getStartupFailure());
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains("'" + Operations.class.getName() + "'",
                    "no HubSpot credentials are configured");
            assertThat(analysis.getAction()).contains("hubspot.access-token", "hubspot.oauth.client-id",
                    "hubspot.oauth.client-secret", "hubspot.oauth.refresh-token", "HubSpotConnectionDetails",
                    "AccessTokenProvider");
        });
    }

    @Test
    void missingOperationsNamesTheInjectionPointAsSpringBootDoes() {
        new ApplicationContextRunner().withUserConfiguration(CrmLinker.class).run((context) -> {
            FailureAnalysis analysis = analyzer(new MockEnvironment()).analyze(context.getStartupFailure());
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).startsWith("Parameter 0 of constructor in "
                    + CrmLinker.class.getName() + " required a bean of type '" + Operations.class.getName() + "'");
        });
        this.contextRunner.run((context) -> assertThat(
                analyzer(new MockEnvironment()).analyze(context.getStartupFailure()).getDescription())
            .startsWith("Parameter 0 of method service in " + NeedsOperationsConfiguration.class.getName()
                    + " required a bean of type"));
    }

    @Test
    void missingOperationsWithCredentialsIsLeftToSpringBootsAnalysis() {
        this.contextRunner.run((context) -> assertThat(
                analyzer(new MockEnvironment().withProperty("hubspot.access-token", "pat-na1-test"))
                    .analyze(context.getStartupFailure()))
            .isNull());
    }

    @Test
    void otherMissingBeansAreLeftToSpringBootsAnalysis() {
        this.contextRunner
            .run((context) -> assertThat(new MissingAssociationsOperationsFailureAnalyzer(new MockEnvironment())
                .analyze(context.getStartupFailure())).isNull());
    }

    @Test
    void analyzerLooksForTheClientsOperationsType() {
        assertThat(MissingAssociationsOperationsFailureAnalyzer.OPERATIONS_TYPE)
            .isEqualTo("io.github.associations.AssociationsOperations");
    }

    private static MissingAssociationsOperationsFailureAnalyzer analyzer(Environment environment) {
        return new MissingAssociationsOperationsFailureAnalyzer(environment, Operations.class.getName());
    }

    /**
     * Stands in for the client's {@code AssociationsOperations}, which lands in a later
     * change.
     */
    interface Operations {

    }

    @Configuration(proxyBeanMethods = false)
    static class NeedsOperationsConfiguration {

        @Bean
        String service(Operations operations) {
            return "needs " + operations;
        }

    }

    static class CrmLinker {

        CrmLinker(Operations operations) {
        }

    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(HubSpotAutoConfiguration.class)
    static class HubSpotApplication {

    }

}
