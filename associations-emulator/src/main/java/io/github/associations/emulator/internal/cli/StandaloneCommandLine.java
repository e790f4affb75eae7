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

package io.github.associations.emulator.internal.cli;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorOptions;
import org.jspecify.annotations.Nullable;

/**
 * The standalone emulator's command line: parses arguments into {@link EmulatorOptions}
 * (records lenient unless {@code --strict-records}) and explains itself in
 * {@link #usage()}.
 *
 * @param options the options to start with
 * @param help whether {@code --help} was asked for
 * @since 0.1.0
 */
public record StandaloneCommandLine(EmulatorOptions options, boolean help) {

    private static final Pattern WINDOW = Pattern.compile("(\\d+)/(.+)");

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)?");

    /**
     * The text {@code --help} prints.
     * @return the usage text
     */
    public static String usage() {
        return """
                Usage: java -jar associations-emulator-<version>-standalone.jar [options]

                Runs an in-memory emulator of HubSpot's CRM Associations API until killed, and prints
                "HubSpot emulator listening on http://<host>:<port>" once it accepts requests.

                Server:
                  --host HOST                   address to bind (default 127.0.0.1; 0.0.0.0 in a container)
                  --port PORT                   port to bind (default 0: a free port)

                Credentials (Authorization: Bearer <token>):
                  --token TOKEN                 private-app token; repeatable (default pat-local)
                  --read-only-token TOKEN       private-app token with read scopes only (writes get 403); repeatable
                  --oauth-client-id ID          OAuth client accepted by the token endpoints (/oauth/v1/token,
                                                /oauth/2026-03/token, /oauth/2026-09/token)
                  --oauth-client-secret SECRET  its secret
                  --oauth-refresh-token TOKEN   a refresh token of that client; repeatable
                  --access-token-ttl DURATION   lifetime of issued access tokens (default 1800s)
                  --rotate-refresh-tokens       issue a new refresh token on each refresh (off by default)

                Rate limits:
                  --rate-limit N/DURATION       rolling burst window per app (default 100/10s)
                  --no-rate-limit               no burst window
                  --daily-limit N               daily quota of the account's private apps (default 250000)
                  --no-daily-limit              no daily quota
                  --daily-limit-zone ZONE       zone whose midnight resets the daily quota (default UTC)
                  --retry-after SECONDS         send Retry-After on 429 responses (default: not sent)
                  --burst-exempt ENDPOINT       exempt an endpoint (id such as B1, or name) from the burst window; repeatable

                Behaviour:
                  --lenient-records             every positive numeric record id exists (default)
                  --strict-records              only records seeded through /__emulator/records exist
                  --max-custom-labels N         custom labels per object pair (default 10)
                  --clamp-page-size             clamp an R1 limit above 500 instead of answering 400
                  --request-log-capacity N      requests kept in the request log (default 100000)

                  -h, --help                    print this help and exit

                DURATION is a number with an optional unit: ms, s (default), m, h or d, for example 10s or 500ms.
                The admin API under /__emulator/ (reset, seeding, request log, faults, rate limits) is described in
                the module's README.
                """;
    }

    /**
     * Parse the arguments; {@code --name=value} and {@code --name value} are both
     * accepted.
     * @param args the arguments
     * @return the parsed command line
     * @throws IllegalArgumentException naming the offending option
     */
    public static StandaloneCommandLine parse(String... args) {
        EmulatorOptions.Builder builder = EmulatorOptions.builder().strictRecords(false);
        List<String> tokens = new ArrayList<>();
        List<String> readOnlyTokens = new ArrayList<>();
        List<String> refreshTokens = new ArrayList<>();
        String clientId = null;
        String clientSecret = null;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String inlineValue = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                inlineValue = arg.substring(equals + 1);
            }
            Value value = new Value(name, inlineValue, args, i);
            switch (name) {
                case "-h", "--help" -> help = true;
                case "--host" -> builder.host(value.text());
                case "--port" -> builder.port(value.integer(0, 65535));
                case "--token" -> tokens.add(value.text());
                case "--read-only-token" -> readOnlyTokens.add(value.text());
                case "--oauth-client-id" -> clientId = value.text();
                case "--oauth-client-secret" -> clientSecret = value.text();
                case "--oauth-refresh-token" -> refreshTokens.add(value.text());
                case "--access-token-ttl" -> builder.accessTokenLifetime(value.duration());
                case "--rotate-refresh-tokens" -> builder.rotateRefreshTokens(true);
                case "--rate-limit" -> {
                    String text = value.text();
                    Matcher matcher = WINDOW.matcher(text);
                    if (!matcher.matches()) {
                        throw invalid(name, text, "expected N/DURATION such as 100/10s");
                    }
                    int max = parseInt(name, matcher.group(1), 1, Integer.MAX_VALUE);
                    builder.rateLimit(max, parseDuration(name, matcher.group(2)));
                }
                case "--no-rate-limit" -> builder.noRateLimit();
                case "--daily-limit" -> builder.dailyLimit(value.integer(0, Integer.MAX_VALUE));
                case "--no-daily-limit" -> builder.noDailyLimit();
                case "--daily-limit-zone" -> {
                    String text = value.text();
                    try {
                        builder.dailyLimitZone(ZoneId.of(text));
                    }
                    catch (RuntimeException ex) {
                        throw invalid(name, text, "not a time zone");
                    }
                }
                case "--retry-after" -> builder.retryAfter(Duration.ofSeconds(value.integer(0, Integer.MAX_VALUE)));
                case "--burst-exempt" -> builder.burstExempt(endpoint(name, value.text()));
                case "--lenient-records" -> builder.strictRecords(false);
                case "--strict-records" -> builder.strictRecords(true);
                case "--max-custom-labels" -> builder.maxCustomLabelsPerObjectPair(value.integer(1, 10_000));
                case "--clamp-page-size" -> builder.clampPageSize(true);
                case "--request-log-capacity" -> builder.requestLogCapacity(value.integer(0, Integer.MAX_VALUE));
                default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
            }
            if (inlineValue != null && !value.used) {
                throw new IllegalArgumentException("option '" + name + "' takes no value");
            }
            i = value.next;
        }
        if (!tokens.isEmpty()) {
            builder.privateAppTokens(tokens.toArray(String[]::new));
        }
        builder.readOnlyTokens(readOnlyTokens.toArray(String[]::new));
        if (clientId != null || clientSecret != null || !refreshTokens.isEmpty()) {
            if (clientId == null || clientSecret == null) {
                throw new IllegalArgumentException(
                        "options '--oauth-client-id' and '--oauth-client-secret' must be given together");
            }
            builder.oauthClient(clientId, clientSecret, refreshTokens.toArray(String[]::new));
        }
        return new StandaloneCommandLine(builder.build(), help);
    }

    private static EmulatorEndpoint endpoint(String option, String text) {
        for (EmulatorEndpoint endpoint : EmulatorEndpoint.values()) {
            if (endpoint.id().equalsIgnoreCase(text) || endpoint.name().equalsIgnoreCase(text)) {
                return endpoint;
            }
        }
        throw invalid(option, text, "not an endpoint id (R1, B1, L2, ...) or name");
    }

    private static int parseInt(String option, String text, int min, int max) {
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        }
        catch (NumberFormatException ex) {
            // reported below
        }
        throw invalid(option, text, "expected a whole number from " + min + " to " + max);
    }

    static Duration parseDuration(String option, String text) {
        Matcher matcher = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            String unit = (matcher.group(2) != null) ? matcher.group(2) : "s";
            Duration duration = switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                case "d" -> Duration.ofDays(amount);
                default -> Duration.ofSeconds(amount);
            };
            if (!duration.isZero()) {
                return duration;
            }
        }
        throw invalid(option, text, "expected a positive duration such as 10s, 500ms or 30m");
    }

    private static IllegalArgumentException invalid(String option, String value, String expectation) {
        return new IllegalArgumentException(
                "invalid value '" + value + "' for option '" + option + "': " + expectation);
    }

    /** The value of an option, inline ({@code --port=8089}) or the next argument. */
    private static final class Value {

        private final String option;

        private final @Nullable String inline;

        private final String[] args;

        private int next;

        private boolean used;

        Value(String option, @Nullable String inline, String[] args, int index) {
            this.option = option;
            this.inline = inline;
            this.args = args;
            this.next = index;
        }

        String text() {
            this.used = true;
            if (this.inline != null) {
                return this.inline;
            }
            if (this.next + 1 >= this.args.length || this.args[this.next + 1].startsWith("--")) {
                throw new IllegalArgumentException("option '" + this.option + "' needs a value");
            }
            this.next++;
            return this.args[this.next];
        }

        int integer(int min, int max) {
            return parseInt(this.option, text(), min, max);
        }

        Duration duration() {
            return parseDuration(this.option, text());
        }

    }

}
