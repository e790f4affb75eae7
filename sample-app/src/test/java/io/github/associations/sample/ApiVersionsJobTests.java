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

package io.github.associations.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.github.associations.emulator.EmulatorAdminClient;
import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample application's job, as the README runs it, on each of HubSpot's API versions:
 * on the embedded emulator, and pointed by {@code hubspot.base-url} and
 * {@code hubspot.access-token} at a standalone emulator started as a process of its own.
 */
class ApiVersionsJobTests {

    private static final String TOKEN = "pat-standalone";

    private static Process standalone;

    private static String standaloneUrl;

    @BeforeAll
    static void startStandaloneEmulator() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        standalone = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "io.github.associations.emulator.StandaloneEmulator", "--port", Integer.toString(port), "--token",
                TOKEN)
            .redirectErrorStream(true)
            .start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader output = new BufferedReader(
                    new InputStreamReader(standalone.getInputStream(), StandardCharsets.UTF_8))) {
                output.lines().forEach(lines::add);
            }
            catch (IOException ex) {
                // the process ended
            }
        }, "standalone-emulator-output");
        reader.setDaemon(true);
        reader.start();
        String line;
        do {
            line = lines.poll(60, TimeUnit.SECONDS);
            assertThat(line).as("the standalone emulator's startup line").isNotNull();
        }
        while (!line.contains("listening on"));
        standaloneUrl = "http://127.0.0.1:" + port;
    }

    @AfterAll
    static void stopStandaloneEmulator() throws InterruptedException {
        if (standalone != null) {
            standalone.destroy();
            if (!standalone.waitFor(10, TimeUnit.SECONDS)) {
                standalone.destroyForcibly();
            }
        }
    }

    // The default version's run is OnboardingJobTests'.
    @ParameterizedTest
    @ValueSource(strings = { "2026-03", "v4" })
    void theJobRunsOnTheEmbeddedEmulatorInTheOtherVersions(String apiVersion) {
        try (ConfigurableApplicationContext context = run("--hubspot.api-version=" + apiVersion)) {
            HubSpotEmulator emulator = context.getBean(HubSpotEmulator.class);

            assertThat(emulator.state().associationCount("contacts", "companies")).isEqualTo(5000);
            assertOnlyPathsOf(apiVersion, emulator.requests().all());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-09", "2026-03", "v4" })
    void theJobRunsAgainstAStandaloneEmulatorInEachVersion(String apiVersion) {
        EmulatorAdminClient admin = EmulatorAdminClient.of(standaloneUrl);
        admin.reset();

        run("--hubspot.api-version=" + apiVersion, "--hubspot.base-url=" + standaloneUrl,
                "--hubspot.access-token=" + TOKEN)
            .close();

        assertThat(admin.associations("companies", "1", "contacts")).hasSize(100);
        // 5,000 links, 1,000 a call (sample.links-per-call), each answered at once
        assertThat(admin.requests(EmulatorEndpoint.BATCH_CREATE)).extracting(LoggedRequest::status)
            .hasSize(5)
            .allMatch((status) -> status >= 200 && status < 300);
        assertOnlyPathsOf(apiVersion, admin.requests(EmulatorEndpoint.BATCH_CREATE));
        assertOnlyPathsOf(apiVersion, admin.requests(EmulatorEndpoint.RECORDS_LIST));
    }

    private static ConfigurableApplicationContext run(String... args) {
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--spring.main.web-application-type=none";
        return new SpringApplication(SampleApplication.class).run(all);
    }

    private static void assertOnlyPathsOf(String apiVersion, List<LoggedRequest> requests) {
        assertThat(requests).isNotEmpty()
            .extracting(LoggedRequest::path)
            .allMatch((path) -> path.contains("/" + apiVersion + "/"), "a path of version " + apiVersion);
    }

}
