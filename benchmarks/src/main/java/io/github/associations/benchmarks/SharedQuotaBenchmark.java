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
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import io.github.associations.AssociationTypeIds;
import io.github.associations.AssociationsTemplate;
import io.github.associations.client.AssociationsSettings;
import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.emulator.control.LoggedRequest;
import io.github.associations.model.AssociationSpec;
import io.github.associations.redis.RedisRateLimitStore;
import io.github.associations.resilience.RateLimitSettings;
import io.github.associations.resilience.RateLimitStore;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Benchmark: one HubSpot quota shared by three instances of an application. Three JVMs,
 * forked here and started together, each send 100 single PUTs (32 in flight) with one
 * private app's token against one emulator enforcing 100 requests per 10-second rolling
 * window: first counting against one window in Redis, then each with its own window in
 * memory, for the 429s that sharing prevents. Redis is the machine's at 127.0.0.1:6379,
 * else a {@code redis-server} started on a free port; the keys have a prefix of their own
 * per run.
 * <p>
 * {@link #main(String[])} is one instance: it builds the client, connects, says
 * {@value #READY}, waits for {@value #GO} on its standard input, sends its PUTs and
 * prints what it did.
 */
final class SharedQuotaBenchmark {

    static final int INSTANCES = 3;

    static final int PUTS_PER_INSTANCE = 100;

    static final int WINDOW_REQUESTS = 100;

    static final Duration WINDOW = Duration.ofSeconds(10);

    private static final String READY = "READY";

    private static final String GO = "GO";

    private static final String RESULT = "RESULT ";

    private static final String HEAP = "-Xmx256m";

    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private static final AssociationSpec UNLABELED = AssociationSpec
        .hubSpotDefined(AssociationTypeIds.CONTACT_TO_COMPANY);

    private SharedQuotaBenchmark() {
    }

    static BenchmarkResult run() {
        double allowedRate = WINDOW_REQUESTS / (double) WINDOW.toSeconds();
        int expected = INSTANCES * PUTS_PER_INSTANCE;
        try (LocalRedis redis = LocalRedis.find()) {
            Measurement shared = (redis != null) ? measure(redis) : null;
            Measurement alone = measure(null);
            String setup = String.format(Locale.ROOT,
                    "%d JVMs, forked and started together, each %d single PUTs (32 in flight) with one private app's "
                            + "token; the emulator enforces %d requests per %d s rolling window (%.0f/s) for the "
                            + "token, and each client is configured with the same limit. Shared: every instance "
                            + "counts against one window in Redis (%s). Alone: each counts against its own window in "
                            + "memory. The rate is the accepted requests divided by the time from the start signal "
                            + "to the last instance's last response, against the allowed rate.",
                    INSTANCES, PUTS_PER_INSTANCE, WINDOW_REQUESTS, WINDOW.toSeconds(), allowedRate,
                    (redis != null) ? redis.description() : "no Redis found: not measured");
            List<BenchmarkResult.Row> rows = new ArrayList<>();
            List<BenchmarkResult.Bar> bars = new ArrayList<>();
            if (shared != null) {
                rows.add(new BenchmarkResult.Row("Shared through Redis: achieved / allowed request rate",
                        String.format(Locale.ROOT, "%.3f (%.1f of %.0f requests/s, %d requests in %.1f s)",
                                shared.ratio(), shared.ratio() * allowedRate, allowedRate, shared.accepted(),
                                shared.seconds()),
                        "≥ 0.95", shared.ratio() >= 0.95));
                rows.add(new BenchmarkResult.Row("Shared through Redis: 429 responses received",
                        Long.toString(shared.rejected()), "0", shared.rejected() == 0));
                rows.add(new BenchmarkResult.Row("Shared through Redis: items lost (expected − stored)",
                        shared.lost() + " (" + shared.reportedFailures() + " reported failed)", "0",
                        shared.lost() == 0));
                rows.add(new BenchmarkResult.Row("Shared through Redis: slots taken in Redis / locally",
                        shared.sharedSlots() + " / " + shared.localSlots(), "all in Redis",
                        shared.localSlots() == 0 && shared.sharedSlots() > 0));
                bars.add(new BenchmarkResult.Bar("Shared quota: achieved / allowed rate", shared.ratio(), 0.95));
                bars.add(new BenchmarkResult.Bar("Shared quota: requests not answered 429",
                        1 - shared.rejected() / (double) (shared.accepted() + shared.rejected()), 1.0));
                bars.add(new BenchmarkResult.Bar("Shared quota: items stored / expected",
                        1 - shared.lost() / (double) expected, 1.0));
            }
            else {
                rows.add(new BenchmarkResult.Row("Shared through Redis",
                        "not measured: no Redis at 127.0.0.1:6379 " + "and no redis-server on the PATH", "measured",
                        false));
            }
            rows.add(new BenchmarkResult.Row(
                    "Each alone, in memory: rate, 429s, items lost", String.format(Locale.ROOT,
                            "rate ratio %.3f, %d 429s, %d lost", alone.ratio(), alone.rejected(), alone.lost()),
                    "informational", true));
            return new BenchmarkResult("Three instances sharing one quota", setup, rows, bars);
        }
    }

    /**
     * Run the three instances, sharing through the given Redis or, without one, each
     * alone.
     */
    private static Measurement measure(@Nullable LocalRedis redis) {
        EmulatorOptions options = EmulatorOptions.builder()
            .strictRecords(false)
            .rateLimit(WINDOW_REQUESTS, WINDOW)
            .noDailyLimit()
            .build();
        String keyPrefix = "hubspot:rate-limit:benchmark-" + UUID.randomUUID() + ":";
        try (HubSpotEmulator emulator = HubSpotEmulator.start(options)) {
            List<Instance> instances = new ArrayList<>();
            try {
                for (int i = 0; i < INSTANCES; i++) {
                    instances.add(Instance.start(i, emulator, redis, keyPrefix));
                }
                for (Instance instance : instances) {
                    instance.ready.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                }
                long started = System.nanoTime();
                for (Instance instance : instances) {
                    instance.go();
                }
                List<InstanceResult> results = new ArrayList<>();
                for (Instance instance : instances) {
                    results.add(instance.result.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
                }
                double seconds = (results.stream().mapToLong(InstanceResult::finishedAt).max().getAsLong() - started)
                        / 1e9;
                List<LoggedRequest> requests = emulator.requests().all();
                long rejected = requests.stream().filter((request) -> request.status() == 429).count();
                long accepted = requests.size() - rejected;
                long stored = emulator.state().associationCount("contacts", "companies");
                double ratio = (accepted / seconds) / (WINDOW_REQUESTS / (double) WINDOW.toSeconds());
                return new Measurement(ratio, accepted, rejected, (long) INSTANCES * PUTS_PER_INSTANCE - stored,
                        results.stream().mapToLong(InstanceResult::failures).sum(),
                        results.stream().mapToLong(InstanceResult::sharedSlots).sum(),
                        results.stream().mapToLong(InstanceResult::localSlots).sum(), seconds);
            }
            finally {
                instances.forEach(Instance::stop);
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
        catch (ExecutionException | TimeoutException ex) {
            throw new IllegalStateException("An instance failed", ex);
        }
    }

    /**
     * One instance: {@code baseUrl token instance [redisHost redisPort keyPrefix]}.
     * @param args the emulator, the token, the instance's number, and Redis when the
     * instances share
     */
    public static void main(String[] args) throws IOException {
        String baseUrl = args[0];
        String token = args[1];
        int instance = Integer.parseInt(args[2]);
        AssociationsSettings settings = AssociationsSettings.builder()
            .baseUrl(baseUrl)
            .responseTimeout(Duration.ofSeconds(30))
            .rateLimit(RateLimitSettings.defaults().withLimit(WINDOW_REQUESTS, WINDOW))
            .build();
        AssociationsTemplate.Builder builder = AssociationsTemplate.builder()
            .webClientBuilder(WebClient.builder())
            .privateAppToken(token)
            .settings(settings);
        LettuceConnectionFactory connectionFactory = null;
        CountingStore store = null;
        if (args.length > 3) {
            connectionFactory = new LettuceConnectionFactory(
                    new RedisStandaloneConfiguration(args[3], Integer.parseInt(args[4])));
            connectionFactory.afterPropertiesSet();
            connectionFactory.start();
            RedisRateLimitStore redis = RedisRateLimitStore.builder(connectionFactory).keyPrefix(args[5]).build();
            // Connected before the start signal: the job does not time the connection
            redis.dailyLimitReachedUntil("connect").block(TIMEOUT);
            store = new CountingStore(redis);
            builder.rateLimitStore(store);
        }
        AssociationsTemplate client = builder.build();
        System.out.println(READY);
        System.out.flush();
        BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = input.readLine(); !GO.equals(line); line = input.readLine()) {
            if (line == null) {
                throw new IllegalStateException("No start signal");
            }
        }
        int first = instance * PUTS_PER_INSTANCE + 1;
        Long failures = Flux.range(first, PUTS_PER_INSTANCE)
            .flatMap((contact) -> client.records()
                .associate("contacts", Integer.toString(contact), "companies", Integer.toString(contact % 100 + 1),
                        List.of(UNLABELED))
                .then(Mono.just(0L))
                .onErrorResume((ex) -> Mono.just(1L)), 32)
            .reduce(0L, Long::sum)
            .block(TIMEOUT);
        long shared = (store != null) ? store.shared.get() : 0;
        long local = (store != null) ? store.local.get() : 0;
        System.out.println(RESULT + failures + " " + shared + " " + local);
        System.out.flush();
        if (connectionFactory != null) {
            connectionFactory.destroy();
        }
        System.exit(0);
    }

    /**
     * A store that counts the slots it granted while shared and while counting locally.
     */
    private static final class CountingStore implements RateLimitStore {

        private final RateLimitStore store;

        private final AtomicLong shared = new AtomicLong();

        private final AtomicLong local = new AtomicLong();

        CountingStore(RateLimitStore store) {
            this.store = store;
        }

        @Override
        public Mono<Acquisition> acquire(String key, int limit, Duration abandonAfter) {
            return this.store.acquire(key, limit, abandonAfter).doOnNext((answer) -> {
                if (answer.isGranted()) {
                    (this.store.isShared() ? this.shared : this.local).incrementAndGet();
                }
            });
        }

        @Override
        public Mono<Void> release(String key, String slot, Duration hold) {
            return this.store.release(key, slot, hold);
        }

        @Override
        public Mono<Void> markDailyLimitReached(String key, Instant until) {
            return this.store.markDailyLimitReached(key, until);
        }

        @Override
        public Mono<Instant> dailyLimitReachedUntil(String key) {
            return this.store.dailyLimitReachedUntil(key);
        }

        @Override
        public boolean isShared() {
            return this.store.isShared();
        }

        @Override
        public String toString() {
            return this.store.toString();
        }

    }

    /**
     * A forked instance, its readiness and its result.
     */
    private static final class Instance {

        private final int number;

        private final Process process;

        private final CompletableFuture<Void> ready = new CompletableFuture<>();

        private final CompletableFuture<InstanceResult> result = new CompletableFuture<>();

        private Instance(int number, Process process) {
            this.number = number;
            this.process = process;
        }

        static Instance start(int number, HubSpotEmulator emulator, @Nullable LocalRedis redis, String keyPrefix) {
            String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, HEAP, "-cp", System.getProperty("java.class.path"),
                    SharedQuotaBenchmark.class.getName(), emulator.baseUrl(), emulator.privateAppToken(),
                    Integer.toString(number)));
            if (redis != null) {
                command.addAll(List.of(redis.host(), Integer.toString(redis.port()), keyPrefix));
            }
            try {
                Instance instance = new Instance(number, new ProcessBuilder(command).redirectErrorStream(true).start());
                Thread reader = new Thread(instance::read, "instance-" + number);
                reader.setDaemon(true);
                reader.start();
                return instance;
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

        void go() {
            try {
                OutputStream input = this.process.getOutputStream();
                input.write((GO + "\n").getBytes(StandardCharsets.UTF_8));
                input.flush();
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

        private void read() {
            try (BufferedReader output = new BufferedReader(
                    new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    if (line.equals(READY)) {
                        this.ready.complete(null);
                    }
                    else if (line.startsWith(RESULT)) {
                        String[] figures = line.substring(RESULT.length()).split(" ");
                        this.result.complete(new InstanceResult(Long.parseLong(figures[0]), Long.parseLong(figures[1]),
                                Long.parseLong(figures[2]), System.nanoTime()));
                    }
                    else {
                        System.out.println("  [instance " + this.number + "] " + line);
                    }
                }
            }
            catch (IOException ex) {
                // The process ended
            }
            IllegalStateException ended = new IllegalStateException("Instance " + this.number + " ended early");
            this.ready.completeExceptionally(ended);
            this.result.completeExceptionally(ended);
        }

        void stop() {
            this.process.destroy();
            try {
                if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
                    this.process.destroyForcibly();
                }
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                this.process.destroyForcibly();
            }
        }

    }

    /**
     * The Redis the instances share: the machine's at 127.0.0.1:6379, else one started
     * here on a free port and stopped afterwards.
     */
    private static final class LocalRedis implements AutoCloseable {

        private static final String HOST = "127.0.0.1";

        private final int port;

        private final @Nullable Process process;

        private LocalRedis(int port, @Nullable Process process) {
            this.port = port;
            this.process = process;
        }

        static @Nullable LocalRedis find() {
            if (answersPing(6379)) {
                return new LocalRedis(6379, null);
            }
            Path executable = executable();
            if (executable == null) {
                return null;
            }
            int port = freePort();
            try {
                Process process = new ProcessBuilder(executable.toString(), "--port", Integer.toString(port), "--bind",
                        HOST, "--save", "", "--appendonly", "no")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (!answersPing(port)) {
                    if (System.nanoTime() - deadline > 0 || !process.isAlive()) {
                        process.destroyForcibly();
                        return null;
                    }
                    Thread.sleep(50);
                }
                return new LocalRedis(port, process);
            }
            catch (IOException ex) {
                return null;
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        String host() {
            return HOST;
        }

        int port() {
            return this.port;
        }

        String description() {
            return ((this.process != null) ? "a redis-server started for the run" : "the machine's") + " at " + HOST
                    + ":" + this.port;
        }

        @Override
        public void close() {
            if (this.process != null) {
                this.process.destroy();
            }
        }

        private static @Nullable Path executable() {
            String path = System.getenv("PATH");
            if (path == null) {
                return null;
            }
            for (String directory : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(directory, "redis-server");
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
            return null;
        }

        private static boolean answersPing(int port) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 1000);
                socket.setSoTimeout(1000);
                OutputStream out = socket.getOutputStream();
                out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = socket.getInputStream();
                byte[] answer = new byte[7];
                int read = in.readNBytes(answer, 0, answer.length);
                return new String(answer, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
            }
            catch (IOException ex) {
                return false;
            }
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

    }

    /**
     * What one instance reported, and when its report arrived.
     */
    private record InstanceResult(long failures, long sharedSlots, long localSlots, long finishedAt) {

    }

    /**
     * What the three instances did together.
     */
    private record Measurement(double ratio, long accepted, long rejected, long lost, long reportedFailures,
            long sharedSlots, long localSlots, double seconds) {

    }

}
