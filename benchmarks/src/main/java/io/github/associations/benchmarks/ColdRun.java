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
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.github.associations.AssociationsTemplate;
import io.github.associations.emulator.HubSpotEmulator;
import org.jspecify.annotations.Nullable;
import reactor.util.Loggers;

/**
 * A job run in a fresh JVM, forked for that run: what an application's first job after
 * start-up sees. The emulator, the referee, stays in this JVM.
 * <p>
 * {@link #main(String[])} is the forked side: it builds the client, says {@value #READY},
 * waits for {@value #GO} on its standard input, runs the job and prints {@value #RESULT}
 * with what it saw. The job's time is measured there, from the start signal to the last
 * response.
 */
final class ColdRun {

    private static final String READY = "READY";

    private static final String GO = "GO";

    private static final String RESULT = "RESULT ";

    private static final String HEAP = "-Xmx512m";

    private static final long TIMEOUT_MINUTES = 15;

    private ColdRun() {
    }

    /**
     * Run a job in a forked JVM against a fresh emulator in this one.
     * @param job the job
     * @return what the emulator saw
     */
    static BulkJob.Measurement measure(BulkJob job) {
        try (HubSpotEmulator emulator = HubSpotEmulator.start(job.emulatorOptions())) {
            String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = List.of(java, HEAP, "-cp", System.getProperty("java.class.path"),
                    ColdRun.class.getName(), job.name(), emulator.baseUrl(), emulator.privateAppToken());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (BufferedReader output = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                BulkJob.Run run = null;
                for (String line = output.readLine(); line != null && run == null; line = output.readLine()) {
                    if (line.equals(READY)) {
                        OutputStream input = process.getOutputStream();
                        input.write((GO + "\n").getBytes(StandardCharsets.UTF_8));
                        input.flush();
                    }
                    else if (line.startsWith(RESULT)) {
                        String[] figures = line.substring(RESULT.length()).split(" ");
                        run = new BulkJob.Run(Long.parseLong(figures[0]), Long.parseLong(figures[1]),
                                Long.parseLong(figures[2]));
                    }
                    else {
                        System.out.println("  [cold " + job.name() + "] " + line);
                    }
                }
                if (run == null) {
                    throw new IllegalStateException("The forked JVM of " + job.name() + " ended without a result");
                }
                return job.measure(emulator, run);
            }
            finally {
                stop(process);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void stop(Process process) {
        try {
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /**
     * The forked side: {@code job baseUrl token}.
     * @param args the job's name, the emulator's base URL, the token
     * @throws IOException if the start signal cannot be read
     */
    public static void main(String[] args) throws IOException {
        Loggers.useJdkLoggers();
        Logger.getLogger("").setLevel(Level.WARNING);
        BulkJob job = BulkJob.named(args[0]);
        AssociationsTemplate client = BenchmarkClients.template(args[1], args[2], job.clientRateLimit());
        System.out.println(READY);
        System.out.flush();
        BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        @Nullable String line = input.readLine();
        while (!GO.equals(line)) {
            if (line == null) {
                throw new IllegalStateException("No start signal");
            }
            line = input.readLine();
        }
        BulkJob.Run run = job.run(client);
        System.out.println(RESULT + run.failures() + " " + run.nanos() + " " + run.batchNanos());
        System.out.flush();
        System.exit(0);
    }

}
