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
import java.util.Map;

import io.github.associations.oauth.HubSpotRefreshTokenListener;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint.ConfigurationPropertiesBeanDescriptor;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint.PropertyValueDescriptor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link HubSpotSanitizingAutoConfiguration}: HubSpot's secrets stay masked in
 * {@code /env} and {@code /configprops} even when the application shows values, and only
 * they are masked.
 */
class HubSpotSanitizingAutoConfigurationTests {

    private static final String[] PROPERTIES = { "hubspot.access-token=pat-na1-secret",
            "hubspot.oauth.client-id=client-1", "hubspot.oauth.client-secret=client-secret-1",
            "hubspot.oauth.refresh-token=refresh-token-1", "hubspot.base-url=http://localhost:8089" };

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(HubSpotSanitizingAutoConfiguration.class))
        .withUserConfiguration(PropertiesConfiguration.class)
        .withPropertyValues(PROPERTIES);

    @Test
    void functionMasksTheThreeSecretsInAnyRelaxedFormAndNothingElse() {
        SanitizingFunction function = new HubSpotSanitizingAutoConfiguration()
            .hubspotSecretsSanitizingFunction(new HubSpotSecretValues(new MockEnvironment(),
                    new DefaultListableBeanFactory().getBeanProvider(HubSpotConnectionDetails.class)));

        for (String key : List.of("hubspot.access-token", "hubspot.accessToken", "HUBSPOT_ACCESSTOKEN",
                "HUBSPOT_ACCESS_TOKEN", "hubspot.oauth.client-secret", "hubspot.oauth.clientSecret",
                "HUBSPOT_OAUTH_CLIENTSECRET", "hubspot.oauth.refresh-token", "hubspot.oauth.refresh_token")) {
            assertThat(function.applyUnlessFiltered(new SanitizableData(null, key, "value")).getValue()).as(key)
                .isEqualTo(SanitizableData.SANITIZED_VALUE);
        }
        for (String key : List.of("hubspot.oauth.client-id", "hubspot.base-url", "hubspot.oauth.token-uri",
                "hubspot.batch.concurrency", "spring.datasource.password", "other.access-token")) {
            assertThat(function.applyUnlessFiltered(new SanitizableData(null, key, "value")).getValue()).as(key)
                .isEqualTo("value");
        }
    }

    @Test
    void springBootMasksEveryValueByDefault() {
        this.contextRunner.run((context) -> {
            EnvironmentEndpoint endpoint = new EnvironmentEndpoint(context.getEnvironment(), List.of(), Show.NEVER);
            assertThat(envValue(endpoint, "hubspot.access-token")).isEqualTo(SanitizableData.SANITIZED_VALUE);
            assertThat(envValue(endpoint, "hubspot.oauth.client-id")).isEqualTo(SanitizableData.SANITIZED_VALUE);
        });
    }

    @Test
    void withoutTheFunctionShowingValuesWouldRevealTheSecrets() {
        this.contextRunner.run((context) -> {
            EnvironmentEndpoint endpoint = new EnvironmentEndpoint(context.getEnvironment(), List.of(), Show.ALWAYS);
            assertThat(envValue(endpoint, "hubspot.access-token")).isEqualTo("pat-na1-secret");
        });
    }

    @Test
    void envEndpointShowingValuesMasksTheSecretsAndShowsTheRest() {
        this.contextRunner.run((context) -> {
            EnvironmentEndpoint endpoint = new EnvironmentEndpoint(context.getEnvironment(), functions(context),
                    Show.ALWAYS);
            assertThat(envValue(endpoint, "hubspot.access-token")).isEqualTo(SanitizableData.SANITIZED_VALUE);
            assertThat(envValue(endpoint, "hubspot.oauth.client-secret")).isEqualTo(SanitizableData.SANITIZED_VALUE);
            assertThat(envValue(endpoint, "hubspot.oauth.refresh-token")).isEqualTo(SanitizableData.SANITIZED_VALUE);
            assertThat(envValue(endpoint, "hubspot.oauth.client-id")).isEqualTo("client-1");
            assertThat(envValue(endpoint, "hubspot.base-url")).isEqualTo("http://localhost:8089");
        });
    }

    @Test
    void envEndpointMasksSecretsFromEnvironmentVariables() {
        this.contextRunner
            .withInitializer(
                    (context) -> context.getEnvironment()
                        .getPropertySources()
                        .replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                new SystemEnvironmentPropertySource(
                                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                        Map.of("HUBSPOT_OAUTH_CLIENTSECRET", "client-secret-env",
                                                "HUBSPOT_OAUTH_CLIENTID", "client-env"))))
            .run((context) -> {
                EnvironmentEndpoint endpoint = new EnvironmentEndpoint(context.getEnvironment(), functions(context),
                        Show.ALWAYS);
                Map<String, PropertyValueDescriptor> variables = endpoint.environment(null)
                    .getPropertySources()
                    .stream()
                    .filter((source) -> source.getName()
                        .equals(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME))
                    .findFirst()
                    .orElseThrow()
                    .getProperties();
                assertThat(variables.get("HUBSPOT_OAUTH_CLIENTSECRET").getValue())
                    .isEqualTo(SanitizableData.SANITIZED_VALUE);
                assertThat(variables.get("HUBSPOT_OAUTH_CLIENTID").getValue()).isEqualTo("client-env");
            });
    }

    @Test
    void secretsInEnvironmentVariablesOfAnyNameAreMaskedByValueInEnvAndConfigprops() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HubSpotSanitizingAutoConfiguration.class))
            .withUserConfiguration(PropertiesConfiguration.class)
            .withInitializer((context) -> context.getEnvironment()
                .getPropertySources()
                .replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of("CRM_SECRET_A", "sekret-456", "CRM_SECRET_B", "refresh-789", "CRM_ID",
                                        "client-1", "CRM_TOKEN_COPY", "Bearer refresh-789", "OTHER", "plain"))))
            .withPropertyValues("hubspot.oauth.client-id=${CRM_ID}", "hubspot.oauth.client-secret=${CRM_SECRET_A}",
                    "hubspot.oauth.refresh-token=${CRM_SECRET_B}", "other.copy=sekret-456")
            .run((context) -> {
                EnvironmentEndpoint env = new EnvironmentEndpoint(context.getEnvironment(), functions(context),
                        Show.ALWAYS);
                Map<String, PropertyValueDescriptor> variables = variables(env);
                assertThat(variables.get("CRM_SECRET_A").getValue()).isEqualTo(SanitizableData.SANITIZED_VALUE);
                assertThat(variables.get("CRM_SECRET_B").getValue()).isEqualTo(SanitizableData.SANITIZED_VALUE);
                assertThat(variables.get("CRM_TOKEN_COPY").getValue()).isEqualTo(SanitizableData.SANITIZED_VALUE);
                assertThat(variables.get("CRM_ID").getValue()).isEqualTo("client-1");
                assertThat(variables.get("OTHER").getValue()).isEqualTo("plain");
                assertThat(envValue(env, "other.copy")).isEqualTo(SanitizableData.SANITIZED_VALUE);
                assertThat(env.environment(null).toString()).doesNotContain("sekret-456", "refresh-789");

                ConfigurationPropertiesReportEndpoint configprops = new ConfigurationPropertiesReportEndpoint(
                        functions(context), Show.ALWAYS);
                configprops.setApplicationContext(context);
                ConfigurationPropertiesBeanDescriptor hubspot = hubspot(configprops, context);
                assertThat(hubspot.getProperties().toString()).doesNotContain("sekret-456", "refresh-789")
                    .contains("client-1");
                assertThat(hubspot.getInputs().toString()).doesNotContain("sekret-456", "refresh-789");
            });
    }

    @Test
    void aRefreshTokenHubSpotRotatedToIsMaskedByValue() {
        this.contextRunner.withPropertyValues("app.saved-refresh-token=rotated-refresh-token-2").run((context) -> {
            assertThat(context.getBeanProvider(HubSpotRefreshTokenListener.class).orderedStream())
                .hasAtLeastOneElementOfType(HubSpotSecretValues.class);
            EnvironmentEndpoint env = new EnvironmentEndpoint(context.getEnvironment(), functions(context),
                    Show.ALWAYS);
            assertThat(envValue(env, "app.saved-refresh-token")).isEqualTo("rotated-refresh-token-2");

            context.getBean(HubSpotSecretValues.class).refreshTokenRotated("rotated-refresh-token-2");

            assertThat(envValue(env, "app.saved-refresh-token")).isEqualTo(SanitizableData.SANITIZED_VALUE);
        });
    }

    @Test
    void theConnectionDetailsSecretsAreMaskedByValue() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HubSpotSanitizingAutoConfiguration.class))
            .withBean(HubSpotConnectionDetails.class, () -> new HubSpotConnectionDetails() {

                @Override
                public String getBaseUrl() {
                    return "http://localhost:8089";
                }

                @Override
                public String getAccessToken() {
                    return "pat-from-connection-details";
                }

            })
            .withPropertyValues("app.token=pat-from-connection-details", "app.url=http://localhost:8089")
            .run((context) -> {
                EnvironmentEndpoint env = new EnvironmentEndpoint(context.getEnvironment(), functions(context),
                        Show.ALWAYS);
                assertThat(envValue(env, "app.token")).isEqualTo(SanitizableData.SANITIZED_VALUE);
                assertThat(envValue(env, "app.url")).isEqualTo("http://localhost:8089");
            });
    }

    @Test
    void aShortSecretMasksOnlyEqualValues() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HubSpotSanitizingAutoConfiguration.class))
            .withPropertyValues("hubspot.access-token=abc", "app.same=abc", "app.longer=abcdef")
            .run((context) -> {
                EnvironmentEndpoint env = new EnvironmentEndpoint(context.getEnvironment(), functions(context),
                        Show.ALWAYS);
                assertThat(envValue(env, "app.same")).isEqualTo(SanitizableData.SANITIZED_VALUE);
                assertThat(envValue(env, "app.longer")).isEqualTo("abcdef");
            });
    }

    @Test
    void theSecretValuesNeverShowThemselves() {
        this.contextRunner.run((context) -> assertThat(context.getBean(HubSpotSecretValues.class).toString())
            .doesNotContain("pat-na1-secret", "client-secret-1", "refresh-token-1"));
    }

    private static Map<String, PropertyValueDescriptor> variables(EnvironmentEndpoint endpoint) {
        return endpoint.environment(null)
            .getPropertySources()
            .stream()
            .filter((source) -> source.getName().equals(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME))
            .findFirst()
            .orElseThrow()
            .getProperties();
    }

    private static ConfigurationPropertiesBeanDescriptor hubspot(ConfigurationPropertiesReportEndpoint endpoint,
            AssertableApplicationContext context) {
        return endpoint.configurationProperties()
            .getContexts()
            .get(context.getId())
            .getBeans()
            .values()
            .stream()
            .filter((bean) -> bean.getPrefix().equals("hubspot"))
            .findFirst()
            .orElseThrow();
    }

    @Test
    void configpropsEndpointShowingValuesMasksTheSecretsAndShowsTheRest() {
        this.contextRunner.run((context) -> {
            ConfigurationPropertiesReportEndpoint endpoint = new ConfigurationPropertiesReportEndpoint(
                    functions(context), Show.ALWAYS);
            endpoint.setApplicationContext(context);
            ConfigurationPropertiesBeanDescriptor hubspot = endpoint.configurationProperties()
                .getContexts()
                .get(context.getId())
                .getBeans()
                .values()
                .stream()
                .filter((bean) -> bean.getPrefix().equals("hubspot"))
                .findFirst()
                .orElseThrow();
            Map<String, Object> properties = hubspot.getProperties();
            assertThat(properties).containsEntry("accessToken", SanitizableData.SANITIZED_VALUE)
                .containsEntry("baseUrl", "http://localhost:8089");
            assertThat(properties.get("oauth")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("clientSecret", SanitizableData.SANITIZED_VALUE)
                .containsEntry("refreshToken", SanitizableData.SANITIZED_VALUE)
                .containsEntry("clientId", "client-1");
            assertThat(hubspot.getInputs().toString()).doesNotContain("pat-na1-secret", "client-secret-1",
                    "refresh-token-1");
            assertThat(hubspot.getInputs().toString()).contains("client-1");
        });
    }

    @Test
    void withoutActuatorTheAutoConfigurationBacksOff() {
        this.contextRunner.withClassLoader(new FilteredClassLoader(SanitizingFunction.class))
            .run((context) -> assertThat(context).doesNotHaveBean(SanitizingFunction.class));
    }

    private static List<SanitizingFunction> functions(AssertableApplicationContext context) {
        assertThat(context).hasSingleBean(SanitizingFunction.class);
        return context.getBeanProvider(SanitizingFunction.class).orderedStream().toList();
    }

    private static Object envValue(EnvironmentEndpoint endpoint, String name) {
        return endpoint.environmentEntry(name).getProperty().getValue();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(HubSpotProperties.class)
    static class PropertiesConfiguration {

    }

}
