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
import java.util.function.Function;
import java.util.stream.Stream;

import io.github.associations.model.ArchiveInput;
import io.github.associations.model.AssociationInput;
import io.github.associations.model.BatchResult;
import io.github.associations.model.RecordPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * No inputs is an empty result and no request, whether the inputs are an empty
 * {@code List} or an empty {@code Flux}; empty lists inside one input stay errors.
 */
class EmptyBatchTests extends EmulatorTestSupport {

    @SuppressWarnings("deprecation") // v3 keeps working until HubSpot stops it
    static Stream<Arguments> batchCallsWithoutInputs() {
        return Stream.of(call("batch().read(List)", (ops) -> ops.batch().read("contacts", "companies", List.of())),
                call("batch().read(Flux)", (ops) -> ops.batch().read("contacts", "companies", Flux.<String>empty())),
                call("batch().create(List)", (ops) -> ops.batch().create("contacts", "companies", List.of())),
                call("batch().create(Flux)",
                        (ops) -> ops.batch().create("contacts", "companies", Flux.<AssociationInput>empty())),
                call("batch().associateDefault(List)",
                        (ops) -> ops.batch().associateDefault("contacts", "companies", List.of())),
                call("batch().associateDefault(Flux)",
                        (ops) -> ops.batch().associateDefault("contacts", "companies", Flux.<RecordPair>empty())),
                call("batch().archive(List)", (ops) -> ops.batch().archive("contacts", "companies", List.of())),
                call("batch().archive(Flux)",
                        (ops) -> ops.batch().archive("contacts", "companies", Flux.<ArchiveInput>empty())),
                call("batch().archiveLabels(List)",
                        (ops) -> ops.batch().archiveLabels("contacts", "companies", List.of())),
                call("batch().archiveLabels(Flux)",
                        (ops) -> ops.batch().archiveLabels("contacts", "companies", Flux.<AssociationInput>empty())),
                call("limits().create", (ops) -> ops.limits().create("deals", "contacts", List.of())),
                call("limits().update", (ops) -> ops.limits().update("deals", "contacts", List.of())),
                call("limits().purge", (ops) -> ops.limits().purge("deals", "contacts", List.of())),
                call("v3().create", (ops) -> ops.v3().create("contacts", "deals", List.of())),
                call("v3().read", (ops) -> ops.v3().read("contacts", "deals", List.of())),
                call("v3().archive", (ops) -> ops.v3().archive("contacts", "deals", List.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("batchCallsWithoutInputs")
    void emptyListOfInputsIsAnEmptyResultAndNoRequest(String name,
            Function<AssociationsOperations, Mono<? extends BatchResult<?, ?>>> call) {
        BatchResult<?, ?> result = call.apply(this.template).block();

        assertThat(result).isNotNull();
        assertThat(result.results()).isEmpty();
        assertThat(result.errors()).isEmpty();
        assertThat(result.requestCount()).isZero();
        assertThat(this.sent).hasValue(0);
        assertThat(this.emulator.requests().count()).isZero();
    }

    @Test
    void emptyListsInsideOneInputStayErrors() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.template.batch()
                .create("contacts", "companies", List.of(new AssociationInput("1", "2", List.of()))))
            .withMessage("inputs[0].types must not be empty");
        assertThatIllegalArgumentException().isThrownBy(
                () -> this.template.batch().archive("contacts", "companies", List.of(new ArchiveInput("1", List.of()))))
            .withMessage("inputs[0].toIds must not be empty");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.template.records().associate("contacts", "1", "companies", "2", List.of()))
            .withMessage("types must not be empty");
        assertThat(this.sent).hasValue(0);
    }

    @Test
    void nullListOfInputsIsRefusedNamingTheParameter() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.limits().purge("deals", "contacts", null))
            .withMessage("types must not be null");
    }

    private static Arguments call(String name,
            Function<AssociationsOperations, Mono<? extends BatchResult<?, ?>>> call) {
        return Arguments.of(name, call);
    }

}
