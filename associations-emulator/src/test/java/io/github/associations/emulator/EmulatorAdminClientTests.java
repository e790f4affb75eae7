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

import java.time.Duration;

import io.github.associations.emulator.control.ApiVersion;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.emulator.control.Fault;
import io.github.associations.emulator.control.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@link EmulatorAdminClient} drives an emulator over HTTP as the in-process handle does:
 * here both reach the same emulator, so each call's effect is checked through the handle.
 */
class EmulatorAdminClientTests {

    private static final String R1 = "/crm/v4/objects/contacts/1/associations/companies";

    private final HubSpotEmulator emulator = HubSpotEmulator
        .start(EmulatorOptions.builder().strictRecords(true).oauthClient("client", "secret", "refresh").build());

    private final EmulatorAdminClient admin = EmulatorAdminClient.of(this.emulator.baseUrl() + "/");

    private final TestHttp http = new TestHttp(this.emulator.baseUrl());

    @AfterEach
    void close() {
        this.emulator.close();
    }

    @Test
    void seededRecordsExistAndAssociationsAreReadBack() {
        this.admin.seedRecordRange("contacts", 1, 2);
        this.admin.seedRecordRange("companies", 10, 1);

        TestHttp.Reply created = this.http.put("/crm/v4/objects/contacts/1/associations/default/companies/10",
                this.emulator.privateAppToken(), "");

        assertThat(created.status()).isEqualTo(200);
        assertThat(this.admin.associations("contacts", "1", "companies"))
            .isEqualTo(this.emulator.state().associations("contacts", "1", "companies"))
            .singleElement()
            .satisfies((association) -> assertThat(association.toObjectId()).isEqualTo("10"));
    }

    @Test
    void injectedFaultsAnswerTheNextRequestsAndAreLogged() {
        this.admin.injectNext(EmulatorEndpoint.RECORDS_LIST, 1, Fault.serviceUnavailable());
        this.admin.injectNext(1, Fault.latency(Duration.ofMillis(10)));

        assertThat(this.http.get(R1, this.emulator.privateAppToken()).status()).isEqualTo(503);
        assertThat(this.http.get(R1, this.emulator.privateAppToken()).status()).isEqualTo(200);
        assertThat(this.admin.requestCount(EmulatorEndpoint.RECORDS_LIST)).isEqualTo(2);
        assertThat(this.admin.requests(EmulatorEndpoint.RECORDS_LIST)).satisfiesExactly((first) -> {
            assertThat(first.status()).isEqualTo(503);
            assertThat(first.fault()).isNotNull();
            assertThat(first.fault().kind()).isEqualTo(Fault.Kind.STATUS);
            assertThat(first.path()).isEqualTo(R1);
            assertThat(first.bearerToken()).isEqualTo(LoggedRequest.mask(this.emulator.privateAppToken()));
        }, (second) -> assertThat(second.fault().latency()).isEqualTo(Duration.ofMillis(10)));

        this.admin.injectNext(EmulatorEndpoint.RECORDS_LIST, 3, Fault.badGateway());
        this.admin.clearFaults();
        this.admin.clearRequests();
        assertThat(this.emulator.faults().pendingScripted()).isZero();
        assertThat(this.emulator.requests().count()).isZero();
    }

    @Test
    void rateLimitWindowChangesAndSwitchesOff() {
        this.admin.rateLimitWindow(7, Duration.ofSeconds(2));
        assertThat(this.emulator.rateLimits().windowEnabled()).isTrue();
        assertThat(this.emulator.rateLimits().maxRequests()).isEqualTo(7);
        assertThat(this.emulator.rateLimits().interval()).isEqualTo(Duration.ofSeconds(2));

        this.admin.rateLimitWindowEnabled(false);
        assertThat(this.emulator.rateLimits().windowEnabled()).isFalse();
    }

    @Test
    void tokensAreCountedAndExpired() {
        TestHttp.Reply token = this.http.form("/oauth/v1/token",
                "grant_type=refresh_token&client_id=client&client_secret=secret&refresh_token=refresh");
        assertThat(token.status()).isEqualTo(200);
        assertThat(this.admin.tokenRequestCount()).isEqualTo(1);

        this.admin.expireAccessTokens();
        String accessToken = token.json().get("access_token").asString();
        assertThat(this.http.get(R1, accessToken).status()).isEqualTo(401);
    }

    @Test
    void resetForgetsEverything() {
        this.admin.seedRecordRange("contacts", 1, 1);
        this.admin.seedRecordRange("companies", 10, 1);
        this.http.put("/crm/v4/objects/contacts/1/associations/default/companies/10", this.emulator.privateAppToken(),
                "");
        assertThat(this.admin.associations("contacts", "1", "companies")).hasSize(1);

        this.admin.reset();

        assertThat(this.emulator.requests().count()).isZero();
        assertThat(this.admin.associations("contacts", "1", "companies")).isEmpty();
        assertThat(this.http
            .put("/crm/v4/objects/contacts/1/associations/default/companies/10", this.emulator.privateAppToken(), "")
            .status()).as("seeded records are forgotten").isEqualTo(400);
    }

    @Test
    void badBaseUrlAndFailedCallsSaySo() {
        assertThatIllegalArgumentException().isThrownBy(() -> EmulatorAdminClient.of("localhost:8089"))
            .withMessageContaining("baseUrl");
        assertThatIllegalStateException().isThrownBy(() -> this.admin.injectNext(0, Fault.serviceUnavailable()))
            .withMessageContaining("/faults/next")
            .withMessageContaining("400");
    }

    @Test
    void loggedRequestsCarryTheirApiVersionOverTheAdminApi() {
        this.http.get("/crm/objects/2026-09/contacts/1/associations/companies", this.emulator.privateAppToken());
        this.http.get(R1, this.emulator.privateAppToken());

        assertThat(this.admin.requests(EmulatorEndpoint.RECORDS_LIST)).extracting(LoggedRequest::apiVersion)
            .containsExactly(ApiVersion.V2026_09, ApiVersion.V4);
    }

}
