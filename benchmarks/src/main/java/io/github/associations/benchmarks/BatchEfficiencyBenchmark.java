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

package io.github.associations.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import io.github.associations.AssociationTypeIds;
import io.github.associations.AssociationsTemplate;
import io.github.associations.client.AssociationsSettings;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.model.ArchiveInput;
import io.github.associations.model.AssociationInput;
import io.github.associations.model.AssociationSpec;
import io.github.associations.model.RecordPair;
import io.github.associations.model.V3AssociationInput;
import io.github.associations.resilience.RateLimitSettings;
import reactor.core.publisher.Mono;

/**
 * Benchmark 4: batch efficiency. For each batch call and several input counts N, the
 * requests the emulator received equal ceil(N / chunk size), with the client's default
 * chunk sizes (HubSpot's per-request maximums).
 */
final class BatchEfficiencyBenchmark {

    private static final AssociationSpec UNLABELED = AssociationSpec
        .hubSpotDefined(AssociationTypeIds.CONTACT_TO_COMPANY);

    private BatchEfficiencyBenchmark() {
    }

    @SuppressWarnings("deprecation") // v3 is measured while HubSpot serves it
    static BenchmarkResult run() {
        EmulatorOptions options = EmulatorOptions.builder().strictRecords(false).noRateLimit().noDailyLimit().build();
        try (HubSpotEmulator emulator = HubSpotEmulator.start(options)) {
            AssociationsTemplate client = BenchmarkClients.template(emulator, RateLimitSettings.disabled());
            AssociationsSettings settings = client.getSettings();
            List<Call> calls = List.of(
                    new Call("B1 batch read", EmulatorEndpoint.BATCH_READ, settings.batchReadChunkSize(),
                            (n) -> client.batch().read("contacts", "companies", ids(n))),
                    new Call("B2 batch create", EmulatorEndpoint.BATCH_CREATE, settings.batchCreateChunkSize(),
                            (n) -> client.batch().create("contacts", "companies", inputs(n))),
                    new Call("B3 batch associate default", EmulatorEndpoint.BATCH_ASSOCIATE_DEFAULT,
                            settings.batchAssociateDefaultChunkSize(),
                            (n) -> client.batch()
                                .associateDefault("contacts", "companies",
                                        IntStream.rangeClosed(1, n)
                                            .mapToObj((i) -> RecordPair.of(Integer.toString(i), "1"))
                                            .toList())),
                    new Call("B4 batch archive", EmulatorEndpoint.BATCH_ARCHIVE, settings.batchArchiveChunkSize(),
                            (n) -> client.batch()
                                .archive("contacts", "companies",
                                        IntStream.rangeClosed(1, n)
                                            .mapToObj((i) -> ArchiveInput.of(Integer.toString(i), "1"))
                                            .toList())),
                    new Call("B5 batch archive labels", EmulatorEndpoint.BATCH_ARCHIVE_LABELS,
                            settings.batchArchiveLabelsChunkSize(),
                            (n) -> client.batch().archiveLabels("contacts", "companies", inputs(n))),
                    new Call("v3 batch create", EmulatorEndpoint.V3_BATCH_CREATE, settings.v3CreateChunkSize(),
                            (n) -> client.v3().create("contacts", "deals", v3Inputs(n))),
                    new Call("v3 batch read", EmulatorEndpoint.V3_BATCH_READ, settings.v3ReadChunkSize(),
                            (n) -> client.v3().read("contacts", "deals", ids(n))),
                    new Call("v3 batch archive", EmulatorEndpoint.V3_BATCH_ARCHIVE, settings.v3ArchiveChunkSize(),
                            (n) -> client.v3().archive("contacts", "deals", v3Inputs(n))));
            List<BenchmarkResult.Row> rows = new ArrayList<>();
            long expectedTotal = 0;
            long sentTotal = 0;
            for (Call call : calls) {
                List<String> counts = new ArrayList<>();
                boolean met = true;
                for (int n : new int[] { 1, call.chunk(), call.chunk() + 1, 2_500 }) {
                    emulator.requests().clear();
                    call.run().apply(n).block(Duration.ofMinutes(2));
                    long sent = emulator.requests().count(call.endpoint());
                    long expected = (n + call.chunk() - 1) / call.chunk();
                    met &= sent == expected;
                    expectedTotal += expected;
                    sentTotal += sent;
                    counts.add(String.format(Locale.ROOT, "N=%,d: %d/%d", n, sent, expected));
                }
                rows.add(new BenchmarkResult.Row(call.name() + " (chunk " + call.chunk() + ")",
                        String.join("; ", counts), "sent = ceil(N / chunk)", met));
            }
            String setup = "Requests the emulator received per call for N = 1, chunk, chunk + 1 and 2,500 inputs, "
                    + "shown as sent/expected; chunk sizes are the client's defaults.";
            return new BenchmarkResult("Batch efficiency", setup, rows,
                    List.of(new BenchmarkResult.Bar("Batch: expected / sent requests",
                            expectedTotal / (double) sentTotal, 1.0)));
        }
    }

    private static List<String> ids(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(Integer::toString).toList();
    }

    private static List<AssociationInput> inputs(int n) {
        return IntStream.rangeClosed(1, n)
            .mapToObj((i) -> AssociationInput.of(Integer.toString(i), "1", UNLABELED))
            .toList();
    }

    private static List<V3AssociationInput> v3Inputs(int n) {
        return IntStream.rangeClosed(1, n)
            .mapToObj((i) -> V3AssociationInput.of(Integer.toString(i), "1", "contact_to_deal"))
            .toList();
    }

    /**
     * A batch call, its endpoint and chunk size, and how to send it for N inputs.
     */
    private record Call(String name, EmulatorEndpoint endpoint, int chunk, IntFunction<Mono<?>> run) {

    }

}
