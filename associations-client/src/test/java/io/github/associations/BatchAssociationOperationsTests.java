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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import io.github.associations.client.ApiVersion;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.Fault;
import io.github.associations.emulator.control.LoggedRequest;
import io.github.associations.emulator.control.RandomFaults;
import io.github.associations.model.ArchiveInput;
import io.github.associations.model.AssociationInput;
import io.github.associations.model.AssociationSpec;
import io.github.associations.model.BatchError;
import io.github.associations.model.BatchReadItem;
import io.github.associations.model.BatchResult;
import io.github.associations.model.DefaultAssociation;
import io.github.associations.model.LabelsBetweenRecords;
import io.github.associations.model.LimitInput;
import io.github.associations.model.RecordPair;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * B1–B5 against the emulator, in the default API version (2026-09) unless a test checks
 * v4's answer: chunking, per-input paging, merged results and per-input errors.
 */
class BatchAssociationOperationsTests extends EmulatorTestSupport {

    private static final AssociationSpec UNLABELED = AssociationSpec
        .hubSpotDefined(AssociationTypeIds.CONTACT_TO_COMPANY);

    private static final AssociationSpec PRIMARY = AssociationSpec
        .hubSpotDefined(AssociationTypeIds.CONTACT_TO_COMPANY_PRIMARY);

    @Test
    void readOfTwentyFiveHundredIdsSendsThreeRequestsOfAtMostAThousand() {
        List<String> ids = ids(1, 2500);
        for (int contact = 1; contact <= 2500; contact += 100) {
            this.template.records().associateDefault("contacts", Integer.toString(contact), "companies", "9").block();
        }

        BatchResult<String, BatchReadItem> result = this.template.batch().read("contacts", "companies", ids).block();

        List<LoggedRequest> requests = requests(EmulatorEndpoint.BATCH_READ);
        assertThat(requests).hasSize(3);
        assertThat(requests).extracting((request) -> body(request).get("inputs").size())
            .containsExactlyInAnyOrder(1000, 1000, 500);
        assertThat(result.requestCount()).isEqualTo(3);
        assertThat(result.results()).hasSize(25);
        assertThat(result.results()).extracting(BatchReadItem::fromId)
            .containsExactlyElementsOf(
                    IntStream.iterate(1, (i) -> i + 100).limit(25).mapToObj(Integer::toString).toList());
        assertThat(result.errors()).hasSize(2475).allSatisfy((error) -> {
            assertThat(error.category()).isEqualTo("OBJECT_NOT_FOUND");
            assertThat(error.subCategory()).isEqualTo("crm.associations.NO_ASSOCIATIONS_FOUND");
            assertThat(error.inputs()).hasSize(1);
            assertThat(error.context().get("fromObjectId")).containsExactlyElementsOf(error.inputs());
        });
        assertThat(result.failedInputs()).hasSize(2475).doesNotContain("1", "101", "2401");
    }

    @Test
    void readFollowsEachRecordsOwnPagingToTheEnd() {
        this.emulator.state().addSyntheticAssociations("contacts", "1", "companies", 1250);
        this.emulator.state().addSyntheticAssociations("contacts", "2", "companies", 3);

        BatchResult<String, BatchReadItem> result = this.template.batch()
            .read("contacts", "companies", List.of("1", "2", "3"))
            .block();

        List<LoggedRequest> requests = requests(EmulatorEndpoint.BATCH_READ);
        assertThat(requests).hasSize(3);
        JsonNode second = body(requests.get(1)).get("inputs");
        assertThat(second).hasSize(1);
        assertThat(second.get(0).get("id").asString()).isEqualTo("1");
        assertThat(second.get(0).get("after").asString()).isNotBlank();
        assertThat(result.results()).extracting(BatchReadItem::fromId).containsExactly("1", "2");
        assertThat(result.results().get(0).associatedRecords()).hasSize(1250)
            .extracting((record) -> record.toObjectId())
            .doesNotHaveDuplicates();
        assertThat(result.results().get(1).associatedRecords()).hasSize(3);
        assertThat(result.errors()).singleElement()
            .satisfies((error) -> assertThat(error.inputs()).containsExactly("3"));
        assertThat(result.requestCount()).isEqualTo(3);
    }

    @Test
    void readOfAPublisherReadsRepeatedIdsOnce() {
        this.template.records().associateDefault("contacts", "1", "companies", "2").block();

        BatchResult<String, BatchReadItem> result = this.template.batch()
            .read("contacts", "companies", Flux.just("1", "1", "1"))
            .block();

        assertThat(body(onlyRequest(EmulatorEndpoint.BATCH_READ)).get("inputs")).hasSize(1);
        assertThat(result.results()).singleElement()
            .satisfies((item) -> assertThat(item.associatedRecords()).hasSize(1));
    }

    @Test
    void createOfFourThousandOneInputsSendsThreeRequestsAndTiesEveryErrorToItsInput() {
        // One chunk at a time: which of two conflicting inputs exceeds the limit depends
        // on the order HubSpot sees them.
        restart((options) -> options, (settings) -> settings.batchConcurrency(1));
        this.template.limits().create("contacts", "companies", List.of(LimitInput.of(UNLABELED, 1))).block();
        List<AssociationInput> inputs = new ArrayList<>();
        for (int i = 1; i <= 4001; i++) {
            // Contacts 1..10 get a second company too: over the configured limit of one
            // company per contact.
            inputs.add(AssociationInput.of(Integer.toString(i), "5000", UNLABELED));
        }
        for (int i = 1; i <= 10; i++) {
            inputs.add(AssociationInput.of(Integer.toString(i), "6000", UNLABELED));
        }

        BatchResult<AssociationInput, LabelsBetweenRecords> result = this.template.batch()
            .create("contacts", "companies", inputs)
            .block();

        List<LoggedRequest> requests = requests(EmulatorEndpoint.BATCH_CREATE);
        assertThat(requests).extracting((request) -> body(request).get("inputs").size())
            .containsExactly(2000, 2000, 11);
        assertThat(result.requestCount()).isEqualTo(3);
        assertThat(result.results()).hasSize(4001)
            .allSatisfy((labels) -> assertThat(labels.toObjectId()).isEqualTo("5000"));
        assertThat(result.errors()).hasSize(10);
        assertThat(result.failedInputs()).containsExactlyElementsOf(inputs.subList(4001, 4011));
        assertThat(this.emulator.state().associations("companies", "5000", "contacts")).hasSize(4001);
        assertThat(this.emulator.state().associations("companies", "6000", "contacts")).isEmpty();
    }

    @Test
    void createSendsEachPairWithItsTypes() {
        BatchResult<AssociationInput, LabelsBetweenRecords> result = this.template.batch()
            .create("contacts", "companies", List.of(AssociationInput.of("1", "2", PRIMARY)))
            .block();

        assertThat(body(onlyRequest(EmulatorEndpoint.BATCH_CREATE)).toString()).isEqualTo("{\"inputs\":[{\"from\":{"
                + "\"id\":\"1\"},\"to\":{\"id\":\"2\"},\"types\":[{\"associationCategory\":\"HUBSPOT_DEFINED\","
                + "\"associationTypeId\":1}]}]}");
        assertThat(result.results())
            .containsExactly(new LabelsBetweenRecords("0-1", "1", "0-2", "2", List.of("Primary")));
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void chunksRunWithTheConfiguredConcurrency() {
        restart((options) -> options, (settings) -> settings.batchCreateChunkSize(10).batchConcurrency(3));
        this.emulator.faults().injectRandomly(RandomFaults.seed(1).with(1.0, Fault.latency(Duration.ofMillis(100))));
        List<AssociationInput> inputs = IntStream.rangeClosed(1, 90)
            .mapToObj((i) -> AssociationInput.of(Integer.toString(i), "7", UNLABELED))
            .toList();

        BatchResult<AssociationInput, LabelsBetweenRecords> result = this.template.batch()
            .create("contacts", "companies", inputs)
            .block();

        assertThat(result.requestCount()).isEqualTo(9);
        assertThat(result.results()).extracting(LabelsBetweenRecords::fromObjectId)
            .containsExactlyElementsOf(inputs.stream().map(AssociationInput::fromId).toList());
        // Every response is held back 100 ms, so chunks overlap up to the bound, never
        // beyond it.
        assertThat(this.maxInFlight).hasValue(3);
    }

    @Test
    void associateDefaultReturnsBothDirectionsOfEveryPair() {
        BatchResult<RecordPair, DefaultAssociation> result = this.template.batch()
            .associateDefault("contacts", "companies", List.of(RecordPair.of("1", "2"), RecordPair.of("3", "4")))
            .block();

        assertThat(body(onlyRequest(EmulatorEndpoint.BATCH_ASSOCIATE_DEFAULT)).toString())
            .isEqualTo("{\"inputs\":[{\"from\":{\"id\":\"1\"},\"to\":{\"id\":\"2\"}},{\"from\":{\"id\":\"3\"},"
                    + "\"to\":{\"id\":\"4\"}}]}");
        assertThat(result.results()).contains(new DefaultAssociation("1", "2", UNLABELED),
                new DefaultAssociation("2", "1", AssociationSpec.hubSpotDefined(AssociationTypeIds.COMPANY_TO_CONTACT)),
                new DefaultAssociation("3", "4", UNLABELED));
        assertThat(this.emulator.state().associations("contacts", "3", "companies")).hasSize(1);
    }

    @Test
    void associateDefaultReportsPerInputErrorsOfA200() {
        restart((options) -> options.strictRecords(true), (settings) -> settings);
        this.emulator.state().seedRecords("contacts", List.of("1"));
        this.emulator.state().seedRecords("companies", List.of("2"));

        BatchResult<RecordPair, DefaultAssociation> result = this.template.batch()
            .associateDefault("contacts", "companies", List.of(RecordPair.of("1", "2"), RecordPair.of("1", "99")))
            .block();

        assertThat(onlyRequest(EmulatorEndpoint.BATCH_ASSOCIATE_DEFAULT).status()).isEqualTo(200);
        assertThat(result.results()).hasSize(2);
        assertThat(result.errors()).singleElement().satisfies((BatchError<RecordPair> error) -> {
            assertThat(error.category()).isEqualTo("VALIDATION_ERROR");
            assertThat(error.inputs()).containsExactly(RecordPair.of("1", "99"));
        });
    }

    @Test
    void archiveRemovesEveryAssociationOfEachPairInChunks() {
        // v4's answer, 204 without a body (the dated versions' is in ApiVersionTests)
        restart((options) -> options, (settings) -> settings.batchArchiveChunkSize(2).apiVersion(ApiVersion.V4));
        for (String company : List.of("2", "3", "4")) {
            this.template.records().associate("contacts", "1", "companies", company, PRIMARY).block();
        }
        this.template.records().associateDefault("contacts", "5", "companies", "2").block();

        BatchResult<ArchiveInput, Void> result = this.template.batch()
            .archive("contacts", "companies",
                    List.of(ArchiveInput.of("1", "2", "3"), ArchiveInput.of("5", "2"), ArchiveInput.of("6", "2")))
            .block();

        List<LoggedRequest> requests = requests(EmulatorEndpoint.BATCH_ARCHIVE);
        assertThat(requests).hasSize(2).allSatisfy((request) -> assertThat(request.status()).isEqualTo(204));
        assertThat(requests).extracting((request) -> body(request).toString())
            .contains("{\"inputs\":[{\"from\":{"
                    + "\"id\":\"1\"},\"to\":[{\"id\":\"2\"},{\"id\":\"3\"}]},{\"from\":{\"id\":\"5\"},\"to\":[{\"id\":"
                    + "\"2\"}]}]}");
        assertThat(result.results()).isEmpty();
        assertThat(result.errors()).isEmpty();
        assertThat(result.requestCount()).isEqualTo(2);
        assertThat(this.emulator.state().associations("contacts", "1", "companies"))
            .extracting((association) -> association.toObjectId())
            .containsExactly("4");
        assertThat(this.emulator.state().associations("contacts", "5", "companies")).isEmpty();
    }

    @Test
    void archiveLabelsRemovesOnlyTheNamedLabels() {
        // v4's answer, 204 without a body (the dated versions' is in ApiVersionTests)
        restart((options) -> options, (settings) -> settings.apiVersion(ApiVersion.V4));
        this.template.records().associate("contacts", "1", "companies", "2", PRIMARY).block();

        BatchResult<AssociationInput, Void> result = this.template.batch()
            .archiveLabels("contacts", "companies", List.of(AssociationInput.of("1", "2", PRIMARY)))
            .block();

        assertThat(onlyRequest(EmulatorEndpoint.BATCH_ARCHIVE_LABELS).status()).isEqualTo(204);
        assertThat(result.requestCount()).isEqualTo(1);
        assertThat(this.emulator.state().associations("contacts", "1", "companies")).singleElement()
            .satisfies((association) -> assertThat(association.types()).extracting((type) -> type.typeId())
                .containsExactly(AssociationTypeIds.CONTACT_TO_COMPANY));
    }

    @Test
    void anEmptyPublisherSendsNothing() {
        BatchResult<AssociationInput, LabelsBetweenRecords> result = this.template.batch()
            .create("contacts", "companies", Flux.<AssociationInput>empty())
            .block();

        assertThat(result.results()).isEmpty();
        assertThat(result.requestCount()).isZero();
        assertThat(this.sent).hasValue(0);
    }

    static List<String> ids(int first, int last) {
        return IntStream.rangeClosed(first, last).mapToObj(Integer::toString).toList();
    }

}
