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

package io.github.associations.redis;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * A {@code redis-server} process of a test class's own, on a free port, without
 * persistence, so that a test can stop and restart it. {@link EnabledIfRedisServer} skips
 * the tests where the binary is missing.
 */
final class RedisServer implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(30);

    private final Path executable;

    private final int port;

    private final Path log;

    private @Nullable Process process;

    private RedisServer(Path executable, int port) {
        this.executable = executable;
        this.port = port;
        this.log = Path.of("target", "redis-server-" + port + ".log");
    }

    /**
     * Start a server on a free port.
     * @return the running server
     */
    static RedisServer start() {
        Path executable = executable().orElseThrow(() -> new IllegalStateException("redis-server is not on the PATH"));
        RedisServer server = new RedisServer(executable, freePort());
        server.restart();
        return server;
    }

    /**
     * The {@code redis-server} binary on the {@code PATH}.
     * @return the binary, or empty when there is none
     */
    static Optional<Path> executable() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(File.pathSeparator)) {
            Path candidate = Path.of(directory, "redis-server");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    int port() {
        return this.port;
    }

    /**
     * Start the server again on its port, empty, and wait until it answers.
     */
    void restart() {
        if (this.process != null) {
            throw new IllegalStateException("redis-server is running on port " + this.port);
        }
        try {
            Files.createDirectories(this.log.getParent());
            this.process = new ProcessBuilder(List.of(this.executable.toString(), "--port", Integer.toString(this.port),
                    "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()))
                .start();
        }
        catch (IOException ex) {
            throw new IllegalStateException("redis-server did not start", ex);
        }
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!answersPing()) {
            if (System.nanoTime() - deadline > 0 || !this.process.isAlive()) {
                stop();
                throw new IllegalStateException("redis-server did not answer on port " + this.port + " within "
                        + STARTUP + "; see " + this.log.toAbsolutePath());
            }
            sleep(50);
        }
    }

    /**
     * Stop the server and wait until it has exited.
     */
    void stop() {
        Process running = this.process;
        if (running == null) {
            return;
        }
        this.process = null;
        running.destroy();
        try {
            if (!running.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS)) {
                running.destroyForcibly().waitFor();
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            running.destroyForcibly();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private boolean answersPing() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", this.port), 1000);
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
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new IllegalStateException("No free port", ex);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

}
