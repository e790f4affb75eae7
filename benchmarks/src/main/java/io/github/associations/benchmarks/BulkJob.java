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
 * A job of association writes under one rate limit: pairs by batch create and pairs by
 * single labelled PUT (R2, 32 in flight), either at the same time or the batch first and
 * then the PUTs. The emulator enforces the limit as a rolling window counted at arrival
 * and is the referee; the client is configured with the same limit.
 *
 * @param name the job's name, as a forked JVM is told which job to run
 * @param limit the requests allowed per window
 * @param window the window
 * @param batchPairs the pairs created by batch create
 * @param singlePairs the pairs created one PUT each
 * @param phased whether the PUTs start only once the batch is done
 */
record BulkJob(String name, int limit, Duration window, int batchPairs, int singlePairs, boolean phased) {

    static final Duration TEN_SECONDS = Duration.ofSeconds(10);

    /** Single PUTs at HubSpot's limit for most apps: 200 at 100 per 10 s. */
    static final BulkJob SINGLE_100 = new BulkJob("single-100", 100, TEN_SECONDS, 0, 200, false);

    /** Single PUTs at HubSpot's limit for apps on higher tiers: 380 at 190 per 10 s. */
    static final BulkJob SINGLE_190 = new BulkJob("single-190", 190, TEN_SECONDS, 0, 380, false);

    /**
     * The bulk job at its scaled-down window: 20,000 pairs by batch create and 2,000 by
     * single PUT at the same time, at 500 per 10 s.
     */
    static final BulkJob BULK_500 = new BulkJob("bulk-500", 500, TEN_SECONDS, 20_000, 2_000, false);

    /**
     * The faulted job: 20,000 pairs by batch create (ten chunks), then 380 by single PUT,
     * at 190 per 10 s.
     */
    static final BulkJob PHASED_190 = new BulkJob("phased-190", 190, TEN_SECONDS, 20_000, 380, true);

    static final List<BulkJob> ALL = List.of(SINGLE_100, SINGLE_190, BULK_500, PHASED_190);

    static final int IN_FLIGHT = 32;

    private static final AssociationSpec UNLABELED = AssociationSpec
        .hubSpotDefined(AssociationTypeIds.CONTACT_TO_COMPANY);

    static BulkJob named(String name) {
        return ALL.stream()
            .filter((job) -> job.name.equals(name))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("No job named '" + name + "'"));
    }

    int pairs() {
        return this.batchPairs + this.singlePairs;
    }

    double allowedRate() {
        return this.limit / (this.window.toNanos() / 1e9);
    }

    String describe() {
        if (this.batchPairs == 0) {
            return String.format(Locale.ROOT, "%,d single PUTs at %d per %d s", this.singlePairs, this.limit,
                    this.window.toSeconds());
        }
        return String.format(Locale.ROOT, "%,d pairs by batch create %s %,d by single PUT at %d per %d s",
                this.batchPairs, this.phased ? "then" : "and at the same time", this.singlePairs, this.limit,
                this.window.toSeconds());
    }

    /** The emulator as referee: this job's limit, no daily limit, records not checked. */
    EmulatorOptions emulatorOptions() {
        return EmulatorOptions.builder().strictRecords(false).rateLimit(this.limit, this.window).noDailyLimit().build();
    }

    /** The client's rate limit: its defaults, with this job's limit. */
    RateLimitSettings clientRateLimit() {
        return RateLimitSettings.defaults().withLimit(this.limit, this.window);
    }

    /**
     * Run the job.
     * @param client the client
     * @return what the client saw: the items it reported failed, and how long the job
     * took and its batch phase took
     */
    Run run(AssociationsTemplate client) {
        List<AssociationInput> batchInputs = IntStream.rangeClosed(1, this.batchPairs)
            .mapToObj((i) -> AssociationInput.of(Integer.toString(i), company(i), UNLABELED))
            .toList();
        long started = System.nanoTime();
        long[] batchDone = { started };
        Mono<Long> batch = (this.batchPairs == 0) ? Mono.just(0L)
                : client.batch()
                    .create("contacts", "companies", batchInputs)
                    .map((result) -> (long) result.failedInputs().size())
                    .onErrorResume((ex) -> Mono.just((long) this.batchPairs))
                    .doOnNext((failed) -> batchDone[0] = System.nanoTime());
        Mono<Long> singles = Flux.range(this.batchPairs + 1, this.singlePairs)
            .flatMap((i) -> client.records()
                .associate("contacts", Integer.toString(i), "companies", company(i), List.of(UNLABELED))
                .then(Mono.just(0L))
                .onErrorResume((ex) -> Mono.just(1L)), IN_FLIGHT)
            .reduce(0L, Long::sum);
        Mono<Long> job = this.phased ? batch.flatMap((failed) -> singles.map((more) -> failed + more))
                : Mono.zip(batch, singles, Long::sum);
        Long failures = job.block(Duration.ofMinutes(15));
        long finished = System.nanoTime();
        return new Run((failures != null) ? failures : this.pairs(), finished - started, batchDone[0] - started);
    }

    /**
     * Run the job in this JVM against a fresh emulator, with a fresh client.
     * @return the measurement
     */
    Measurement measureHere() {
        try (HubSpotEmulator emulator = HubSpotEmulator.start(emulatorOptions())) {
            AssociationsTemplate client = BenchmarkClients.template(emulator, clientRateLimit());
            return measure(emulator, run(client));
        }
    }

    /**
     * What the emulator saw of a run of this job.
     * @param emulator the emulator the run was against, its log holding only this run
     * @param run what the client saw
     * @return the measurement
     */
    Measurement measure(HubSpotEmulator emulator, Run run) {
        List<LoggedRequest> requests = emulator.requests().all();
        long limited = requests.stream()
            .filter((request) -> request.status() == 429 && request.fault() == null)
            .count();
        long faulted = requests.stream().filter((request) -> request.fault() != null).count();
        if (!requests.isEmpty()) {
            requests.stream()
                .filter((request) -> request.status() == 429 && request.fault() == null)
                .forEach((request) -> System.out.printf(Locale.ROOT, "  [%s] 429 at +%d ms: %s%n", this.name,
                        Duration.between(requests.get(0).time(), request.time()).toMillis(), request.endpoint()));
        }
        long stored = emulator.state().associationCount("contacts", "companies");
        return new Measurement(this, requests.size(), limited, faulted, pairs() - stored, run.failures(),
                run.nanos() / 1e9, run.batchNanos() / 1e9);
    }

    private static String company(int contact) {
        return Integer.toString(contact % 100 + 1);
    }

    /**
     * What the client saw of one run.
     *
     * @param failures the items it reported failed
     * @param nanos the time from the job's start to its last response
     * @param batchNanos the time from the job's start to the batch's last response
     */
    record Run(long failures, long nanos, long batchNanos) {

    }

    /**
     * One run of a job as the emulator, the referee, saw it.
     *
     * @param job the job
     * @param requests every request the emulator received
     * @param limited the requests it answered 429 because the window was full
     * @param faulted the requests that got an injected fault
     * @param lost the pairs expected but not stored
     * @param reportedFailures the pairs the client reported failed
     * @param seconds the time from the job's start to its last response
     * @param batchSeconds the time from the job's start to the batch's last response
     */
    record Measurement(BulkJob job, long requests, long limited, long faulted, long lost, long reportedFailures,
            double seconds, double batchSeconds) {

        /** The requests the window admitted: all but those it answered 429. */
        long admitted() {
            return this.requests - this.limited;
        }

        /** Admitted requests per second from the job's start to its last response. */
        double rate() {
            return admitted() / this.seconds;
        }

        /** The rate against the limit divided by the window. */
        double ratio() {
            return rate() / this.job.allowedRate();
        }

        boolean meets(double minimumRatio) {
            return this.limited == 0 && this.lost == 0 && ratio() >= minimumRatio;
        }

        String summary() {
            return String.format(Locale.ROOT, "rate %.3f, %d 429s, %d lost (%,d requests in %.1f s)", ratio(),
                    this.limited, this.lost, this.requests, this.seconds);
        }

    }

}
