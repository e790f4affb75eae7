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

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.associations.AssociationsTemplate;
import io.github.resilience4j.ratelimiter.RateLimiter;
import reactor.netty.http.client.HttpClient;
import reactor.util.Loggers;

import org.springframework.core.SpringVersion;

/**
 * Runs every benchmark in turn and writes {@code results.md} and {@code chart.svg} into
 * the directory given as the first argument. Figures are ratios and counts measured side
 * by side in one run, so they compare on any machine; the header says which machine and
 * versions produced them.
 */
public final class BenchmarkRunner {

    private BenchmarkRunner() {
    }

    /**
     * Run the benchmarks.
     * @param args the results directory
     * @throws IOException if the results cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path results = Paths.get((args.length > 0) ? args[0] : "benchmarks/results");
        Files.createDirectories(results);
        Loggers.useJdkLoggers();
        Logger.getLogger("").setLevel(Level.WARNING);
        String environment = environment();
        System.out.println(environment);
        // -Dbenchmarks.only=pacing,faulted,overhead,streaming,batch,shared,coalescing
        // runs some of
        // them (the results files are then partial); bulk is the old name of pacing
        Set<String> only = new HashSet<>(List.of(System.getProperty("benchmarks.only", "").split(",")));
        only.remove("");
        List<BenchmarkResult> measured = new ArrayList<>();
        if (only.isEmpty() || only.contains("pacing") || only.contains("bulk")) {
            measured.add(timed("Pacing at HubSpot's limits", PacingBenchmark::run));
        }
        if (only.isEmpty() || only.contains("faulted")) {
            measured.add(timed("Bulk job under faults", FaultedJobBenchmark::run));
        }
        if (only.isEmpty() || only.contains("overhead")) {
            measured.add(timed("Overhead over a bare WebClient", OverheadBenchmark::run));
        }
        if (only.isEmpty() || only.contains("streaming")) {
            measured.add(timed("Streaming in a small heap", StreamingBenchmark::run));
        }
        if (only.isEmpty() || only.contains("batch")) {
            measured.add(timed("Batch efficiency", BatchEfficiencyBenchmark::run));
        }
        if (only.isEmpty() || only.contains("shared")) {
            measured.add(timed("Three instances sharing one quota", SharedQuotaBenchmark::run));
        }
        if (only.isEmpty() || only.contains("coalescing")) {
            measured.add(timed("Coalescing single calls", CoalescingBenchmark::run));
        }
        Files.writeString(results.resolve("results.md"), ResultsReport.markdown(environment, measured));
        Files.writeString(results.resolve("chart.svg"), ResultsReport.svg(measured));
        System.out.println(ResultsReport.markdown(environment, measured));
        System.out.println("Wrote " + results.resolve("results.md") + " and " + results.resolve("chart.svg"));
        System.exit(0);
    }

    private static BenchmarkResult timed(String name, Supplier<BenchmarkResult> benchmark) {
        System.out.println("Running: " + name);
        long started = System.nanoTime();
        BenchmarkResult result = benchmark.get();
        System.out.printf(Locale.ROOT, "  done in %.1f s: %s%n", (System.nanoTime() - started) / 1e9,
                result.met() ? "targets met" : "a target missed");
        return result;
    }

    static String environment() {
        Runtime runtime = Runtime.getRuntime();
        long memory = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = os.getTotalMemorySize();
        }
        return String.format(Locale.ROOT,
                "Run on %s (UTC) on %s %s (%s), %s, %d processors, %s memory; %s %s; associations %s, Spring Boot %s "
                        + "(dependency management), Spring Framework %s, Reactor Netty %s, Resilience4j %s.",
                LocalDate.now(ZoneOffset.UTC), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"), cpuModel(), runtime.availableProcessors(),
                (memory > 0) ? String.format(Locale.ROOT, "%.1f GB", memory / 1073741824.0) : "unknown",
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                System.getProperty("project.version", version(AssociationsTemplate.class)),
                // No Spring Boot jar is on this class path: the build passes the version
                // whose BOM chose the others
                System.getProperty("spring-boot.version", "unknown"), SpringVersion.getVersion(),
                version(HttpClient.class), version(RateLimiter.class));
    }

    /** The processor's model as Linux names it, else "processor model unknown". */
    private static String cpuModel() {
        try {
            return Files.readAllLines(Paths.get("/proc/cpuinfo"))
                .stream()
                .filter((line) -> line.startsWith("model name"))
                .map((line) -> line.substring(line.indexOf(':') + 1).trim())
                .findFirst()
                .orElse("processor model unknown");
        }
        catch (IOException | RuntimeException ex) {
            return "processor model unknown";
        }
    }

    /** A library's version from its manifest, else from its jar's file name. */
    private static String version(Class<?> type) {
        String version = type.getPackage().getImplementationVersion();
        if (version != null) {
            return version;
        }
        try {
            Path location = Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            String name = location.getFileName().toString();
            Matcher matcher = Pattern.compile("-(\\d[^-]*(-SNAPSHOT)?)\\.jar$").matcher(name);
            return matcher.find() ? matcher.group(1) : "unknown";
        }
        catch (URISyntaxException | RuntimeException ex) {
            return "unknown";
        }
    }

}
