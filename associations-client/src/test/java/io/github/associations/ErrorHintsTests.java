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

package io.github.associations;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import io.github.associations.client.AccessTokenProvider;
import io.github.associations.client.AssociationsSettings;
import io.github.associations.error.HubSpotAuthenticationException;
import io.github.associations.error.HubSpotTransportException;
import io.github.associations.resilience.RateLimitSettings;
import io.github.associations.resilience.RetrySettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Errors that say what to check: the setting of a refused token, the host and port of a
 * refused connection.
 */
class ErrorHintsTests extends EmulatorTestSupport {

    @Test
    void unauthorizedPrivateAppTokenNamesTheBuilderMethodToCheck() {
        AssociationsTemplate template = AssociationsTemplate.builder()
            .privateAppToken("pat-na1-not-the-token")
            .settings(settings(this.emulator.baseUrl()))
            .build();

        Throwable thrown = catchThrowable(() -> template.labels().list("contacts", "companies").blockLast());

        assertThat(thrown).isInstanceOf(HubSpotAuthenticationException.class)
            .hasMessageStartingWith("HubSpot labels.list failed: 401")
            .hasMessageEndingWith("; check privateAppToken(...): HubSpot did not accept it as a private app's access "
                    + "token (copy the current token from the private app's Auth tab)")
            .message()
            .doesNotContain("pat-na1-not-the-token");
    }

    @Test
    void unauthorizedTokenNamesTheSettingTheCallerSupplies() {
        AssociationsTemplate template = AssociationsTemplate.builder()
            .accessTokenProvider(AccessTokenProvider.ofPrivateAppToken("pat-na1-not-the-token", "crm.token"))
            .settings(settings(this.emulator.baseUrl()))
            .build();

        Throwable thrown = catchThrowable(() -> template.labels().list("contacts", "companies").blockLast());

        assertThat(thrown).isInstanceOf(HubSpotAuthenticationException.class)
            .hasMessageContaining("; check crm.token: HubSpot did not accept it");
    }

    @Test
    void refusedConnectionNamesTheHostAndPortItTried() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        AssociationsTemplate template = AssociationsTemplate.builder()
            .privateAppToken(this.emulator.privateAppToken())
            .settings(settings("http://127.0.0.1:" + port))
            .build();

        Throwable thrown = catchThrowable(() -> template.labels().list("contacts", "companies").blockLast());

        assertThat(thrown).isInstanceOf(HubSpotTransportException.class)
            .hasMessageStartingWith("HubSpot labels.list could not connect to 127.0.0.1:" + port + ": ");
        assertThat(((HubSpotTransportException) thrown).isRequestNotSent()).isTrue();
    }

    private static AssociationsSettings settings(String baseUrl) {
        return AssociationsSettings.builder()
            .baseUrl(baseUrl)
            .responseTimeout(Duration.ofSeconds(10))
            .rateLimit(RateLimitSettings.disabled())
            .retry(RetrySettings.disabled())
            .build();
    }

}
