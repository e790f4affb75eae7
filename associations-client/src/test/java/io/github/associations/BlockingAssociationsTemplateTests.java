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
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.github.associations.blocking.BlockingAssociationsOperations;
import io.github.associations.blocking.BlockingAssociationsTemplate;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.Fault;
import io.github.associations.error.HubSpotNotFoundException;
import io.github.associations.model.AssociatedRecord;
import io.github.associations.model.AssociationInput;
import io.github.associations.model.AssociationSpec;
import io.github.associations.model.BatchResult;
import io.github.associations.model.LabelsBetweenRecords;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The blocking facade against the emulator: the same calls, answers waited for, the
 * streaming list paged lazily.
 */
class BlockingAssociationsTemplateTests extends EmulatorTestSupport {

    private static final AssociationSpec UNLABELED = AssociationSpec
        .hubSpotDefined(AssociationTypeIds.CONTACT_TO_COMPANY);

    @Test
    void batchCreateWaitsForTheMergedResult() {
        BlockingAssociationsOperations blocking = new BlockingAssociationsTemplate(this.template);

        BatchResult<AssociationInput, LabelsBetweenRecords> result = blocking.batch()
            .create("contacts", "companies",
                    List.of(AssociationInput.of("1", "11", UNLABELED), AssociationInput.of("1", "12", UNLABELED)));

        assertThat(result.results()).hasSize(2);
        assertThat(result.errors()).isEmpty();
        assertThat(requests(EmulatorEndpoint.BATCH_CREATE)).hasSize(1);
    }

    @Test
    void streamingListIsPagedLazily() {
        associateContactWithCompanies(5);
        BlockingAssociationsOperations blocking = new BlockingAssociationsTemplate(this.template, null, 2);

        try (Stream<AssociatedRecord> records = blocking.records().list("contacts", "1", "companies")) {
            assertThat(requests(EmulatorEndpoint.RECORDS_LIST)).isEmpty();
            assertThat(records.limit(3).map(AssociatedRecord::toObjectId)).containsExactly("11", "12", "13");
        }
        assertThat(requests(EmulatorEndpoint.RECORDS_LIST)).hasSize(2);

        try (Stream<AssociatedRecord> records = blocking.records().list("contacts", "1", "companies")) {
            assertThat(records.map(AssociatedRecord::toObjectId)).containsExactly("11", "12", "13", "14", "15");
        }
        assertThat(requests(EmulatorEndpoint.RECORDS_LIST)).hasSize(5);
    }

    @Test
    void badArgumentsOfTheStreamingListFailWhenCalled() {
        BlockingAssociationsOperations blocking = new BlockingAssociationsTemplate(this.template);

        assertThatIllegalArgumentException().isThrownBy(() -> blocking.records().list("contacts", "x", "companies"))
            .withMessage("objectId must be a positive number, but was 'x'");
        assertThat(this.sent).hasValue(0);
    }

    @Test
    void hubSpotFailuresAreTheReactiveClientsExceptions() {
        BlockingAssociationsOperations blocking = new BlockingAssociationsTemplate(this.template);
        this.emulator.faults().injectNext(EmulatorEndpoint.LABELS_LIST, 1, Fault.status(404));

        assertThat(catchThrowable(() -> blocking.labels().list("contacts", "companies")))
            .isInstanceOf(HubSpotNotFoundException.class);
        assertThat(blocking.labels().list("contacts", "companies")).isNotEmpty();
    }

    @Test
    void callOnAReactorNonBlockingThreadIsRefusedBeforeAnythingIsSent() {
        BlockingAssociationsOperations blocking = new BlockingAssociationsTemplate(this.template);

        Throwable thrown = Mono.fromCallable(() -> blocking.labels().list("contacts", "companies"))
            .subscribeOn(Schedulers.parallel())
            .<Throwable>map((labels) -> new AssertionError("answered " + labels))
            .onErrorResume(Mono::just)
            .block();

        assertThat(thrown).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("a Reactor non-blocking thread, which must never wait")
            .hasMessageContaining("Schedulers.boundedElastic()");
        assertThat(this.sent).hasValue(0);
    }

    @Test
    void callThatOutlastsTheMaximumWaitFails() {
        AssociationsOperations never = new NeverAnsweringOperations(this.template);
        BlockingAssociationsOperations blocking = new BlockingAssociationsTemplate(never, Duration.ofMillis(50), 10);

        assertThatIllegalStateException().isThrownBy(() -> blocking.usage().requestHighUsageReport(7))
            .withMessageContaining("Timeout on blocking read");
    }

    @Test
    void maximumWaitMustBePositive() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new BlockingAssociationsTemplate(this.template, Duration.ZERO, 10))
            .withMessage("maxWait must be positive, but was PT0S");
        assertThatIllegalArgumentException().isThrownBy(() -> new BlockingAssociationsTemplate(null))
            .withMessage("operations must not be null");
    }

    private void associateContactWithCompanies(int count) {
        List<AssociationInput> inputs = IntStream.rangeClosed(1, count)
            .mapToObj((i) -> AssociationInput.of("1", String.valueOf(10 + i), UNLABELED))
            .toList();
        this.template.batch().create("contacts", "companies", inputs).block();
        this.emulator.requests().clear();
    }

    /**
     * The template's groups, but a usage report that is never answered.
     */
    @SuppressWarnings("deprecation") // v3 keeps working until HubSpot stops it
    private record NeverAnsweringOperations(AssociationsOperations delegate) implements AssociationsOperations {

        @Override
        public RecordAssociationOperations records() {
            return this.delegate.records();
        }

        @Override
        public BatchAssociationOperations batch() {
            return this.delegate.batch();
        }

        @Override
        public AssociationLabelOperations labels() {
            return this.delegate.labels();
        }

        @Override
        public AssociationLimitOperations limits() {
            return this.delegate.limits();
        }

        @Override
        public AssociationUsageOperations usage() {
            return (userId) -> Mono.never();
        }

        @Override
        public V3AssociationOperations v3() {
            return this.delegate.v3();
        }

    }

}
