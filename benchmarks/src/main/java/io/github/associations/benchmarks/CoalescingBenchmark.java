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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.associations.AssociationTypeIds;
import io.github.associations.AssociationsTemplate;
import io.github.associations.client.AssociationsSettings;
import io.github.associations.client.CoalescingSettings;
import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.emulator.control.LoggedRequest;
import io.github.associations.model.AssociationSpec;
import io.github.associations.model.DefaultAssociation;
import io.github.associations.model.LabelsBetweenRecords;
import io.github.associations.resilience.RateLimitSettings;
import io.github.associations.resilience.RateLimitTier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Benchmark 6: the event-shaped job. 4,000 record-level calls (2,000 labelled associate,
 * 2,000 default associate, every one on a pair of its own) made by 200 concurrent
 * callers, each making its next call when it has the answer to its last, while the
 * emulator enforces 190 requests per 10 s and the client is configured for the same tier:
 * once with coalescing into batch requests, once without.
 */
final class CoalescingBenchmark {

    static final int CALLS = 4_000;

    static final int CALLERS = 200;

    static final int WINDOW_REQUESTS = 190;

    static final Duration WINDOW = Duration.ofSeconds(10);

    private static final AssociationSpec PRIMARY = AssociationSpec
        .hubSpotDefined(AssociationTypeIds.CONTACT_TO_COMPANY_PRIMARY);

    private CoalescingBenchmark() {
    }

    static BenchmarkResult run() {
        // Coalesced first: the JVM's first HTTP work, so its figures are the cold ones
        Measurement coalesced = measure(CoalescingSettings.enabledWithDefaults());
        Measurement single = measure(CoalescingSettings.disabled());
        double fewerRequests = single.requests() / (double) coalesced.requests();
        double lessTime = single.seconds() / coalesced.seconds();
        String setup = String.format(Locale.ROOT,
                "%,d calls (%,d records().associate with a label, %,d records().associateDefault, each on its own "
                        + "contact/company pair) by %d concurrent callers, each making its next call when it has "
                        + "its answer; emulator and client limited to %d requests per %d s (private app, "
                        + "Professional); coalescing with its defaults (%d ms window, at most %d calls per request) "
                        + "against none, one after the other in one JVM.",
                CALLS, CALLS / 2, CALLS / 2, CALLERS, WINDOW_REQUESTS, WINDOW.toSeconds(),
                CoalescingSettings.DEFAULT_WINDOW.toMillis(), CoalescingSettings.DEFAULT_MAX_INPUTS);
        return new BenchmarkResult(
                "Coalescing single calls into batch requests", setup, List.of(
                        new BenchmarkResult.Row("Requests sent (coalesced / single calls)",
                                String.format(Locale.ROOT, "%,d / %,d: %.1f× fewer", coalesced.requests(),
                                        single.requests(), fewerRequests),
                                "≥ 20× fewer", fewerRequests >= 20),
                        new BenchmarkResult.Row("Wall time (coalesced / single calls)",
                                String.format(Locale.ROOT, "%.2f s / %.1f s: %.1f× less", coalesced.seconds(),
                                        single.seconds(), lessTime),
                                "≥ 10× less", lessTime >= 10),
                        new BenchmarkResult.Row(
                                "429 responses (coalesced / single calls)",
                                coalesced.rejected() + " / " + single.rejected(), "informational", true),
                        new BenchmarkResult.Row("Items lost (coalesced / single calls)",
                                coalesced.lost() + " / " + single.lost(), "0",
                                coalesced.lost() == 0 && single.lost() == 0),
                        new BenchmarkResult.Row("Callers with a wrong or failed answer (coalesced / single calls)",
                                coalesced.wrong() + " / " + single.wrong(), "0",
                                coalesced.wrong() == 0 && single.wrong() == 0),
                        new BenchmarkResult.Row("Caller latency p50 / p99, coalesced",
                                String.format(Locale.ROOT, "%.0f ms / %.0f ms", coalesced.p50Millis(),
                                        coalesced.p99Millis()),
                                "informational", true),
                        new BenchmarkResult.Row("Caller latency p50 / p99, single calls",
                                String.format(Locale.ROOT, "%.0f ms / %.0f ms", single.p50Millis(), single.p99Millis()),
                                "informational", true)),
                List.of(new BenchmarkResult.Bar("Coalescing: requests saved / 20× target",
                        Math.min(fewerRequests / 20, 1.5), 1.0),
                        new BenchmarkResult.Bar("Coalescing: time saved / 10× target", Math.min(lessTime / 10, 1.5),
                                1.0)));
    }

    private static Measurement measure(CoalescingSettings coalescing) {
        EmulatorOptions options = EmulatorOptions.builder()
            .strictRecords(false)
            .rateLimit(WINDOW_REQUESTS, WINDOW)
            .noDailyLimit()
            .build();
        try (HubSpotEmulator emulator = HubSpotEmulator.start(options)) {
            AssociationsTemplate client = AssociationsTemplate.builder()
                .webClientBuilder(WebClient.builder())
                .privateAppToken(emulator.privateAppToken())
                .settings(AssociationsSettings.builder()
                    .baseUrl(emulator.baseUrl())
                    .responseTimeout(Duration.ofSeconds(30))
                    .rateLimit(RateLimitSettings.of(RateLimitTier.PRIVATE_APP_PROFESSIONAL))
                    .build())
                .coalescing(coalescing)
                .build();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>(CALLS));
            AtomicInteger wrong = new AtomicInteger();
            long started = System.nanoTime();
            Flux.range(0, CALLS).flatMap((i) -> Mono.defer(() -> {
                long subscribed = System.nanoTime();
                return call(client, i).doOnNext((correct) -> {
                    latencies.add(System.nanoTime() - subscribed);
                    if (!correct) {
                        wrong.incrementAndGet();
                    }
                }).onErrorResume((ex) -> {
                    wrong.incrementAndGet();
                    return Mono.empty();
                });
            }), CALLERS).blockLast(Duration.ofMinutes(15));
            double seconds = (System.nanoTime() - started) / 1e9;
            List<LoggedRequest> requests = emulator.requests().all();
            long rejected = requests.stream().filter((request) -> request.status() == 429).count();
            long stored = emulator.state().associationCount("contacts", "companies");
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf(Locale.ROOT, "  coalescing %s: %d requests, %.2f s, %d 429s, %d stored, %d wrong%n",
                    coalescing.enabled() ? "on" : "off", requests.size(), seconds, rejected, stored, wrong.get());
            return new Measurement(requests.size(), seconds, rejected, CALLS - stored, wrong.get(),
                    percentile(sorted, 0.50), percentile(sorted, 0.99));
        }
    }

    /**
     * One call, even ones labelled and odd ones default, each on a pair of its own.
     * @return whether the caller's answer is the one for its pair
     */
    private static Mono<Boolean> call(AssociationsTemplate client, int i) {
        String contact = Integer.toString(i + 1);
        String company = Integer.toString(1_000_000 + i + 1);
        if (i % 2 == 0) {
            return client.records()
                .associate("contacts", contact, "companies", company, PRIMARY)
                .map((labels) -> labels
                    .equals(new LabelsBetweenRecords("0-1", contact, "0-2", company, List.of("Primary"))));
        }
        return client.records()
            .associateDefault("contacts", contact, "companies", company)
            .map((associations) -> associations.size() == 2 && associations.stream()
                .map(DefaultAssociation::fromId)
                .toList()
                .containsAll(List.of(contact, company)) && associations
                    .stream()
                    .allMatch((
                            association) -> (association.fromId().equals(contact) && association.toId().equals(company))
                                    || (association.fromId().equals(company) && association.toId().equals(contact))));
    }

    private static double percentile(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }

    /**
     * What one run of the job measured.
     */
    private record Measurement(int requests, double seconds, long rejected, long lost, int wrong, double p50Millis,
            double p99Millis) {

    }

}
