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

import java.util.Collection;
import java.util.List;

import io.github.associations.check.Arguments;
import io.github.associations.internal.CallPipeline;
import io.github.associations.internal.Calls;
import io.github.associations.model.ArchiveInput;
import io.github.associations.model.AssociationInput;
import io.github.associations.model.BatchReadItem;
import io.github.associations.model.BatchResult;
import io.github.associations.model.DefaultAssociation;
import io.github.associations.model.LabelsBetweenRecords;
import io.github.associations.model.RecordPair;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link BatchAssociationOperations} over the {@link CallPipeline}: each method checks
 * its inputs (a collection's when called, a publisher's as they arrive) and hands them to
 * the batch call described in {@link Calls}.
 */
final class DefaultBatchAssociationOperations implements BatchAssociationOperations {

    private final CallPipeline pipeline;

    DefaultBatchAssociationOperations(CallPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Mono<BatchResult<String, BatchReadItem>> read(String fromObjectType, String toObjectType,
            Collection<String> ids) {
        Object[] types = Calls.objectTypes(fromObjectType, toObjectType);
        List<String> checked = Arguments.batchInputs("ids", ids, Arguments::recordId);
        return this.pipeline.batchRead(Calls.BATCH_READ, Flux.fromIterable(checked).distinct(), types);
    }

    @Override
    public Mono<BatchResult<String, BatchReadItem>> read(String fromObjectType, String toObjectType,
            Publisher<String> ids) {
        Object[] types = Calls.objectTypes(fromObjectType, toObjectType);
        Arguments.notNull("ids", ids);
        Flux<String> checked = Flux.from(ids).map((id) -> Arguments.recordId("ids element", id));
        return this.pipeline.batchRead(Calls.BATCH_READ, checked.distinct(), types);
    }

    @Override
    public Mono<BatchResult<AssociationInput, LabelsBetweenRecords>> create(String fromObjectType, String toObjectType,
            Collection<AssociationInput> inputs) {
        Object[] types = Calls.objectTypes(fromObjectType, toObjectType);
        List<AssociationInput> checked = Arguments.batchInputs("inputs", inputs,
                DefaultBatchAssociationOperations::check);
        return this.pipeline.batch(Calls.BATCH_CREATE, Flux.fromIterable(checked), types);
    }

    @Override
    public Mono<BatchResult<AssociationInput, LabelsBetweenRecords>> create(String fromObjectType, String toObjectType,
            Publisher<AssociationInput> inputs) {
        Object[] types = Calls.objectTypes(fromObjectType, toObjectType);
        return this.pipeline.batch(Calls.BATCH_CREATE,
                checkedElements("inputs", inputs, DefaultBatchAssociationOperations::check), types);
    }

    @Override
    public Mono<BatchResult<RecordPair, DefaultAssociation>> associateDefault(String fromObjectType,
            String toObjectType, Collection<RecordPair> pairs) {
        Object[] types = Calls.objectTypes(fromObjectType, toObjectType);
        List<RecordPair> checked = Arguments.batchInputs("pairs", pairs, DefaultBatchAssociationOperations::check);
        return this.pipeline.batch(Calls.BATCH_ASSOCIATE_DEFAULT, Flux.fromIterable(checked), types);
    }

    @Override
    public Mono<BatchResult<RecordPair, DefaultAssociation>> associateDefault(String fromObjectType,
            String toObjectType, Publisher<RecordPair> pairs) {
        Object[] types = Calls.objectTypes(fromObjectType, toObjectType);
        return this.pipeline.batch(Calls.BATCH_ASSOCIATE_DEFAULT,
                checkedElements("pairs", pairs, DefaultBatchAssociationOperations::check), types);
    }

    @Override
    public Mono<BatchResult<ArchiveInput, Void>> archive(String fromObjectType, String toObjectType,
            Collection<ArchiveInput> inputs) {
        Object[] types = Calls.objectTypes(fromObjectType, toObjectType);
        List<ArchiveInput> checked = Arguments.batchInputs("inputs", inputs, DefaultBatchAssociationOperations::check);
        return this.pipeline.batch(Calls.BATCH_ARCHIVE, Flux.fromIterable(checked), types);
    }

    @Override
    public Mono<BatchResult<ArchiveInput, Void>> archive(String fromObjectType, String toObjectType,
            Publisher<ArchiveInput> inputs) {
        Object[] types = Calls.objectTypes(fromObjectType, toObjectType);
        return this.pipeline.batch(Calls.BATCH_ARCHIVE,
                checkedElements("inputs", inputs, DefaultBatchAssociationOperations::check), types);
    }

    @Override
    public Mono<BatchResult<AssociationInput, Void>> archiveLabels(String fromObjectType, String toObjectType,
            Collection<AssociationInput> inputs) {
        Object[] types = Calls.objectTypes(fromObjectType, toObjectType);
        List<AssociationInput> checked = Arguments.batchInputs("inputs", inputs,
                DefaultBatchAssociationOperations::check);
        return this.pipeline.batch(Calls.BATCH_ARCHIVE_LABELS, Flux.fromIterable(checked), types);
    }

    @Override
    public Mono<BatchResult<AssociationInput, Void>> archiveLabels(String fromObjectType, String toObjectType,
            Publisher<AssociationInput> inputs) {
        Object[] types = Calls.objectTypes(fromObjectType, toObjectType);
        return this.pipeline.batch(Calls.BATCH_ARCHIVE_LABELS,
                checkedElements("inputs", inputs, DefaultBatchAssociationOperations::check), types);
    }

    /**
     * The elements of a publisher, each checked as it arrives.
     */
    private static <T> Flux<T> checkedElements(String name, Publisher<T> elements, Checker<T> checker) {
        Arguments.notNull(name, elements);
        return Flux.from(elements).map((element) -> {
            checker.check(name + " element", element);
            return element;
        });
    }

    private static void check(String name, AssociationInput input) {
        Arguments.notNull(name, input);
        Arguments.recordId(name + ".fromId", input.fromId());
        Arguments.recordId(name + ".toId", input.toId());
        Arguments.specs(name + ".types", input.types());
    }

    private static void check(String name, RecordPair pair) {
        Arguments.notNull(name, pair);
        Arguments.recordId(name + ".fromId", pair.fromId());
        Arguments.recordId(name + ".toId", pair.toId());
    }

    private static void check(String name, ArchiveInput input) {
        Arguments.notNull(name, input);
        Arguments.recordId(name + ".fromId", input.fromId());
        Arguments.each(name + ".toIds", input.toIds(), Arguments::recordId);
    }

    /**
     * Checks one element, naming it in failures.
     *
     * @param <T> the element type
     */
    @FunctionalInterface
    private interface Checker<T> {

        void check(String name, T element);

    }

}
