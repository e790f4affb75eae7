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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.github.associations.emulator.internal.http.EmulatorJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standalone jar as a user runs it:
 * {@code java -jar ...-standalone.jar --port <port> --token pat-local}.
 */
class StandaloneJarIT {

    private Process process;

    private final BlockingQueue<String> output = new LinkedBlockingQueue<>();

    private int port;

    @BeforeEach
    void startJar() throws IOException, InterruptedException {
        Path jar = Paths.get(System.getProperty("standalone.jar", "target/standalone.jar"));
        assertThat(jar).as("built by the package phase").exists();
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        this.process = new ProcessBuilder(
                List.of(java, "-jar", jar.toString(), "--port", Integer.toString(this.port), "--token", "pat-local"))
            .redirectErrorStream(true)
            .start();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(this.output::add);
            }
            catch (IOException ex) {
                // The process ended.
            }
        }, "standalone-jar-output");
        reader.setDaemon(true);
        reader.start();
        String first = this.output.poll(60, TimeUnit.SECONDS);
        assertThat(first).as("first output line of the jar")
            .isEqualTo("HubSpot emulator listening on http://127.0.0.1:" + this.port);
    }

    @AfterEach
    void stopJar() throws InterruptedException {
        if (this.process != null) {
            this.process.destroy();
            if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
                this.process.destroyForcibly();
            }
        }
    }

    @Test
    void answersRecordsListWithTheDocumentedBody() {
        TestHttp http = new TestHttp("http://127.0.0.1:" + this.port);

        TestHttp.Reply reply = http.get("/crm/v4/objects/contacts/1/associations/companies", "pat-local");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(EmulatorJson.MAPPER.readTree("{\"results\":[]}"));
        assertThat(reply.header("X-HubSpot-RateLimit-Max")).isEqualTo("100");
    }

    @Test
    void requiresTheToken() {
        TestHttp http = new TestHttp("http://127.0.0.1:" + this.port);

        assertThat(http.get("/crm/v4/objects/contacts/1/associations/companies", null).status()).isEqualTo(401);
        assertThat(this.output).as("the jar stays quiet while serving").isEmpty();
    }

}
