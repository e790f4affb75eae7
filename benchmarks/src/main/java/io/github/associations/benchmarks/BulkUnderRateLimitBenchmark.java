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
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import io.github.associations.AssociationTypeIds;
import io.github.associations.AssociationsTemplate;
import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.emulator.control.LoggedRequest;
import io.github.associations.model.AssociationInput;
import io.github.associations.model.AssociationSpec;
import io.github.associations.resilience.RateLimitSettings;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Benchmark 1: a bulk job under a rate limit. 20,000 contact/company pairs through batch
 * create and 2,000 through single PUTs, at the same time, while the emulator enforces a
 * rolling window of 500 requests per 10 seconds (HubSpot's window length, scaled to 50
 * requests per second) and the client is configured with the same limit.
 */
final class BulkUnderRateLimitBenchmark {

    static final int BATCH_PAIRS = 20_000;

    static final int SINGLE_PAIRS = 2_000;

    static final int WINDOW_REQUESTS = 500;

    static final Duration WINDOW = Duration.ofSeconds(10);

    private static final AssociationSpec UNLABELED = AssociationSpec
        .hubSpotDefined(AssociationTypeIds.CONTACT_TO_COMPANY);

    private BulkUnderRateLimitBenchmark() {
    }

    static BenchmarkResult run() {
        RateLimitSettings defaults = RateLimitSettings.defaults().withLimit(WINDOW_REQUESTS, WINDOW);
        // The first HTTP job of this JVM: what an application's first bulk job after
        // start-up sees
        Measurement measured = measure(defaults);
        // The same job again, with the JVM and both HTTP stacks warm, and then with a
        // wider margin, to show where the
        // 429s of the first job come from (see the README)
        Measurement warm = measure(defaults);
        Duration wider = Duration.ofMillis(500);
        Measurement widerMargin = measure(new RateLimitSettings(true, WINDOW_REQUESTS, WINDOW, defaults.maxWait(),
                defaults.adaptive(), wider, defaults.dailyResetZone(), defaults.dailyCoolDown()));
        double allowedRate = WINDOW_REQUESTS / (double) WINDOW.toSeconds();
        String setup = String.format(Locale.ROOT,
                "%,d pairs by batch create and %,d by single PUT (32 in flight), at the same time; emulator and "
                        + "client limited to %d requests per %d s rolling window (%.0f/s), client safety margin "
                        + "%d ms (its default); %,d requests in %.1f s. This is the JVM's first HTTP work; the last "
                        + "two rows repeat the job in the then warm JVM, with the default margin and with a %d ms "
                        + "margin.",
                BATCH_PAIRS, SINGLE_PAIRS, WINDOW_REQUESTS, WINDOW.toSeconds(), allowedRate,
                defaults.safetyMargin().toMillis(), measured.requests(), measured.seconds(), wider.toMillis());
        return new BenchmarkResult(
                "Bulk under a rate limit", setup, List.of(
                        new BenchmarkResult.Row("Achieved / allowed request rate",
                                String.format(Locale.ROOT, "%.3f (%.1f of %.0f requests/s)", measured.ratio(),
                                        measured.ratio() * allowedRate, allowedRate),
                                "≥ 0.95", measured.ratio() >= 0.95),
                        new BenchmarkResult.Row("429 responses received",
                                String.format(Locale.ROOT, "%d (%.2f%% of requests, all retried)", measured.rejected(),
                                        100.0 * measured.rejected() / measured.requests()),
                                "0", measured.rejected() == 0),
                        new BenchmarkResult.Row("Items lost (expected − stored)",
                                measured.lost() + " (" + measured.reportedFailures() + " reported failed)", "0",
                                measured.lost() == 0),
                        new BenchmarkResult.Row(
                                "Same job again, warm JVM, " + defaults.safetyMargin().toMillis() + " ms safety margin",
                                String.format(Locale.ROOT, "rate ratio %.3f, %d 429s, %d lost", warm.ratio(),
                                        warm.rejected(), warm.lost()),
                                "informational", true),
                        new BenchmarkResult.Row("Same job again, warm JVM, " + wider.toMillis() + " ms safety margin",
                                String.format(Locale.ROOT, "rate ratio %.3f, %d 429s, %d lost", widerMargin.ratio(),
                                        widerMargin.rejected(), widerMargin.lost()),
                                "informational", true)),
                List.of(new BenchmarkResult.Bar("Bulk: achieved / allowed rate", measured.ratio(), 0.95),
                        new BenchmarkResult.Bar("Bulk: requests not answered 429",
                                1 - measured.rejected() / (double) measured.requests(), 1.0),
                        new BenchmarkResult.Bar("Bulk: items stored / expected",
                                1 - measured.lost() / (double) (BATCH_PAIRS + SINGLE_PAIRS), 1.0)));
    }

    private static Measurement measure(RateLimitSettings rateLimit) {
        EmulatorOptions options = EmulatorOptions.builder()
            .strictRecords(false)
            .rateLimit(WINDOW_REQUESTS, WINDOW)
            .noDailyLimit()
            .build();
        try (HubSpotEmulator emulator = HubSpotEmulator.start(options)) {
            AssociationsTemplate client = BenchmarkClients.template(emulator, rateLimit);
            List<AssociationInput> batchInputs = IntStream.rangeClosed(1, BATCH_PAIRS)
                .mapToObj((i) -> AssociationInput.of(Integer.toString(i), company(i), UNLABELED))
                .toList();
            long started = System.nanoTime();
            Mono<Integer> batchFailures = client.batch()
                .create("contacts", "companies", batchInputs)
                .map((result) -> result.failedInputs().size());
            Mono<Long> singleFailures = Flux.range(BATCH_PAIRS + 1, SINGLE_PAIRS)
                .flatMap((i) -> client.records()
                    .associate("contacts", Integer.toString(i), "companies", company(i), List.of(UNLABELED))
                    .then(Mono.just(0L))
                    .onErrorResume((ex) -> Mono.just(1L)), 32)
                .reduce(0L, Long::sum);
            Long reportedFailures = Mono.zip(batchFailures, singleFailures, (batch, single) -> batch + single)
                .block(Duration.ofMinutes(10));
            double seconds = (System.nanoTime() - started) / 1e9;
            List<LoggedRequest> requests = emulator.requests().all();
            List<LoggedRequest> rejected = requests.stream().filter((request) -> request.status() == 429).toList();
            rejected.forEach((request) -> System.out.printf(Locale.ROOT, "  429 at +%d ms: %s%n",
                    Duration.between(requests.get(0).time(), request.time()).toMillis(), request.endpoint()));
            long stored = emulator.state().associationCount("contacts", "companies");
            double ratio = (requests.size() / seconds) / (WINDOW_REQUESTS / (double) WINDOW.toSeconds());
            return new Measurement(ratio, rejected.size(), (BATCH_PAIRS + SINGLE_PAIRS) - stored,
                    (reportedFailures != null) ? reportedFailures : -1, requests.size(), seconds);
        }
    }

    private static String company(int contact) {
        return Integer.toString(contact % 100 + 1);
    }

    /**
     * What one run of the job measured.
     */
    private record Measurement(double ratio, long rejected, long lost, long reportedFailures, int requests,
            double seconds) {

    }

}
