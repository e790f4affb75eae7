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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import io.github.associations.AssociationTypeIds;
import io.github.associations.AssociationsTemplate;
import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.model.AssociationInput;
import io.github.associations.model.AssociationPage;
import io.github.associations.model.AssociationSpec;
import io.github.associations.resilience.RateLimitSettings;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Benchmark 2: the client's overhead. The same call, R1 on a record with 10 associations,
 * through {@code AssociationsOperations} and through a bare {@link WebClient} request
 * decoding the same model, against one emulator without limits, in one JVM, 64 calls in
 * flight. Warm-up rounds first, then measured rounds that alternate between the two so
 * that drift on the machine affects both alike.
 */
final class OverheadBenchmark {

    static final int IN_FLIGHT = 64;

    static final int CALLS_PER_ROUND = 20_000;

    static final int WARMUP_ROUNDS = 3;

    static final int MEASURED_ROUNDS = 7;

    /**
     * The client's throughput against a bare {@code WebClient}'s, pooled over the pairs.
     */
    static final double TARGET = 0.95;

    /** R1 in the client's default API version, 2026-09, which the client calls too. */
    private static final String R1 = "/crm/objects/2026-09/{objectType}/{objectId}/associations/{toObjectType}";

    private OverheadBenchmark() {
    }

    static BenchmarkResult run() {
        EmulatorOptions options = EmulatorOptions.builder().strictRecords(false).noRateLimit().noDailyLimit().build();
        try (HubSpotEmulator emulator = HubSpotEmulator.start(options)) {
            AssociationsTemplate client = BenchmarkClients.template(emulator, RateLimitSettings.disabled());
            AssociationSpec unlabeled = AssociationSpec.hubSpotDefined(AssociationTypeIds.CONTACT_TO_COMPANY);
            client.batch()
                .create("contacts", "companies",
                        IntStream.rangeClosed(1, 10)
                            .mapToObj((i) -> AssociationInput.of("1", Integer.toString(i), unlabeled))
                            .toList())
                .block();
            WebClient bare = WebClient.builder()
                .baseUrl(emulator.baseUrl())
                .defaultHeader("Authorization", "Bearer " + emulator.privateAppToken())
                .build();
            Supplier<Mono<AssociationPage>> throughClient = () -> client.records()
                .listPage("contacts", "1", "companies", 500, null);
            Supplier<Mono<AssociationPage>> throughBare = () -> bare.get()
                .uri(R1 + "?limit=500", "contacts", "1", "companies")
                .retrieve()
                .bodyToMono(AssociationPage.class);
            if (throughClient.get().block().results().size() != 10
                    || throughBare.get().block().results().size() != 10) {
                throw new IllegalStateException("The record should have 10 associations");
            }
            for (int i = 0; i < WARMUP_ROUNDS; i++) {
                round(throughBare);
                round(throughClient);
            }
            Round clientRounds = Round.empty();
            Round bareRounds = Round.empty();
            double[] pairRatios = new double[MEASURED_ROUNDS];
            for (int i = 0; i < MEASURED_ROUNDS; i++) {
                // Alternate which path goes first, so that neither always inherits the
                // other's garbage
                Round bareRound;
                Round clientRound;
                if (i % 2 == 0) {
                    bareRound = round(throughBare);
                    clientRound = round(throughClient);
                }
                else {
                    clientRound = round(throughClient);
                    bareRound = round(throughBare);
                }
                pairRatios[i] = clientRound.throughput() / bareRound.throughput();
                bareRounds = bareRounds.plus(bareRound);
                clientRounds = clientRounds.plus(clientRound);
            }
            // All calls over all time per path; the pairs' spread shows how noisy a
            // 2-core machine is
            Arrays.sort(pairRatios);
            double ratio = clientRounds.throughput() / bareRounds.throughput();
            double medianPairRatio = pairRatios[MEASURED_ROUNDS / 2];
            double addedP50 = (clientRounds.percentile(50) - bareRounds.percentile(50)) / 1e6;
            double addedP99 = (clientRounds.percentile(99) - bareRounds.percentile(99)) / 1e6;
            String setup = String.format(Locale.ROOT,
                    "R1 on a record with 10 associations, %d in flight, %d warm-up and %d measured pairs of rounds of "
                            + "%,d calls per path, side by side, alternating which goes first; the ratio pools all pairs "
                            + "(median pair %.3f, pairs from %.3f to %.3f); client with its "
                            + "defaults (retry on, observation without a registry) and rate limiting off, as the "
                            + "emulator has no limit.",
                    IN_FLIGHT, WARMUP_ROUNDS, MEASURED_ROUNDS, CALLS_PER_ROUND, medianPairRatio, pairRatios[0],
                    pairRatios[MEASURED_ROUNDS - 1]);
            return new BenchmarkResult(
                    "Overhead over a bare WebClient", setup, List.of(
                            new BenchmarkResult.Row("Throughput, client / bare WebClient",
                                    String.format(Locale.ROOT, "%.3f (%,.0f vs %,.0f calls/s)", ratio,
                                            clientRounds.throughput(), bareRounds.throughput()),
                                    String.format(Locale.ROOT, "≥ %.2f", TARGET), ratio >= TARGET),
                            new BenchmarkResult.Row("Added latency p50",
                                    String.format(Locale.ROOT, "%+.2f ms (%.2f vs %.2f ms)", addedP50,
                                            clientRounds.percentile(50) / 1e6, bareRounds.percentile(50) / 1e6),
                                    "reported", true),
                            new BenchmarkResult.Row("Added latency p99",
                                    String.format(Locale.ROOT, "%+.2f ms (%.2f vs %.2f ms)", addedP99,
                                            clientRounds.percentile(99) / 1e6, bareRounds.percentile(99) / 1e6),
                                    "reported", true)),
                    List.of(new BenchmarkResult.Bar("Overhead: client / bare throughput", ratio, TARGET)));
        }
    }

    private static Round round(Supplier<Mono<AssociationPage>> call) {
        long[] latencies = new long[CALLS_PER_ROUND];
        long started = System.nanoTime();
        Flux.range(0, CALLS_PER_ROUND).flatMap((i) -> {
            long callStarted = System.nanoTime();
            return call.get().doOnSuccess((page) -> latencies[i] = System.nanoTime() - callStarted);
        }, IN_FLIGHT).then().block(Duration.ofMinutes(5));
        return new Round(CALLS_PER_ROUND, System.nanoTime() - started, latencies);
    }

    /**
     * Calls, the time they took together, and each one's latency.
     */
    private record Round(long calls, long nanos, long[] latencies) {

        static Round empty() {
            return new Round(0, 0, new long[0]);
        }

        Round plus(Round other) {
            long[] merged = Arrays.copyOf(this.latencies, this.latencies.length + other.latencies.length);
            System.arraycopy(other.latencies, 0, merged, this.latencies.length, other.latencies.length);
            return new Round(this.calls + other.calls, this.nanos + other.nanos, merged);
        }

        double throughput() {
            return this.calls / (this.nanos / 1e9);
        }

        double percentile(int percentile) {
            long[] sorted = this.latencies.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
        }

    }

}
