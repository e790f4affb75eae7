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

import java.time.Instant;

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.emulator.control.Fault;
import io.github.associations.emulator.control.LoggedRequest;
import io.github.associations.emulator.control.RequestLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request log and its counters.
 */
class RequestLogTests {

    private static final String R1 = "/crm/v4/objects/contacts/1/associations/companies";

    private static final String B1 = "/crm/v4/associations/contacts/companies/batch/read";

    private final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");

    private final FakeBackend fake = new FakeBackend();

    private final HubSpotEmulator emulator = HubSpotEmulator
        .start(EmulatorOptions.builder().clock(this.clock).requestLogCapacity(4).build(), this.fake.backend());

    private final RequestLog log = this.emulator.requests();

    private final TestHttp http = new TestHttp(this.emulator.baseUrl());

    @AfterEach
    void close() {
        this.emulator.close();
    }

    @Test
    void recordsWhatEachRequestWasAndGot() {
        this.http.get(R1 + "?limit=10&after=abc", "pat-local");
        this.emulator.faults().injectNext(1, Fault.serviceUnavailable());
        this.http.post(B1, "pat-local", "{\"inputs\":[]}");

        assertThat(this.log.all()).hasSize(2);
        LoggedRequest list = this.log.all().get(0);
        assertThat(list.sequence()).isEqualTo(1);
        assertThat(list.time()).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
        assertThat(list.method()).isEqualTo("GET");
        assertThat(list.path()).isEqualTo(R1);
        assertThat(list.query()).isEqualTo("limit=10&after=abc");
        assertThat(list.pathAndQuery()).isEqualTo(R1 + "?limit=10&after=abc");
        assertThat(list.endpoint()).isEqualTo(EmulatorEndpoint.RECORDS_LIST);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).isNull();
        assertThat(list.fault()).isNull();
        assertThat(list.bearerToken()).isEqualTo("pat-local");
        LoggedRequest read = this.log.all().get(1);
        assertThat(read.sequence()).isEqualTo(2);
        assertThat(read.query()).isNull();
        assertThat(read.status()).isEqualTo(503);
        assertThat(read.body()).isEqualTo("{\"inputs\":[]}");
        assertThat(read.fault()).isEqualTo(Fault.serviceUnavailable());
    }

    @Test
    void toStringMasksTheToken() {
        this.http.get(R1, "pat-local");

        LoggedRequest entry = this.log.all().get(0);

        assertThat(entry.toString()).doesNotContain("pat-local").contains("pat-****").contains("R1").contains("200");
        assertThat(LoggedRequest.mask(null)).isNull();
        assertThat(LoggedRequest.mask("abc")).isEqualTo("****");
    }

    @Test
    void rejectedAndUnknownRequestsAreLoggedToo() {
        this.http.get(R1, null);
        this.http.get("/nowhere", null);

        assertThat(this.log.all()).extracting(LoggedRequest::status).containsExactly(401, 404);
        assertThat(this.log.all()).extracting(LoggedRequest::endpoint)
            .containsExactly(EmulatorEndpoint.RECORDS_LIST, null);
        assertThat(this.log.count()).isEqualTo(2);
        assertThat(this.log.count(EmulatorEndpoint.RECORDS_LIST)).isEqualTo(1);
    }

    @Test
    void logIsBoundedButCountsAreNot() {
        for (int i = 0; i < 5; i++) {
            this.http.get(R1, "pat-local");
        }
        this.http.post(B1, "pat-local", "{}");

        assertThat(this.log.all()).hasSize(4);
        assertThat(this.log.all().get(0).sequence()).isEqualTo(3);
        assertThat(this.log.count()).isEqualTo(6);
        assertThat(this.log.count(EmulatorEndpoint.RECORDS_LIST)).isEqualTo(5);
        assertThat(this.log.count(EmulatorEndpoint.BATCH_READ)).isEqualTo(1);
        assertThat(this.log.forEndpoint(EmulatorEndpoint.BATCH_READ)).singleElement()
            .satisfies((entry) -> assertThat(entry.path()).isEqualTo(B1));
        assertThat(this.log.forEndpoint(EmulatorEndpoint.RECORDS_LIST)).hasSize(3);
    }

    @Test
    void clearForgetsEntriesAndCounts() {
        this.http.get(R1, "pat-local");

        this.log.clear();

        assertThat(this.log.all()).isEmpty();
        assertThat(this.log.count()).isZero();
        assertThat(this.log.count(EmulatorEndpoint.RECORDS_LIST)).isZero();
    }

    @Test
    void adminRequestsAreNotLogged() {
        this.http.get("/__emulator/requests", null);
        this.http.delete("/__emulator/faults", null);

        assertThat(this.log.count()).isZero();
    }

}
