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

import java.time.Duration;

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.Fault;
import io.github.associations.error.HubSpotDecodingException;
import io.github.associations.error.HubSpotServerException;
import io.github.associations.resilience.RetrySettings;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBufferLimitException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A body over the maximum response size: a 2xx is a decoding failure, not retried; any
 * other status stays the failure its status names.
 */
class ResponseSizeTests extends EmulatorTestSupport {

    @Test
    void successfulBodyOverMaxResponseSizeIsADecodingFailureAndNotRetried() {
        restart((options) -> options, (settings) -> settings.maxResponseSize(64)
            .retry(RetrySettings.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(1), 1.0, 0.0)));

        Throwable thrown = catchThrowable(() -> this.template.labels().list("contacts", "companies").blockLast());

        assertThat(thrown).isInstanceOf(HubSpotDecodingException.class)
            .hasMessage("HubSpot labels.list answered 200 with a body larger than the maximum response size of 64 "
                    + "bytes (AssociationsSettings maxResponseSize)")
            .hasCauseInstanceOf(DataBufferLimitException.class);
        assertThat(((HubSpotDecodingException) thrown).getStatus()).isEqualTo(200);
        assertThat(requests(EmulatorEndpoint.LABELS_LIST)).hasSize(1);
        assertThat(this.listener.retries).isEmpty();
        assertThat(this.listener.statuses).containsExactly(200);
    }

    @Test
    void errorBodyOverMaxResponseSizeIsTheFailureItsStatusNames() {
        restart((options) -> options, (settings) -> settings.maxResponseSize(8));
        this.emulator.faults().injectNext(EmulatorEndpoint.LABELS_LIST, 1, Fault.serviceUnavailable());

        Throwable thrown = catchThrowable(() -> this.template.labels().list("contacts", "companies").blockLast());

        assertThat(thrown).isInstanceOf(HubSpotServerException.class);
        assertThat(((HubSpotServerException) thrown).getStatus()).isEqualTo(503);
    }

}
