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

import java.util.Map;

import io.github.associations.autoconfigure.HubSpotConnectionDetails.OAuthCredentials;
import io.github.associations.client.AccessTokenProvider;
import io.github.associations.client.ApiVersion;
import io.github.associations.client.AssociationsSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link HubSpotAutoConfiguration}: when it applies, the connection details it derives
 * from the properties, and the startup failures for credentials that cannot work.
 */
@ExtendWith(OutputCaptureExtension.class)
class HubSpotAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(HubSpotAutoConfiguration.class));

    @Test
    void withoutCredentialsTheAutoConfigurationBacksOff() {
        this.contextRunner.withPropertyValues("hubspot.base-url=http://localhost:8089").run((context) -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(HubSpotConnectionDetails.class);
            assertThat(context).doesNotHaveBean(HubSpotProperties.class);
        });
    }

    @Test
    void blankCredentialsCountAsNotSet() {
        this.contextRunner.withPropertyValues("hubspot.access-token=", "hubspot.oauth.refresh-token= ")
            .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(HubSpotConnectionDetails.class));
    }

    @Test
    void whenAccessTokenIsSetThenConnectionDetailsCarryIt() {
        this.contextRunner.withPropertyValues("hubspot.access-token= pat-na1-test ").run((context) -> {
            HubSpotConnectionDetails details = context.getBean(HubSpotConnectionDetails.class);
            assertThat(details).isInstanceOf(PropertiesHubSpotConnectionDetails.class);
            assertThat(details.getBaseUrl()).isEqualTo("https://api.hubapi.com");
            assertThat(details.getAccessToken()).as("surrounding whitespace removed").isEqualTo("pat-na1-test");
            assertThat(details.getOAuth()).isNull();
            assertThat(details.toString()).doesNotContain("pat-na1-test");
        });
    }

    @Test
    void accessTokenFromAnEnvironmentVariableCounts() {
        this.contextRunner
            .withInitializer((context) -> context.getEnvironment()
                .getPropertySources()
                .replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of("HUBSPOT_ACCESSTOKEN", "pat-from-env"))))
            .run((context) -> assertThat(context.getBean(HubSpotConnectionDetails.class).getAccessToken())
                .isEqualTo("pat-from-env"));
    }

    @Test
    void whenOAuthCredentialsAreSetThenConnectionDetailsCarryThem() {
        this.contextRunner
            .withPropertyValues("hubspot.base-url=http://localhost:8089", "hubspot.oauth.client-id=client-1",
                    "hubspot.oauth.client-secret=secret-1", "hubspot.oauth.refresh-token=refresh-1")
            .run((context) -> {
                HubSpotConnectionDetails details = context.getBean(HubSpotConnectionDetails.class);
                assertThat(details.getBaseUrl()).isEqualTo("http://localhost:8089");
                assertThat(details.getAccessToken()).isNull();
                assertThat(details.getOAuth()).isEqualTo(new OAuthCredentials("client-1", "secret-1", "refresh-1"));
                assertThat(details.toString()).contains("client-1").doesNotContain("secret-1", "refresh-1");
            });
    }

    @Test
    void tokenUriComesFromItsProperty() {
        this.contextRunner
            .withPropertyValues("hubspot.oauth.client-id=client-1", "hubspot.oauth.client-secret=secret-1",
                    "hubspot.oauth.refresh-token=refresh-1",
                    "hubspot.oauth.token-uri=http://localhost:8089/oauth/v1/token")
            .run((context) -> assertThat(context.getBean(HubSpotConnectionDetails.class).getOAuth().tokenUri())
                .isEqualTo("http://localhost:8089/oauth/v1/token"));
    }

    @Test
    void accessTokenAndOAuthTogetherFailAtStartupNamingBothProperties() {
        this.contextRunner
            .withPropertyValues("hubspot.access-token=pat-na1-secret", "hubspot.oauth.client-id=client-1",
                    "hubspot.oauth.client-secret=secret-1", "hubspot.oauth.refresh-token=refresh-1")
            .run((context) -> {
                assertThat(context).hasFailed();
                FailureAnalysis analysis = new InvalidHubSpotConfigurationFailureAnalyzer()
                    .analyze(context.getStartupFailure());
                assertThat(analysis).isNotNull();
                assertThat(analysis.getDescription()).startsWith("Conflicting HubSpot credentials")
                    .contains("hubspot.access-token", "hubspot.oauth.client-id", "hubspot.oauth.client-secret",
                            "hubspot.oauth.refresh-token")
                    .doesNotContain("pat-na1-secret", "secret-1", "refresh-1");
                assertThat(analysis.getAction()).contains("Keep either hubspot.access-token", "remove the other");
            });
    }

    @Test
    void oauthCredentialsWithoutSpringSecuritysOAuth2ClientFailNamingTheDependency() {
        this.contextRunner.withClassLoader(new FilteredClassLoader("org.springframework.security"))
            .withPropertyValues("hubspot.oauth.client-id=client-1", "hubspot.oauth.client-secret=secret-1",
                    "hubspot.oauth.refresh-token=refresh-1")
            .run((context) -> {
                assertThat(context).hasFailed();
                FailureAnalysis analysis = new InvalidHubSpotConfigurationFailureAnalyzer()
                    .analyze(context.getStartupFailure());
                assertThat(analysis).isNotNull();
                assertThat(analysis.getDescription()).contains("OAuth", "Spring Security's OAuth2 client")
                    .doesNotContain("secret-1", "refresh-1");
                assertThat(analysis.getAction()).contains("org.springframework.security:spring-security-oauth2-client",
                        "hubspot.access-token");
            });
    }

    @Test
    void aPrivateAppTokenNeedsNoSpringSecurity() {
        this.contextRunner.withClassLoader(new FilteredClassLoader("org.springframework.security"))
            .withPropertyValues("hubspot.access-token=pat-na1-test")
            .run((context) -> assertThat(context).hasNotFailed().hasSingleBean(AccessTokenProvider.class));
    }

    @Test
    void accessTokenWithAnyOAuthPropertyConflicts() {
        this.contextRunner.withPropertyValues("hubspot.access-token=pat-na1-secret", "hubspot.oauth.client-id=client-1")
            .run((context) -> assertThat(context).getFailure()
                .rootCause()
                .isInstanceOf(InvalidHubSpotConfigurationException.class)
                .hasMessageContaining("hubspot.access-token")
                .hasMessageContaining("hubspot.oauth.client-id"));
    }

    @Test
    void refreshTokenWithoutClientIdAndSecretFailsNamingThem() {
        this.contextRunner.withPropertyValues("hubspot.oauth.refresh-token=refresh-1").run((context) -> {
            FailureAnalysis analysis = new InvalidHubSpotConfigurationFailureAnalyzer()
                .analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).isEqualTo("Incomplete HubSpot OAuth credentials: "
                    + "hubspot.oauth.refresh-token is set, but hubspot.oauth.client-id and hubspot.oauth.client-secret "
                    + "are not.");
            assertThat(analysis.getAction()).startsWith(
                    "Set hubspot.oauth.client-id and hubspot.oauth.client-secret for your public app, or remove "
                            + "hubspot.oauth.refresh-token and set hubspot.access-token");
        });
    }

    @Test
    void clientIdAndSecretWithoutRefreshTokenFailNamingIt() {
        this.contextRunner
            .withPropertyValues("hubspot.oauth.client-id=client-1", "hubspot.oauth.client-secret=secret-1")
            .run((context) -> assertThat(context).getFailure()
                .rootCause()
                .hasMessage("Incomplete HubSpot OAuth credentials: hubspot.oauth.client-id and "
                        + "hubspot.oauth.client-secret are set, but hubspot.oauth.refresh-token is not."));
    }

    @Test
    void blankBaseUrlFailsNamingIt() {
        this.contextRunner.withPropertyValues("hubspot.access-token=pat-na1-test", "hubspot.base-url=")
            .run((context) -> assertThat(context).getFailure()
                .rootCause()
                .isInstanceOf(BindValidationException.class)
                .hasMessageContaining("Field error in object 'hubspot' on field 'baseUrl'")
                .hasMessageContaining("must be an absolute http(s) URL"));
    }

    @Test
    void blankTokenUriWithOAuthFailsNamingIt() {
        this.contextRunner
            .withPropertyValues("hubspot.oauth.client-id=client-1", "hubspot.oauth.client-secret=secret-1",
                    "hubspot.oauth.refresh-token=refresh-1", "hubspot.oauth.token-uri=")
            .run((context) -> assertThat(context).getFailure()
                .rootCause()
                .hasMessage("hubspot.oauth.token-uri is blank."));
    }

    @Test
    void theApiVersionIs2026_09ByDefault() {
        this.contextRunner.withPropertyValues("hubspot.access-token=pat-na1-test")
            .run((context) -> assertThat(context.getBean(AssociationsSettings.class).apiVersion())
                .isEqualTo(ApiVersion.V2026_09));
    }

    @Test
    void theApiVersionComesFromItsPropertyAndV4LogsOneWarningWithItsEndOfSupport(CapturedOutput output) {
        this.contextRunner.withPropertyValues("hubspot.access-token=pat-na1-test", "hubspot.api-version=v4")
            .run((context) -> assertThat(context.getBean(AssociationsSettings.class).apiVersion())
                .isEqualTo(ApiVersion.V4));
        this.contextRunner.withPropertyValues("hubspot.access-token=pat-na1-test", "hubspot.api-version=2026-03")
            .run((context) -> assertThat(context.getBean(AssociationsSettings.class).apiVersion())
                .isEqualTo(ApiVersion.V2026_03));

        assertThat(output.getOut().lines().filter((line) -> line.contains("WARN"))).singleElement()
            .asString()
            .contains("hubspot.api-version is v4", "2027-03-30", "2026-09");
    }

    @Test
    void anUnknownApiVersionFailsNamingThePropertyAndTheSupportedVersions() {
        this.contextRunner.withPropertyValues("hubspot.access-token=pat-na1-test", "hubspot.api-version=2025-09")
            .run((context) -> assertThat(context).getFailure()
                .rootCause()
                .isInstanceOf(BindValidationException.class)
                .hasMessageContaining("Field error in object 'hubspot' on field 'apiVersion': rejected value [2025-09]")
                .hasMessageContaining("must be one of 2026-09, 2026-03, v4"));
    }

    @Test
    void theConnectorComesFromSpringBootsConnectorBuilder() {
        this.contextRunner.withPropertyValues("hubspot.access-token=pat-na1-test").run((context) -> {
            assertThat(context).hasSingleBean(HubSpotHttpConnector.class);
            assertThat(context.getBeanFactory().getBeanDefinition("hubspotHttpConnector").getFactoryBeanName())
                .endsWith("ClientHttpConnectorBuilderConfiguration");
        });
    }

    @Test
    void withoutSpringBootsConnectorBuilderReactorNettyConnects() {
        this.contextRunner.withClassLoader(new FilteredClassLoader(ClientHttpConnectorBuilder.class))
            .withPropertyValues("hubspot.access-token=pat-na1-test")
            .run((context) -> {
                assertThat(context.getBean(HubSpotHttpConnector.class).connector())
                    .isInstanceOf(ReactorClientHttpConnector.class);
                assertThat(context.getBeanFactory().getBeanDefinition("hubspotHttpConnector").getFactoryBeanName())
                    .isEqualTo(HubSpotAutoConfiguration.class.getName());
            });
    }

    @Test
    void anApplicationsConnectorMakesOursBackOff() {
        HubSpotHttpConnector connector = new HubSpotHttpConnector(new ReactorClientHttpConnector());
        this.contextRunner.withPropertyValues("hubspot.access-token=pat-na1-test")
            .withBean(HubSpotHttpConnector.class, () -> connector)
            .run((context) -> assertThat(context.getBean(HubSpotHttpConnector.class)).isSameAs(connector));
    }

    @Test
    void autoConfigurationsAreRegistered() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).getCandidates())
            .contains(HubSpotAutoConfiguration.class.getName(), HubSpotSanitizingAutoConfiguration.class.getName());
    }

    @Test
    void userDefinedConnectionDetailsMakePropertiesBasedOnesBackOff() {
        this.contextRunner.withUserConfiguration(ConnectionDetailsConfiguration.class).run((context) -> {
            assertThat(context).hasSingleBean(HubSpotConnectionDetails.class)
                .doesNotHaveBean(PropertiesHubSpotConnectionDetails.class);
            assertThat(context.getBean(HubSpotConnectionDetails.class).getAccessToken()).isEqualTo("pat-user");
        });
    }

    @Test
    void userDefinedAccessTokenProviderCountsAsCredentials() {
        this.contextRunner.withUserConfiguration(AccessTokenProviderConfiguration.class)
            .withPropertyValues("hubspot.base-url=http://localhost:8089")
            .run((context) -> {
                HubSpotConnectionDetails details = context.getBean(HubSpotConnectionDetails.class);
                assertThat(details.getBaseUrl()).isEqualTo("http://localhost:8089");
                assertThat(details.getAccessToken()).isNull();
                assertThat(details.getOAuth()).isNull();
            });
    }

    @Test
    void noOAuth2InfrastructureBecomesABean() {
        this.contextRunner
            .withPropertyValues("hubspot.oauth.client-id=client-1", "hubspot.oauth.client-secret=secret-1",
                    "hubspot.oauth.refresh-token=refresh-1")
            .run((context) -> assertThat(context.getBeanDefinitionNames())
                .noneMatch((name) -> context.getType(name).getName().startsWith("org.springframework.security")));
    }

    @Configuration(proxyBeanMethods = false)
    static class ConnectionDetailsConfiguration {

        @Bean
        HubSpotConnectionDetails userConnectionDetails() {
            return new HubSpotConnectionDetails() {

                @Override
                public String getBaseUrl() {
                    return "http://localhost:9999";
                }

                @Override
                public String getAccessToken() {
                    return "pat-user";
                }

            };
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class AccessTokenProviderConfiguration {

        @Bean
        AccessTokenProvider userAccessTokenProvider() {
            return AccessTokenProvider.ofPrivateAppToken("pat-user");
        }

    }

}
