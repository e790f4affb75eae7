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

import java.util.List;
import java.util.Locale;

import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.emulator.control.Fault;
import io.github.associations.emulator.control.RandomFaults;

/**
 * Benchmark: a bulk job at 190 per 10 s while the emulator injects seeded faults (5%
 * ten-secondly 429s without {@code Retry-After}, 3% 503s, 1% HTML 502s from a proxy, 1%
 * connections closed after the request was processed), beside the same job without
 * faults, both in this JVM after warm-up: 20,000 pairs by batch create (ten chunks), then
 * 380 by single PUT.
 */
final class FaultedJobBenchmark {

    static final long SEED = 20_261_128L;

    static final RandomFaults FAULTS = RandomFaults.seed(SEED)
        .with(0.05, Fault.tenSecondlyRateLimit())
        .with(0.03, Fault.serviceUnavailable())
        .with(0.01, Fault.htmlStatus(502))
        .with(0.01, Fault.closeAfterProcessing());

    private FaultedJobBenchmark() {
    }

    static BenchmarkResult run() {
        BulkJob job = BulkJob.PHASED_190;
        // Warm this JVM on the same job without a limit worth the name
        new BulkJob("warm-up", 1_000_000, job.window(), job.batchPairs(), job.singlePairs(), true).measureHere();
        BulkJob.Measurement clean = job.measureHere();
        System.out.println("  unfaulted: " + clean.summary());
        BulkJob.Measurement faulted;
        try (HubSpotEmulator emulator = HubSpotEmulator.start(job.emulatorOptions())) {
            emulator.faults().injectRandomly(FAULTS);
            faulted = job.measure(emulator, job.run(BenchmarkClients.template(emulator, job.clientRateLimit())));
        }
        System.out.println("  faulted: " + faulted.summary());
        String setup = String.format(Locale.ROOT,
                "%s, in the benchmark's JVM after a warm-up job; the emulator enforces the limit as a rolling "
                        + "window counted at arrival. Faulted: the emulator draws, with seed %d, 5%% ten-secondly "
                        + "429s (no Retry-After), 3%% 503s, 1%% HTML 502s and 1%% connections closed after "
                        + "processing. Rate: requests the window admitted (injected faults included) / time from "
                        + "the job's start to its last response / (limit / window).",
                capitalized(job.describe()), SEED);
        return new BenchmarkResult("Bulk job under faults", setup,
                List.of(new BenchmarkResult.Row("Unfaulted: time, batch phase, rate, 429s, lost", row(clean), "0 lost",
                        clean.lost() == 0),
                        new BenchmarkResult.Row("Faulted: time, batch phase, rate, 429s, lost",
                                row(faulted) + String.format(Locale.ROOT, "; %d faults injected", faulted.faulted()),
                                "0 lost", faulted.lost() == 0)),
                List.of(new BenchmarkResult.Bar("Faulted job: items stored / expected",
                        1 - faulted.lost() / (double) job.pairs(), 1.0),
                        new BenchmarkResult.Bar("Faulted job: achieved / allowed rate", faulted.ratio(), 0.97),
                        new BenchmarkResult.Bar("Unfaulted job: achieved / allowed rate", clean.ratio(), 0.97)));
    }

    private static String row(BulkJob.Measurement measured) {
        return String.format(Locale.ROOT,
                "%.1f s (batch phase %.1f s), rate %.3f, %d 429s from the window, %d lost " + "(%,d requests)",
                measured.seconds(), measured.batchSeconds(), measured.ratio(), measured.limited(), measured.lost(),
                measured.requests());
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

}
