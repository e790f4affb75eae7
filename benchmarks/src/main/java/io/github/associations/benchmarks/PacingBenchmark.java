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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark: pacing at HubSpot's limits. Single labelled PUTs at HubSpot's real windows
 * (200 at 100 per 10 s, 380 at 190 per 10 s) and the bulk job at its scaled-down window
 * (500 per 10 s), each once in a fresh JVM forked for the run (cold) and once in this JVM
 * after warm-up (warm), against an emulator that answers 429 whenever its rolling window,
 * counted at arrival, would exceed the limit. The rate is the requests the window
 * admitted divided by the time from the job's start to its last response, against the
 * limit divided by the window.
 */
final class PacingBenchmark {

    static final double TARGET = 0.97;

    private static final List<BulkJob> JOBS = List.of(BulkJob.SINGLE_100, BulkJob.SINGLE_190, BulkJob.BULK_500);

    /** Warms this JVM and the emulator's: the bulk job without a limit worth the name. */
    private static final BulkJob WARM_UP = new BulkJob("warm-up", 1_000_000, BulkJob.TEN_SECONDS, 20_000, 4_000, false);

    private PacingBenchmark() {
    }

    static BenchmarkResult run() {
        for (int i = 0; i < 2; i++) {
            WARM_UP.measureHere();
        }
        List<BenchmarkResult.Row> rows = new ArrayList<>();
        List<BenchmarkResult.Bar> bars = new ArrayList<>();
        for (BulkJob job : JOBS) {
            BulkJob.Measurement cold = ColdRun.measure(job);
            System.out.println("  cold " + job.name() + ": " + cold.summary());
            BulkJob.Measurement warm = job.measureHere();
            System.out.println("  warm " + job.name() + ": " + warm.summary());
            for (BulkJob.Measurement measured : List.of(cold, warm)) {
                String when = (measured == cold) ? "cold JVM" : "warm JVM";
                rows.add(new BenchmarkResult.Row(capitalized(job.describe()) + ", " + when, measured.summary(),
                        String.format(Locale.ROOT, "0 429s, rate ≥ %.2f, 0 lost", TARGET), measured.meets(TARGET)));
                bars.add(new BenchmarkResult.Bar("Pacing " + job.limit() + "/10 s " + shortName(job) + ", " + when,
                        measured.ratio(), TARGET));
            }
        }
        String setup = String.format(Locale.ROOT,
                "Each job once in a fresh JVM forked for the run (cold: the client is built, then the job starts on a "
                        + "signal) and once in the benchmark's JVM after two warm-up jobs (warm), each against a "
                        + "fresh emulator enforcing the job's limit as a rolling window counted at arrival; the "
                        + "client has its defaults with the same limit; single PUTs %d in flight. Rate: requests "
                        + "the window admitted / time from the job's start to its last response / (limit / window).",
                BulkJob.IN_FLIGHT);
        return new BenchmarkResult("Pacing at HubSpot's limits", setup, rows, bars);
    }

    private static String shortName(BulkJob job) {
        return (job.batchPairs() == 0) ? "PUTs" : "bulk";
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

}
