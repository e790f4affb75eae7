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

import io.github.associations.emulator.control.ApiVersion;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.emulator.control.LoggedRequest;
import io.netty.handler.codec.http.HttpMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every path template of every endpoint in every dated version reaches that endpoint's
 * handler through the same filters as v4, and is logged with its version.
 */
class VersionRoutingTests {

    private final FakeBackend fake = new FakeBackend();

    private final HubSpotEmulator emulator = HubSpotEmulator.start(EmulatorOptions.builder().noRateLimit().build(),
            this.fake.backend());

    private final TestHttp http = new TestHttp(this.emulator.baseUrl());

    @AfterEach
    void close() {
        this.emulator.close();
    }

    @ParameterizedTest
    @EnumSource(value = ApiVersion.class, names = { "V2026_03", "V2026_09" })
    void everyDatedTemplateIsRoutedToItsEndpoint(ApiVersion version) {
        for (EmulatorEndpoint endpoint : EmulatorEndpoint.values()) {
            if (endpoint.isOAuth() || !endpoint.versions().contains(version)) {
                continue;
            }
            for (String template : endpoint.pathTemplates(version)) {
                String path = template.replaceAll("\\{[a-zA-Z]*ObjectType}|\\{objectType}", "contacts")
                    .replaceAll("\\{[a-zA-Z]*}", "7");
                TestHttp.Reply reply = this.http.send(HttpMethod.valueOf(endpoint.method().name()), path, "pat-local",
                        "{}", "application/json");

                assertThat(reply.status()).as("%s %s", endpoint, path).isBetween(200, 204);
                LoggedRequest logged = this.emulator.requests().all().get(this.emulator.requests().all().size() - 1);
                assertThat(logged.endpoint()).as(path).isEqualTo(endpoint);
                assertThat(logged.apiVersion()).as(path).isEqualTo(version);
            }
            assertThat(this.fake.invocations(endpoint)).as(endpoint.name()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ApiVersion.class, names = { "V2026_03", "V2026_09" })
    void datedPathsAreAuthenticated(ApiVersion version) {
        String path = EmulatorEndpoint.RECORDS_LIST.pathTemplates(version)
            .get(0)
            .replace("{objectType}", "contacts")
            .replace("{objectId}", "1")
            .replace("{toObjectType}", "companies");

        TestHttp.Reply reply = this.http.get(path, null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(this.fake.invocations(EmulatorEndpoint.RECORDS_LIST)).isZero();
    }

}
