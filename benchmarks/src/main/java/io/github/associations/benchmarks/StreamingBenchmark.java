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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.associations.AssociationsTemplate;
import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.resilience.RateLimitSettings;

/**
 * Benchmark 3: streaming a million associations of one record through the paging
 * {@code Flux} in a JVM started with {@code -Xmx64m}. The emulator runs here;
 * {@link #main(String[])} is the small JVM, which counts what it streams and reports its
 * heap: the peak, and what the heap held after garbage collection at 10%, 50%, 90% and
 * 100% of the stream.
 */
public final class StreamingBenchmark {

    static final long ASSOCIATIONS = 1_000_000;

    static final String HEAP = "-Xmx64m";

    private static final String RESULT = "STREAMING-RESULT ";

    private StreamingBenchmark() {
    }

    static BenchmarkResult run() {
        EmulatorOptions options = EmulatorOptions.builder().strictRecords(false).noRateLimit().noDailyLimit().build();
        try (HubSpotEmulator emulator = HubSpotEmulator.start(options)) {
            emulator.state().addSyntheticAssociations("contacts", "1", "companies", ASSOCIATIONS);
            String[] figures = runSmallJvm(emulator).split(" ");
            long streamed = Long.parseLong(figures[0]);
            double seconds = Long.parseLong(figures[1]) / 1000.0;
            double peakMb = Long.parseLong(figures[2]) / 1048576.0;
            List<Double> afterGcMb = new ArrayList<>();
            for (String value : figures[3].split(",")) {
                afterGcMb.add(Long.parseLong(value) / 1048576.0);
            }
            double first = afterGcMb.get(0);
            double last = afterGcMb.get(afterGcMb.size() - 1);
            // Flat: what survives a collection at the end is within 4 MB of what survived
            // at 10%
            boolean flat = last - first <= 4.0;
            String setup = String.format(Locale.ROOT,
                    "records().list(\"contacts\", \"1\", \"companies\") over %,d associations (pages of 500) in a child "
                            + "JVM started with %s; the emulator runs in the parent JVM.",
                    ASSOCIATIONS, HEAP);
            return new BenchmarkResult(
                    "Streaming in a small heap", setup, List.of(
                            new BenchmarkResult.Row("Associations streamed",
                                    String.format(Locale.ROOT, "%,d in %.1f s (%,.0f/s)", streamed, seconds,
                                            streamed / seconds),
                                    "all " + String.format(Locale.ROOT, "%,d", ASSOCIATIONS), streamed == ASSOCIATIONS),
                            new BenchmarkResult.Row("Peak heap used", String.format(Locale.ROOT, "%.1f MB", peakMb),
                                    "completes in 64 MB", streamed == ASSOCIATIONS),
                            new BenchmarkResult.Row("Heap after GC at 10/50/90/100%",
                                    afterGcMb.stream()
                                        .map((mb) -> String.format(Locale.ROOT, "%.1f", mb))
                                        .reduce((a, b) -> a + " / " + b)
                                        .orElse("") + " MB",
                                    "flat (growth ≤ 4 MB)", flat)),
                    List.of(new BenchmarkResult.Bar("Streaming in 64 MB: streamed / expected",
                            streamed / (double) ASSOCIATIONS, 1.0)),
                    List.of(heapPanel(peakMb, afterGcMb)));
        }
    }

    /**
     * Heap after GC at each progress point against the flatness line, and the peak
     * against the heap's limit.
     */
    private static BenchmarkResult.Panel heapPanel(double peakMb, List<Double> afterGcMb) {
        List<BenchmarkResult.Bar> bars = new ArrayList<>();
        String[] progress = { "10%", "50%", "90%", "100%" };
        for (int i = 0; i < afterGcMb.size(); i++) {
            bars.add(new BenchmarkResult.Bar("Heap after GC at " + progress[i] + " streamed", afterGcMb.get(i),
                    afterGcMb.get(0) + 4.0));
        }
        bars.add(new BenchmarkResult.Bar("Peak heap used", peakMb, 64.0));
        return new BenchmarkResult.Panel("Streaming in " + HEAP + ": heap in MB against flat (10% + 4 MB) and limit",
                64.0, 8.0, " MB", bars);
    }

    private static String runSmallJvm(HubSpotEmulator emulator) {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, HEAP, "-cp", System.getProperty("java.class.path"),
                StreamingBenchmark.class.getName(), emulator.baseUrl(), emulator.privateAppToken())
            .redirectErrorStream(true);
        try {
            Process process = builder.start();
            String result = null;
            try (BufferedReader output = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    if (line.startsWith(RESULT)) {
                        result = line.substring(RESULT.length());
                    }
                    else {
                        System.out.println("  [" + HEAP + " JVM] " + line);
                    }
                }
            }
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0 || result == null) {
                throw new IllegalStateException("The " + HEAP + " JVM failed (exit " + process.exitValue() + ")");
            }
            return result;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /**
     * The small JVM: stream every association and print
     * {@code STREAMING-RESULT <count> <millis> <peak heap bytes> <after-GC bytes at 10%,50%,90%,100%>}.
     * @param args the emulator's base URL and token
     */
    public static void main(String[] args) {
        AssociationsTemplate client = BenchmarkClients.template(args[0], args[1], RateLimitSettings.disabled());
        long[] checkpoints = { ASSOCIATIONS / 10, ASSOCIATIONS / 2, ASSOCIATIONS * 9 / 10 };
        List<Long> afterGc = new ArrayList<>();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(heapUsed(), Math::max);
                try {
                    Thread.sleep(20);
                }
                catch (InterruptedException ex) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        AtomicLong count = new AtomicLong();
        long started = System.nanoTime();
        client.records().list("contacts", "1", "companies").doOnNext((record) -> {
            long seen = count.incrementAndGet();
            for (long checkpoint : checkpoints) {
                if (seen == checkpoint) {
                    afterGc.add(heapAfterGc());
                }
            }
        }).then().block(Duration.ofMinutes(10));
        long millis = (System.nanoTime() - started) / 1_000_000;
        afterGc.add(heapAfterGc());
        sampler.interrupt();
        peak.accumulateAndGet(heapUsed(), Math::max);
        System.out.println(RESULT + count.get() + " " + millis + " " + peak.get() + " "
                + afterGc.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(""));
        System.exit(0);
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Heap in use right after a full collection: what the stream really holds on to. */
    private static long heapAfterGc() {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage usage = pool.getCollectionUsage();
            if (pool.getType() == MemoryType.HEAP && usage != null) {
                used += usage.getUsed();
            }
        }
        return used;
    }

}
