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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import io.github.associations.client.AssociationsSettings;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.error.HubSpotClientException;
import io.github.associations.resilience.RateLimitSettings;
import io.github.associations.resilience.RetrySettings;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A single-record call whose 2xx answer reports errors fails with them, instead of an
 * empty success.
 */
class ReportedErrorsTests extends EmulatorTestSupport {

    /** The emulator's 200 with the errors HubSpot's batch body can carry. */
    private static final String ERRORS = "\"numErrors\":2,\"errors\":[{\"status\":\"error\",\"category\":"
            + "\"OBJECT_NOT_FOUND\",\"message\":\"Company 2 does not exist\",\"context\":{\"toObjectId\":[\"2\"]}},"
            + "{\"status\":\"error\",\"category\":\"VALIDATION_ERROR\",\"message\":\"Second problem\"}]";

    @Test
    void singleRecordCallWhoseSuccessfulBodyReportsErrorsFailsWithThem() {
        AssociationsTemplate template = AssociationsTemplate.builder()
            .webClient(WebClient.builder()
                .filter((request, next) -> next.exchange(request)
                    .map((response) -> response.mutate()
                        .body((body) -> body
                            .map((buffer) -> withErrors(buffer.toString(StandardCharsets.UTF_8), buffer.factory())))
                        .build()))
                .build())
            .privateAppToken(this.emulator.privateAppToken())
            .settings(AssociationsSettings.builder()
                .baseUrl(this.emulator.baseUrl())
                .responseTimeout(Duration.ofSeconds(10))
                .rateLimit(RateLimitSettings.disabled())
                .retry(RetrySettings.disabled())
                .build())
            .build();

        Throwable thrown = catchThrowable(
                () -> template.records().associateDefault("contacts", "1", "companies", "2").block());

        assertThat(thrown).isInstanceOf(HubSpotClientException.class)
            .hasMessage("HubSpot records.associate-default answered 200 reporting 2 errors: OBJECT_NOT_FOUND "
                    + "Company 2 does not exist; VALIDATION_ERROR Second problem");
        HubSpotClientException failure = (HubSpotClientException) thrown;
        assertThat(failure.getStatus()).isEqualTo(200);
        assertThat(failure.getCategory()).isEqualTo("OBJECT_NOT_FOUND");
        assertThat(failure.getContext()).containsEntry("toObjectId", List.of("2"));
        assertThat(failure.getReportedErrors()).extracting("message")
            .containsExactly("Company 2 does not exist", "Second problem");
        assertThat(requests(EmulatorEndpoint.RECORDS_ASSOCIATE_DEFAULT)).hasSize(1);
    }

    @Test
    void singleRecordCallWithoutReportedErrorsSucceeds() {
        assertThat(this.template.records().associateDefault("contacts", "1", "companies", "2").block()).hasSize(2);
    }

    private static DataBuffer withErrors(String body, DataBufferFactory factory) {
        String changed = body.replaceFirst("\\}\\s*$", "," + ERRORS + "}");
        return factory.wrap(changed.getBytes(StandardCharsets.UTF_8));
    }

}
