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

package io.github.associations.internal.coalesce;

import java.util.List;
import java.util.Map;

import io.github.associations.error.HubSpotException;
import io.github.associations.error.HubSpotForbiddenException;
import io.github.associations.error.HubSpotNotFoundException;
import io.github.associations.error.HubSpotValidationException;
import io.github.associations.model.BatchError;
import io.github.associations.model.Operation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-input errors carry no HTTP status: their category names the exception a coalesced
 * caller gets, with the status the single call would have had.
 *
 * @author the original author or authors
 */
class PerInputFailuresTests {

    @ParameterizedTest
    @CsvSource({ "VALIDATION_ERROR, 400", "OBJECT_NOT_FOUND, 404", "MISSING_SCOPES, 403" })
    void aCategoryBecomesTheExceptionOfTheSingleCallsStatus(String category, int status) {
        BatchError<String> error = new BatchError<>("error", category, null, "about this input", Map.of(), List.of(),
                Map.of(), null, List.of("input"));

        HubSpotException exception = PerInputFailures.toException(Operation.RECORDS_ASSOCIATE, Operation.BATCH_CREATE,
                error);

        Class<?> expected = switch (status) {
            case 400 -> HubSpotValidationException.class;
            case 404 -> HubSpotNotFoundException.class;
            default -> HubSpotForbiddenException.class;
        };
        assertThat(exception).isInstanceOf(expected);
        assertThat(exception.getStatus()).isEqualTo(status);
        assertThat(exception.getOperation()).isEqualTo(Operation.RECORDS_ASSOCIATE);
        assertThat(exception.getError().category()).isEqualTo(category);
        assertThat(exception).hasMessageContaining(category)
            .hasMessageContaining("about this input")
            .hasMessageContaining(Operation.BATCH_CREATE.id());
    }

    @ParameterizedTest
    @CsvSource({ "RATE_LIMITS", "INTERNAL_ERROR", "SOMETHING_NEW" })
    void anyOtherCategoryHasNoExceptionSoTheCallIsSentOnItsOwn(String category) {
        BatchError<String> error = new BatchError<>("error", category, null, "about this input", Map.of(), List.of(),
                Map.of(), null, List.of("input"));

        assertThat(PerInputFailures.toException(Operation.RECORDS_ASSOCIATE, Operation.BATCH_CREATE, error)).isNull();
    }

}
