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

package io.github.associations.emulator;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorOptions;
import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;
import reactor.util.Loggers;

/**
 * Throughput of simple R1 reads against the in-process emulator, every filter on (request
 * log, faults, authentication, rate limits set too high to reject, status drift), from a
 * Reactor Netty load generator in the same JVM: keep-alive connections, a fixed number of
 * requests in flight, a warm-up (long: throughput keeps climbing for about 15 s while the
 * JIT compiles the request path), then a measured period. Not a test; run it with
 * {@code ./mvnw -B -q -pl associations-emulator test-compile exec:java@benchmark} and
 * tune it with
 * {@code -Dbenchmark.concurrency=64 -Dbenchmark.warmup=15 -Dbenchmark.seconds=15}.
 */
public final class EmulatorBenchmark {

    private static final String R1 = "/crm/v4/objects/contacts/1/associations/companies";

    private EmulatorBenchmark() {
    }

    public static void main(String[] args) {
        Loggers.useJdkLoggers();
        int concurrency = Integer.getInteger("benchmark.concurrency", 64);
        Duration warmup = Duration.ofSeconds(Integer.getInteger("benchmark.warmup", 15));
        Duration measured = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 15));
        EmulatorOptions options = EmulatorOptions.builder()
            .rateLimit(Integer.MAX_VALUE, Duration.ofSeconds(10))
            .dailyLimit(Long.MAX_VALUE)
            .build();
        // The load generator gets its own event loop, so that it does not queue behind
        // the server's.
        LoopResources clientLoops = LoopResources.create("benchmark-client", 1, true);
        ConnectionProvider connections = ConnectionProvider.builder("benchmark")
            .maxConnections(concurrency)
            .pendingAcquireMaxCount(-1)
            .build();
        try (HubSpotEmulator emulator = HubSpotEmulator.start(options)) {
            seedTenAssociations(emulator);
            HttpClient client = HttpClient.create(connections)
                .runOn(clientLoops)
                .baseUrl(emulator.baseUrl())
                .headers((headers) -> headers.set("Authorization", "Bearer " + emulator.privateAppToken()));
            System.out.printf(Locale.ROOT,
                    "Emulator at %s, R1 on a record with 10 associations; %d in flight, %d s warm-up, %d s measured%n",
                    emulator.baseUrl(), concurrency, warmup.toSeconds(), measured.toSeconds());
            load(client, concurrency, warmup);
            long started = System.nanoTime();
            Counts counts = load(client, concurrency, measured);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "Request log: %d requests to R1 counted%n",
                    emulator.requests().count(EmulatorEndpoint.RECORDS_LIST));
            System.out.printf(Locale.ROOT, "R1 reads: %d ok, %d failed in %.1f s: %.0f requests/second%n", counts.ok,
                    counts.failed, seconds, counts.ok / seconds);
            if (counts.failed > 0) {
                System.exit(1);
            }
        }
        finally {
            connections.disposeLater().block(Duration.ofSeconds(5));
            clientLoops.disposeLater().block(Duration.ofSeconds(5));
        }
    }

    /**
     * Give contact 1 ten associated companies through the API, so that each R1 read lists
     * them.
     */
    private static void seedTenAssociations(HubSpotEmulator emulator) {
        List<String> companies = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        emulator.state().seedRecords("contacts", List.of("1"));
        emulator.state().seedRecords("companies", companies);
        HttpClient client = HttpClient.create()
            .baseUrl(emulator.baseUrl())
            .headers((headers) -> headers.set("Authorization", "Bearer " + emulator.privateAppToken()));
        for (String company : companies) {
            client.put()
                .uri("/crm/v4/objects/contacts/1/associations/default/companies/" + company)
                .response()
                .block(Duration.ofSeconds(5));
        }
        if (emulator.state().associations("contacts", "1", "companies").size() != companies.size()) {
            throw new IllegalStateException("Seeding the benchmark record failed");
        }
    }

    /**
     * Keep {@code concurrency} requests in flight for {@code duration}, then let the last
     * ones finish: cancelling requests in flight would tear down keep-alive connections
     * and count client-made failures.
     */
    private static Counts load(HttpClient client, int concurrency, Duration duration) {
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long deadline = System.nanoTime() + duration.toNanos();
        Flux.range(0, Integer.MAX_VALUE)
            .takeWhile((i) -> System.nanoTime() < deadline)
            .flatMap((i) -> client.get()
                .uri(R1)
                .responseSingle((response, body) -> body.asString()
                    .defaultIfEmpty("")
                    .map((text) -> response.status().code() == 200 && text.startsWith("{\"results\":")))
                .onErrorReturn(false), concurrency)
            .doOnNext((success) -> (success ? ok : failed).incrementAndGet())
            .blockLast(duration.plusSeconds(30));
        return new Counts(ok.get(), failed.get());
    }

    private record Counts(long ok, long failed) {
    }

}
