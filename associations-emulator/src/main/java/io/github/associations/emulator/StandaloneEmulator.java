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

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import io.github.associations.emulator.internal.cli.StandaloneCommandLine;
import reactor.util.Loggers;

/**
 * Runs the emulator as a program, from the standalone jar or a container:
 * {@code java -jar associations-emulator-<version>-standalone.jar --port 8089 --token pat-local}.
 * Prints {@code HubSpot emulator listening on http://127.0.0.1:8089} once ready and runs
 * until killed. Options are listed by {@code --help}; an invalid option exits with status
 * 2, a failure to start with status 1.
 *
 * @since 0.1.0
 */
public final class StandaloneEmulator {

    /** Exit status for an invalid command line. */
    static final int USAGE_ERROR = 2;

    /** Exit status when the server cannot start. */
    static final int START_FAILURE = 1;

    private StandaloneEmulator() {
    }

    /**
     * Start the emulator and block until the JVM is stopped.
     * @param args the command line, see {@code --help}
     */
    public static void main(String[] args) {
        quietLogging();
        CountDownLatch stopped = new CountDownLatch(1);
        int status = run(args, System.out, System.err, (emulator) -> {
            Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "hubspot-emulator-shutdown"));
            awaitUninterruptibly(stopped);
        });
        System.exit(status);
    }

    /**
     * Parse the command line, start the emulator, announce it and hand it to
     * {@code whileRunning}.
     * @param args the command line
     * @param out where the help and the startup line go
     * @param err where errors go
     * @param whileRunning what to do while the emulator runs; the emulator is not closed
     * afterwards
     * @return the exit status: 0 after {@code --help} or when {@code whileRunning}
     * returns, 1 if the server cannot start, 2 for an invalid command line
     */
    static int run(String[] args, PrintStream out, PrintStream err, RunningEmulator whileRunning) {
        StandaloneCommandLine commandLine;
        try {
            commandLine = StandaloneCommandLine.parse(args);
        }
        catch (IllegalArgumentException ex) {
            err.println("hubspot-emulator: " + ex.getMessage());
            err.println("Try --help for the options.");
            return USAGE_ERROR;
        }
        if (commandLine.help()) {
            out.print(StandaloneCommandLine.usage());
            out.flush();
            return 0;
        }
        HubSpotEmulator emulator;
        try {
            emulator = HubSpotEmulator.start(commandLine.options());
        }
        catch (RuntimeException ex) {
            err.println("hubspot-emulator: cannot start: " + message(ex));
            return START_FAILURE;
        }
        out.println("HubSpot emulator listening on http://" + hostForUrl(commandLine.options().host()) + ":"
                + emulator.port());
        out.flush();
        whileRunning.accept(emulator);
        return 0;
    }

    private static String hostForUrl(String host) {
        return (host.contains(":") && !host.startsWith("[")) ? "[" + host + "]" : host;
    }

    private static String message(Throwable ex) {
        Throwable cause = ex;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return (message != null) ? message : cause.getClass().getSimpleName();
    }

    /**
     * Route Reactor's logs (which default to the console) and everything else through
     * java.util.logging, warnings and errors only: a standalone emulator prints its
     * startup line and little else.
     */
    private static void quietLogging() {
        Loggers.useJdkLoggers();
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        java.util.logging.ConsoleHandler handler = new java.util.logging.ConsoleHandler();
        handler.setLevel(Level.WARNING);
        root.addHandler(handler);
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            }
            catch (InterruptedException ex) {
                // Run until the JVM stops.
            }
        }
    }

    /**
     * What the command does with the started emulator.
     */
    @FunctionalInterface
    interface RunningEmulator {

        void accept(HubSpotEmulator emulator);

    }

}
