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

import java.util.List;

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.model.RecordPair;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Object types are HubSpot names or ids; anything else is refused before it can become a
 * path segment.
 */
class ObjectTypeTests extends EmulatorTestSupport {

    @ParameterizedTest
    @ValueSource(strings = { ".", "..", "../contacts", "contacts/..", "contacts/1", "%2e%2e", "contacts%2F1",
            " contacts", "con tacts", "contacts\t", "0-1/..", "0-", "-1", "0--1", "1-2-3", "_contacts", "9contacts",
            "contacts?x=1", "contacts#", "contacts;x", "kontakte\u00e9", "contacts\\..", "\u0000" })
    void objectTypeThatIsNotAHubSpotNameOrIdIsRefusedBeforeSending(String objectType) {
        Throwable thrown = catchThrowable(() -> this.template.records().list(objectType, "1", "companies").blockLast());
        Throwable thrownTo = catchThrowable(() -> this.template.batch()
            .associateDefault("contacts", objectType, List.of(RecordPair.of("1", "2")))
            .block());

        assertThat(thrown).isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith(
                    "objectType must be an object type id such as '0-1' or '2-12345', or a name such as "
                            + "'contacts' or 'p_custom_thing'")
            .hasMessageEndingWith("but was '" + objectType + "'");
        assertThat(thrownTo).isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("toObjectType must be an object type id")
            .hasMessageEndingWith("but was '" + objectType + "'");
        assertThat(this.sent).hasValue(0);
        assertThat(this.emulator.requests().count()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "contacts", "line_items", "p_custom_thing", "p12345_cars", "0-1", "2-12345", "COMPANIES" })
    void hubSpotNamesAndIdsAreSent(String objectType) {
        Flux.from(this.template.records().list(objectType, "1", "companies")).onErrorComplete().blockLast();

        assertThat(requests(EmulatorEndpoint.RECORDS_LIST)).singleElement()
            .satisfies(
                    (request) -> assertThat(request.path()).endsWith("/" + objectType + "/1/associations/companies"));
    }

}
