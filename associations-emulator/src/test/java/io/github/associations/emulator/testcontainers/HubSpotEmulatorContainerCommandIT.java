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

package io.github.associations.emulator.testcontainers;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import io.github.associations.emulator.EmulatorAdminClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link HubSpotEmulatorContainer} would run in Docker, run as a local process
 * instead: the image's entrypoint (its {@code /emulator/...} files mapped back to this
 * machine) followed by the container's command. Proves without a Docker engine that both
 * image variants start the emulator, print the line the container waits for, and apply
 * the container's options; only the JRE base image and the file copy are left to Docker.
 */
class HubSpotEmulatorContainerCommandIT {

    private static final String IMAGE_HOME = "/emulator/";

    private final HttpClient http = HttpClient.newHttpClient();

    private Process process;

    @AfterEach
    void stopEmulator() throws InterruptedException {
        if (this.process != null) {
            this.process.destroy();
            if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
                this.process.destroyForcibly();
            }
        }
    }

    @Test
    void theStandaloneJarImageRunsTheEmulatorWithTheContainersOptions() throws Exception {
        Path jar = Paths.get(System.getProperty("standalone.jar", "target/standalone.jar"));
        assertThat(jar).as("built by the package phase").exists();

        runsTheEmulatorWithTheContainersOptions(EmulatorImage.fromStandaloneJar(jar));
    }

    @Test
    void theClassPathImageRunsTheEmulatorWithTheContainersOptions() throws Exception {
        EmulatorImage image = EmulatorImage
            .fromClassPath(EmulatorImage.classPath(System.getProperty("java.class.path")));

        runsTheEmulatorWithTheContainersOptions(image);
    }

    private void runsTheEmulatorWithTheContainersOptions(EmulatorImage image) throws Exception {
        HubSpotEmulatorContainer container = new HubSpotEmulatorContainer(image).withAccessToken("pat-it")
            .withStrictRecords()
            .withRateLimit(5, Duration.ofSeconds(10));
        container.configure();
        int port = freePort();
        String ready = start(commandOnThisMachine(image, container.getCommandParts(), port));
        assertThat(ready).endsWith(":" + port);
        String baseUrl = "http://127.0.0.1:" + port;
        EmulatorAdminClient admin = EmulatorAdminClient.of(baseUrl);

        HttpResponse<String> unseeded = associateDefault(baseUrl, "pat-it");
        admin.seedRecordRange("contacts", 1, 1);
        admin.seedRecordRange("companies", 10, 1);
        HttpResponse<String> seeded = associateDefault(baseUrl, "pat-it");

        assertThat(unseeded.statusCode()).as("strict records: %s", unseeded.body()).isEqualTo(400);
        assertThat(seeded.statusCode()).as(seeded.body()).isEqualTo(200);
        assertThat(seeded.headers().firstValue("X-HubSpot-RateLimit-Max")).hasValue("5");
        assertThat(admin.associations("contacts", "1", "companies")).hasSize(1);
        assertThat(associateDefault(baseUrl, HubSpotEmulatorContainer.DEFAULT_ACCESS_TOKEN).statusCode())
            .as("only the container's token is accepted")
            .isEqualTo(401);
    }

    /**
     * The image's entrypoint and the container's command, with the image's files at their
     * places on this machine, this JVM's {@code java} and a free port instead of the
     * container's fixed one.
     */
    private static List<String> commandOnThisMachine(EmulatorImage image, String[] containerCommand, int port) {
        List<String> command = new ArrayList<>();
        for (String part : image.entrypoint()) {
            command.add(part.equals("java") ? Paths.get(System.getProperty("java.home"), "bin", "java").toString()
                    : localPaths(image, part));
        }
        List<String> options = new ArrayList<>(Arrays.asList(containerCommand));
        int portOption = options.indexOf("--port");
        assertThat(options.get(portOption + 1)).isEqualTo(Integer.toString(HubSpotEmulatorContainer.PORT));
        options.set(portOption + 1, Integer.toString(port));
        command.addAll(options);
        return command;
    }

    private static String localPaths(EmulatorImage image, String part) {
        if (!part.startsWith(IMAGE_HOME)) {
            return part;
        }
        List<String> paths = new ArrayList<>();
        for (String inImage : part.split(":")) {
            Path local = image.files().get(inImage.substring(IMAGE_HOME.length()));
            assertThat(local).as("a file of the image's build context for %s", inImage).isNotNull();
            paths.add(local.toString());
        }
        return String.join(File.pathSeparator, paths);
    }

    /**
     * Starts the command and waits for the line the container waits for, which it
     * returns.
     */
    private String start(List<String> command) throws IOException, InterruptedException {
        this.process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BlockingQueue<String> output = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(output::add);
            }
            catch (IOException ex) {
                // The process ended.
            }
        }, "emulator-container-command-output");
        reader.setDaemon(true);
        reader.start();
        // As Testcontainers' log wait strategy does: other lines (an SLF4J notice on the
        // class path) are passed over,
        // and a frame is matched with its line terminator
        Pattern ready = Pattern.compile("(?s)" + HubSpotEmulatorContainer.READY_LOG_PATTERN);
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String line = output.poll(1, TimeUnit.SECONDS);
            if (line != null && ready.matcher(line + "\n").matches()) {
                return line;
            }
            if (line != null) {
                seen.add(line);
            }
            assertThat(this.process.isAlive() || !output.isEmpty()).as("%s is running; its output: %s", command, seen)
                .isTrue();
        }
        throw new AssertionError("No line matching " + ready + " from " + command + " in 60s; its output: " + seen);
    }

    private HttpResponse<String> associateDefault(String baseUrl, String token)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest
            .newBuilder(URI.create(baseUrl + "/crm/v4/objects/contacts/1/associations/default/companies/10"))
            .header("Authorization", "Bearer " + token)
            .PUT(HttpRequest.BodyPublishers.noBody())
            .build();
        return this.http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
