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

import io.github.associations.AssociationsOperations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Values HubSpot's client cannot use, and credentials left as unresolved placeholders,
 * fail startup as Spring Boot reports binding failures: the property, the value, the
 * reason, the action.
 */
@ExtendWith(OutputCaptureExtension.class)
class HubSpotPropertiesValidationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(HubSpotAutoConfiguration.class))
        .withPropertyValues("hubspot.access-token=pat-local");

    @Test
    void aBaseUrlWithoutSchemeIsABindValidationFailureNamingTheProperty() {
        assertRejected("hubspot.base-url=api.hubapi.com", "baseUrl", "api.hubapi.com",
                "must be an absolute http(s) URL");
    }

    @Test
    void aCreateChunkSizeAboveHubSpotsLimitIsABindValidationFailure() {
        assertRejected("hubspot.batch.create-chunk-size=5000", "batch.createChunkSize", 5000,
                "must be between 1 and 2000");
    }

    @Test
    void aJitterAboveOneIsABindValidationFailure() {
        assertRejected("hubspot.retry.jitter=2", "retry.jitter", 2.0, "must be between 0 and 1");
    }

    @Test
    void otherValidatedPropertiesAreBindValidationFailures() {
        assertRejected("hubspot.api-version=2025-01", "apiVersion", "2025-01", "must be one of");
        assertRejected("hubspot.response-timeout=0s", "responseTimeout", Duration.ZERO, "positive");
        assertRejected("hubspot.batch.read-chunk-size=1001", "batch.readChunkSize", 1001, "between 1 and 1000");
        assertRejected("hubspot.batch.concurrency=0", "batch.concurrency", 0, "at least 1");
        assertRejected("hubspot.rate-limit.max-requests=0", "rateLimit.maxRequests", 0, "at least 1");
        assertRejected("hubspot.rate-limit.interval=-1s", "rateLimit.interval", Duration.ofSeconds(-1), "positive");
        assertRejected("hubspot.retry.max-attempts=0", "retry.maxAttempts", 0, "at least 1");
        assertRejected("hubspot.retry.multiplier=0.5", "retry.multiplier", 0.5, "at least 1");
        assertRejected("hubspot.coalescing.window=2s", "coalescing.window", Duration.ofSeconds(2), "at most 1s");
        assertRejected("hubspot.coalescing.max-inputs=2001", "coalescing.maxInputs", 2001, "between 1 and 2000");
        assertRejected("hubspot.oauth.token-uri=/oauth/v1/token", "oauth.tokenUri", "/oauth/v1/token",
                "absolute http(s) URL");
    }

    @Test
    void validPropertiesStart() {
        this.contextRunner
            .withPropertyValues("hubspot.base-url=http://localhost:8089", "hubspot.batch.create-chunk-size=2000",
                    "hubspot.retry.jitter=1", "hubspot.api-version=v4")
            .run((context) -> assertThat(context).hasNotFailed());
    }

    @Test
    void badValuesAreReportedAsSpringBootReportsBindingFailures(CapturedOutput output) {
        SpringApplication application = new SpringApplication(HubSpotApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);

        assertThatException().isThrownBy(() -> application.run("--spring.main.banner-mode=off",
                "--hubspot.access-token=pat-na1-do-not-print", "--hubspot.base-url=api.hubapi.com",
                "--hubspot.batch.create-chunk-size=5000", "--hubspot.retry.jitter=2"));

        // Spring Boot names a property by its field, as it does for Bean Validation, and
        // shows where the value came from when it can.
        assertThat(output).contains("APPLICATION FAILED TO START", "Binding to target", "Property: hubspot.baseUrl",
                "Value: \"api.hubapi.com\"", "Origin: \"hubspot.base-url\" from property source \"commandLineArgs\"",
                "Reason: must be an absolute http(s) URL", "Property: hubspot.batch.createChunkSize", "Value: \"5000\"",
                "Reason: must be between 1 and 2000", "Property: hubspot.retry.jitter", "Value: \"2.0\"",
                "Reason: must be between 0 and 1", "Update your application's configuration")
            .doesNotContain("pat-na1-do-not-print");
    }

    @Test
    void anUnresolvedPlaceholderAsAccessTokenFailsStartupNamingTheVariable(CapturedOutput output) {
        SpringApplication application = new SpringApplication(HubSpotApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);

        // What application.yml's access-token: ${HUBSPOT_ACCESS_TOKEN} binds when the
        // variable is not set.
        assertThatException().isThrownBy(() -> application.run("--spring.main.banner-mode=off",
                "--hubspot.access-token=${HUBSPOT_TEST_UNSET_VARIABLE}"));

        assertThat(output).contains("APPLICATION FAILED TO START", "Property: hubspot.accessToken",
                "Value: \"${HUBSPOT_TEST_UNSET_VARIABLE}\"",
                "is a placeholder that was not resolved: set the environment variable (or property) "
                        + "HUBSPOT_TEST_UNSET_VARIABLE");
    }

    @Test
    void unresolvedPlaceholdersInOAuthCredentialsAreRefused() {
        this.contextRunner
            .withPropertyValues("hubspot.access-token=", "hubspot.oauth.client-id=${CRM_CLIENT_ID}",
                    "hubspot.oauth.client-secret=${CRM_CLIENT_SECRET}", "hubspot.oauth.refresh-token=${CRM_REFRESH}")
            .run((context) -> {
                assertThat(context).hasFailed();
                BindValidationException failure = bindValidationFailure(context.getStartupFailure());
                assertThat(failure.getValidationErrors().getAllErrors()).extracting((error) -> ((FieldError) error))
                    .extracting(FieldError::getField)
                    .containsExactlyInAnyOrder("oauth.clientId", "oauth.clientSecret", "oauth.refreshToken");
                assertThat(failure.getMessage()).contains("CRM_CLIENT_ID", "CRM_CLIENT_SECRET", "CRM_REFRESH");
            });
    }

    @Test
    void aPlaceholderWithAnEmptyDefaultIsNotACredential() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(HubSpotAutoConfiguration.class))
            .withPropertyValues("hubspot.access-token=${HUBSPOT_TEST_UNSET_VARIABLE:}")
            .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(AssociationsOperations.class));
    }

    private void assertRejected(String property, String field, Object value, String reason) {
        this.contextRunner.withPropertyValues(property).run((context) -> {
            assertThat(context).hasFailed();
            BindValidationException failure = bindValidationFailure(context.getStartupFailure());
            assertThat(failure.getValidationErrors().getAllErrors()).singleElement().satisfies((error) -> {
                assertThat(error).isInstanceOf(FieldError.class);
                FieldError fieldError = (FieldError) error;
                assertThat(fieldError.getField()).isEqualTo(field);
                assertThat(fieldError.getRejectedValue()).isEqualTo(value);
                assertThat(fieldError.getDefaultMessage()).contains(reason);
            });
        });
    }

    private static BindValidationException bindValidationFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindValidationException validation) {
                return validation;
            }
        }
        throw new AssertionError("No BindValidationException in " + failure, failure);
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(HubSpotAutoConfiguration.class)
    static class HubSpotApplication {

    }

}
