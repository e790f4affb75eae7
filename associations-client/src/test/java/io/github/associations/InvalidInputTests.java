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

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import io.github.associations.model.ArchiveInput;
import io.github.associations.model.AssociationInput;
import io.github.associations.model.AssociationSpec;
import io.github.associations.model.LabelDefinition;
import io.github.associations.model.LimitInput;
import io.github.associations.model.RecordPair;
import io.github.associations.model.V3AssociationInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Bad input is refused before anything is sent, with a message naming the parameter and
 * the bad value.
 */
class InvalidInputTests extends EmulatorTestSupport {

    private static final AssociationSpec UNLABELED = AssociationSpec
        .hubSpotDefined(AssociationTypeIds.CONTACT_TO_COMPANY);

    @SuppressWarnings("deprecation") // v3 keeps working until HubSpot stops it
    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad("blank object type", (ops) -> ops.records().list(" ", "1", "companies"),
                        "objectType must not be blank, but was ' '"),
                bad("null object type", (ops) -> ops.records().list(null, "1", "companies"),
                        "objectType must not be blank, but was null"),
                bad("slash in object type", (ops) -> ops.records().list("contacts/1", "1", "companies"),
                        "objectType must be an object type id such as '0-1' or '2-12345', or a name such as 'contacts' or "
                                + "'p_custom_thing' (a letter, then letters, digits and underscores), but was 'contacts/1'"),
                bad("blank to object type", (ops) -> ops.records().listPage("contacts", "1", "", 10, null),
                        "toObjectType must not be blank, but was ''"),
                bad("non-numeric record id", (ops) -> ops.records().list("contacts", "abc", "companies"),
                        "objectId must be a positive number, but was 'abc'"),
                bad("zero record id", (ops) -> ops.records().remove("contacts", "0", "companies", "2"),
                        "objectId must be a positive number, but was '0'"),
                bad("negative record id", (ops) -> ops.records().remove("contacts", "1", "companies", "-2"),
                        "toObjectId must be a positive number, but was '-2'"),
                bad("record id beyond 64 bits",
                        (ops) -> ops.records().remove("contacts", "99999999999999999999", "companies", "2"),
                        "objectId must be a positive number, but was '99999999999999999999'"),
                bad("padded record id", (ops) -> ops.records().associateDefault("contacts", " 1", "companies", "2"),
                        "fromObjectId must be a positive number, but was ' 1'"),
                bad("limit zero", (ops) -> ops.records().listPage("contacts", "1", "companies", 0, null),
                        "limit must be between 1 and 500, but was 0"),
                bad("limit above 500", (ops) -> ops.records().listPage("contacts", "1", "companies", 501, null),
                        "limit must be between 1 and 500, but was 501"),
                bad("blank cursor", (ops) -> ops.records().listPage("contacts", "1", "companies", 10, " "),
                        "after must not be blank, but was ' '"),
                bad("no label types", (ops) -> ops.records().associate("contacts", "1", "companies", "2", List.of()),
                        "types must not be empty"),
                bad("null label type",
                        (ops) -> ops.records()
                            .associate("contacts", "1", "companies", "2", Arrays.asList(UNLABELED, null)),
                        "types[1] must not be null"),
                bad("type id zero",
                        (ops) -> ops.records()
                            .associate("contacts", "1", "companies", "2", AssociationSpec.hubSpotDefined(0)),
                        "types[0].typeId must be a positive 32-bit number, but was 0"),
                bad("null batch read ids", (ops) -> ops.batch().read("contacts", "companies", (List<String>) null),
                        "ids must not be null"),
                bad("bad id in batch read", (ops) -> ops.batch().read("contacts", "companies", List.of("1", "x")),
                        "ids[1] must be a positive number, but was 'x'"),
                bad("bad id in a published batch read",
                        (ops) -> ops.batch().read("contacts", "companies", Flux.just("1", "2.5")),
                        "ids element must be a positive number, but was '2.5'"),
                bad("null batch create input",
                        (ops) -> ops.batch()
                            .create("contacts", "companies", Collections.singletonList((AssociationInput) null)),
                        "inputs[0] must not be null"),
                bad("batch create input without types",
                        (ops) -> ops.batch()
                            .create("contacts", "companies", List.of(new AssociationInput("1", "2", List.of()))),
                        "inputs[0].types must not be empty"),
                bad("bad to id in batch create",
                        (ops) -> ops.batch()
                            .create("contacts", "companies", List.of(AssociationInput.of("1", "two", UNLABELED))),
                        "inputs[0].toId must be a positive number, but was 'two'"),
                bad("bad pair in a published associate default",
                        (ops) -> ops.batch()
                            .associateDefault("contacts", "companies",
                                    (Publisher<RecordPair>) Flux.just(RecordPair.of("1", "0"))),
                        "pairs element.toId must be a positive number, but was '0'"),
                bad("archive without to ids",
                        (ops) -> ops.batch()
                            .archive("contacts", "companies", List.of(new ArchiveInput("1", List.of()))),
                        "inputs[0].toIds must not be empty"),
                bad("bad object type in batch archive labels",
                        (ops) -> ops.batch()
                            .archiveLabels("", "companies", List.of(AssociationInput.of("1", "2", UNLABELED))),
                        "fromObjectType must not be blank, but was ''"),
                bad("label name with a hyphen",
                        (ops) -> ops.labels()
                            .create("contacts", "companies", LabelDefinition.single("billing-contact", "Billing")),
                        "definition.name must not contain a hyphen, but was 'billing-contact'"),
                bad("label name starting with a digit",
                        (ops) -> ops.labels()
                            .create("contacts", "companies", LabelDefinition.single("2nd_contact", "Second")),
                        "definition.name must not start with a digit, but was '2nd_contact'"),
                bad("blank label text",
                        (ops) -> ops.labels().create("contacts", "companies", LabelDefinition.single("billing", " ")),
                        "definition.label must not be blank, but was ' '"),
                bad("blank inverse label",
                        (ops) -> ops.labels()
                            .create("contacts", "companies", LabelDefinition.paired("manager", "Manager", "")),
                        "definition.inverseLabel must not be blank, but was ''"),
                bad("label update of type zero",
                        (ops) -> ops.labels().update("contacts", "companies", 0, "Label", null),
                        "associationTypeId must be a positive 32-bit number, but was 0"),
                bad("label delete of a negative type", (ops) -> ops.labels().delete("contacts", "companies", -4),
                        "associationTypeId must be a positive 32-bit number, but was -4"),
                bad("limit of zero",
                        (ops) -> ops.limits()
                            .create("deals", "contacts", List.of(LimitInput.of(AssociationSpec.hubSpotDefined(3), 0))),
                        "limits[0].maxToObjectIds must be a positive 32-bit number, but was 0"),
                bad("limit without category",
                        (ops) -> ops.limits().update("deals", "contacts", List.of(new LimitInput(null, 3, 5))),
                        "limits[0].category must not be null"),
                bad("user id zero", (ops) -> ops.usage().requestHighUsageReport(0),
                        "userId must be a positive 32-bit number, but was 0"),
                bad("user id beyond 32 bits", (ops) -> ops.usage().requestHighUsageReport(3_000_000_000L),
                        "userId must be a positive 32-bit number, but was 3000000000"),
                bad("blank v3 type",
                        (ops) -> ops.v3().create("contacts", "deals", List.of(V3AssociationInput.of("1", "2", ""))),
                        "inputs[0].type must not be blank, but was ''"),
                bad("bad v3 read id", (ops) -> ops.v3().read("contacts", "deals", List.of("1e3")),
                        "ids[0] must be a positive number, but was '1e3'"),
                bad("blank v3 types object type", (ops) -> ops.v3().types("contacts", null),
                        "toObjectType must not be blank, but was null"),
                bad("null category",
                        (ops) -> ops.batch()
                            .archiveLabels("contacts", "companies",
                                    List.of(AssociationInput.of("1", "2", new AssociationSpec(null, 5)))),
                        "inputs[0].types[0].category must not be null"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsRefusedBeforeAnythingIsSent(String description, Function<AssociationsOperations, Publisher<?>> call,
            String message) {
        Throwable thrown = catchThrowable(() -> {
            Publisher<?> publisher = call.apply(this.template);
            Flux.from(publisher).blockLast();
        });

        assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThat(this.sent).hasValue(0);
        assertThat(this.emulator.requests().count()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void argumentsKnownAtTheCallAreCheckedWhenTheMethodIsCalled(String description,
            Function<AssociationsOperations, Publisher<?>> call, String message) {
        Throwable thrown = catchThrowable(() -> call.apply(this.template));

        if (message.contains(" element")) {
            // Elements of a publisher are checked as they arrive, after subscription.
            assertThat(thrown).isNull();
        }
        else {
            assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        }
    }

    private static Arguments bad(String description, Function<AssociationsOperations, Publisher<?>> call,
            String message) {
        return Arguments.of(description, call, message);
    }

}
