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

package io.github.associations.autoconfigure.health;

import java.time.Duration;
import java.util.List;

import io.github.associations.AssociationsOperations;
import io.github.associations.autoconfigure.HubSpotAutoConfiguration;
import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.emulator.control.EmulatorOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The {@code hubspot} health indicator reports from what the client last saw, without
 * spending a request.
 */
class HubSpotHealthIndicatorTests {

    private final HubSpotEmulator emulator = HubSpotEmulator.start(EmulatorOptions.builder()
        .strictRecords(false)
        .rateLimit(100, Duration.ofSeconds(10))
        .dailyLimit(1000)
        .oauthClient("client-1", "secret-1", "refresh-1")
        .build());

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(
                AutoConfigurations.of(HubSpotAutoConfiguration.class, HubSpotHealthContributorAutoConfiguration.class))
        .withPropertyValues("hubspot.base-url=" + this.emulator.baseUrl());

    @AfterEach
    void stopEmulator() {
        this.emulator.close();
    }

    @Test
    void upWithTheLastSeenQuotaAfterASuccessfulCall() {
        this.contextRunner.withPropertyValues("hubspot.access-token=" + this.emulator.privateAppToken())
            .run((context) -> {
                context.getBean(AssociationsOperations.class).labels().list("contacts", "companies").blockLast();
                long requests = this.emulator.requests().count();

                Health health = context.getBean(HubSpotHealthIndicator.class).health(true);

                assertThat(health.getStatus()).isEqualTo(Status.UP);
                assertThat(health.getDetails()).containsEntry("rateLimitMax", 100L)
                    .containsEntry("rateLimitRemaining", 99L)
                    .containsEntry("dailyRemaining", 999L)
                    .containsKey("lastResponseAt");
                assertThat(this.emulator.requests().count()).isEqualTo(requests);
            });
    }

    @Test
    void downWhenTheDailyLimitIsReached() {
        this.contextRunner.withPropertyValues("hubspot.access-token=" + this.emulator.privateAppToken())
            .run((context) -> {
                this.emulator.rateLimits().exhaustDaily();
                catchThrowable(() -> context.getBean(AssociationsOperations.class)
                    .labels()
                    .list("contacts", "companies")
                    .blockLast());

                Health health = context.getBean(HubSpotHealthIndicator.class).health(true);

                assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                assertThat(health.getDetails()).containsEntry("reason", "daily limit reached")
                    .containsKey("dailyLimitResetsAt");
            });
    }

    @Test
    void downWhenAuthenticationFailsAndUpAgainOnceACallSucceeds() {
        this.contextRunner.withPropertyValues("hubspot.access-token=pat-na1-revoked").run((context) -> {
            catchThrowable(() -> context.getBean(AssociationsOperations.class)
                .labels()
                .list("contacts", "companies")
                .blockLast());

            Health health = context.getBean(HubSpotHealthIndicator.class).health(true);

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("reason", "authentication failed");
            assertThat(health.getDetails().get("error").toString()).contains("INVALID_AUTHENTICATION")
                .doesNotContain("pat-na1-revoked");
        });
    }

    @Test
    void downWhenTheOAuthRefreshIsRejectedWithTheTokenExpiryOtherwise() {
        this.contextRunner
            .withPropertyValues("hubspot.oauth.client-id=client-1", "hubspot.oauth.client-secret=secret-1",
                    "hubspot.oauth.refresh-token=refresh-1",
                    "hubspot.oauth.token-uri=" + this.emulator.baseUrl() + "/oauth/v1/token")
            .run((context) -> {
                context.getBean(AssociationsOperations.class).labels().list("contacts", "companies").blockLast();
                assertThat(context.getBean(HubSpotHealthIndicator.class).health(true).getDetails())
                    .containsKey("accessTokenExpiresAt");
            });
        this.contextRunner
            .withPropertyValues("hubspot.oauth.client-id=client-1", "hubspot.oauth.client-secret=secret-1",
                    "hubspot.oauth.refresh-token=refresh-revoked",
                    "hubspot.oauth.token-uri=" + this.emulator.baseUrl() + "/oauth/v1/token")
            .run((context) -> {
                catchThrowable(() -> context.getBean(AssociationsOperations.class)
                    .labels()
                    .list("contacts", "companies")
                    .blockLast());

                Health health = context.getBean(HubSpotHealthIndicator.class).health(true);

                assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                assertThat(health.getDetails()).containsEntry("reason", "access token refresh failed");
                assertThat(health.getDetails().get("error").toString()).contains("hubspot.oauth.refresh-token")
                    .doesNotContain("refresh-revoked");
            });
    }

    @Test
    void theBeanNameMakesTheHealthComponentHubspot() {
        this.contextRunner.withPropertyValues("hubspot.access-token=pat-local")
            .run((context) -> assertThat(context).hasBean("hubspotHealthIndicator")
                .hasSingleBean(HubSpotHealthIndicator.class));
    }

    @Test
    void anApplicationsHubspotHealthIndicatorOrContributorMakesItBackOff() {
        for (String name : List.of("hubspotHealthIndicator", "hubspotHealthContributor")) {
            this.contextRunner.withPropertyValues("hubspot.access-token=pat-local")
                .withBean(name, HealthIndicator.class, () -> () -> Health.up().build())
                .run((context) -> assertThat(context).doesNotHaveBean(HubSpotHealthIndicator.class).hasBean(name));
        }
    }

    @Test
    void canBeSwitchedOff() {
        this.contextRunner
            .withPropertyValues("hubspot.access-token=pat-local", "management.health.hubspot.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(HubSpotHealthIndicator.class));
    }

}
