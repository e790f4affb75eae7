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

package io.github.associations.emulator.internal.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.emulator.control.EmulatorRateLimits;
import io.github.associations.emulator.control.LoggedRequest;
import io.github.associations.emulator.internal.auth.Principal;
import io.github.associations.emulator.internal.auth.TokenRegistry;
import io.github.associations.emulator.internal.http.EmulatorJson;
import io.github.associations.emulator.internal.http.HubSpotResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * HubSpot's rate limits: a rolling burst window per app and a daily quota per account
 * shared by its private apps, judged by the emulator's clock. Each app's window keeps the
 * admission times of the last interval, so a request is admitted exactly when fewer than
 * the maximum were admitted in the interval before it.
 *
 * @since 0.1.0
 */
public final class RateLimiter implements EmulatorRateLimits {

    static final String MAX_HEADER = "X-HubSpot-RateLimit-Max";

    static final String REMAINING_HEADER = "X-HubSpot-RateLimit-Remaining";

    static final String INTERVAL_HEADER = "X-HubSpot-RateLimit-Interval-Milliseconds";

    static final String DAILY_HEADER = "X-HubSpot-RateLimit-Daily";

    static final String DAILY_REMAINING_HEADER = "X-HubSpot-RateLimit-Daily-Remaining";

    private final EmulatorOptions options;

    private final TokenRegistry tokens;

    private final Clock clock;

    private final ZoneId zone;

    private final Set<EmulatorEndpoint> exempt;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private final Object dailyLock = new Object();

    private volatile Settings settings;

    private LocalDate day;

    private long usedToday;

    public RateLimiter(EmulatorOptions options, TokenRegistry tokens) {
        this.options = options;
        this.tokens = tokens;
        this.clock = options.clock();
        this.zone = options.dailyLimitZone();
        this.exempt = options.burstExemptEndpoints();
        this.settings = Settings.of(options);
        this.day = today();
    }

    /**
     * Admit or reject a request, consuming the window and the quota only when admitted.
     * @param principal who sends the request
     * @param endpoint the endpoint called
     * @return the decision, with the values of the rate-limit headers
     */
    public Decision admit(Principal principal, EmulatorEndpoint endpoint) {
        Settings settings = this.settings;
        boolean windowApplies = settings.windowEnabled() && !this.exempt.contains(endpoint);
        boolean dailyApplies = settings.dailyEnabled() && principal.privateApp();
        if (!settings.windowEnabled() && !dailyApplies) {
            return new Decision(null, settings, 0, 0, principal.privateApp());
        }
        long now = this.clock.millis();
        Window window = window(principal);
        synchronized (window) {
            int inWindow = window.count(now, settings.intervalMillis());
            synchronized (this.dailyLock) {
                rollOver();
                if (dailyApplies && this.usedToday >= settings.dailyLimit()) {
                    return new Decision(RateLimitPolicy.DAILY, settings, inWindow, this.usedToday,
                            principal.privateApp());
                }
                if (windowApplies && inWindow >= settings.maxRequests()) {
                    return new Decision(RateLimitPolicy.TEN_SECONDLY_ROLLING, settings, inWindow, this.usedToday,
                            principal.privateApp());
                }
                if (windowApplies) {
                    window.add(now);
                    inWindow++;
                }
                if (dailyApplies) {
                    this.usedToday++;
                }
                return new Decision(null, settings, inWindow, this.usedToday, principal.privateApp());
            }
        }
    }

    /**
     * The headers a 429 fault shows: the limit it pretends was hit is exhausted, the
     * other as it is.
     * @param principal who sends the request, or {@code null} when the token is unknown
     * (shown as a private app)
     * @param policy the limit the fault pretends was hit
     * @return the decision to take the headers from
     */
    public Decision exhausted(@Nullable Principal principal, RateLimitPolicy policy) {
        Settings settings = this.settings;
        boolean privateApp = principal == null || principal.privateApp();
        int inWindow = (principal != null) ? inWindow(principal, settings) : 0;
        long used;
        synchronized (this.dailyLock) {
            rollOver();
            used = this.usedToday;
        }
        return switch (policy) {
            case TEN_SECONDLY_ROLLING -> new Decision(policy, settings, settings.maxRequests(), used, privateApp);
            case DAILY -> new Decision(policy, settings, inWindow, settings.dailyLimit(), privateApp);
        };
    }

    /**
     * The {@code groupName} of a burst 429: HubSpot's observed private-app form; the
     * OAuth form is UNCERTAIN.
     * @param principal who sends the request, or {@code null}
     * @return the group name
     */
    private String groupName(@Nullable Principal principal) {
        long appId = (principal != null) ? principal.appId() : 0;
        String kind = (principal == null || principal.privateApp()) ? "private_app" : "oauth";
        return "publicapi:" + kind + "-api-calls-ten-secondly:" + appId + ":" + this.options.portalId();
    }

    /**
     * 429 with HubSpot's body for the policy: {@code groupName} on the burst variant (as
     * observed), {@code requestId} on the daily one (as documented), and
     * {@code Retry-After} when configured.
     * @param policy the limit hit
     * @param principal who sent the request, or {@code null} when the token is unknown
     * @return the response
     */
    public Mono<ServerResponse> rejection(RateLimitPolicy policy, @Nullable Principal principal) {
        String correlationId = HubSpotResponses.newCorrelationId();
        String groupName = groupName(principal);
        Duration retryAfter = this.options.retryAfter();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "error");
        body.put("message", policy.message());
        body.put("errorType", "RATE_LIMIT");
        body.put("correlationId", correlationId);
        body.put("policyName", policy.name());
        if (policy == RateLimitPolicy.TEN_SECONDLY_ROLLING) {
            body.put("groupName", groupName);
        }
        else {
            body.put("requestId", HubSpotResponses.newCorrelationId());
        }
        ServerResponse.BodyBuilder builder = ServerResponse.status(HttpStatus.TOO_MANY_REQUESTS)
            .header(EmulatorJson.CORRELATION_ID_HEADER, correlationId)
            .contentType(EmulatorJson.JSON_UTF8);
        if (retryAfter != null) {
            builder.header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
        }
        return builder.bodyValue(EmulatorJson.write(body));
    }

    private Window window(Principal principal) {
        return this.windows.computeIfAbsent(principal.appKey(), (key) -> new Window());
    }

    private int inWindow(Principal principal, Settings settings) {
        Window window = window(principal);
        synchronized (window) {
            return window.count(this.clock.millis(), settings.intervalMillis());
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(this.clock.instant(), this.zone);
    }

    /**
     * Start a new day's quota at midnight in the configured zone. Call holding the daily
     * lock.
     */
    private void rollOver() {
        LocalDate today = today();
        if (!today.equals(this.day)) {
            this.day = today;
            this.usedToday = 0;
        }
    }

    @Override
    public void window(int maxRequests, Duration interval) {
        if (maxRequests < 1 || interval.toMillis() < 1) {
            throw new IllegalArgumentException("maxRequests must be positive and interval at least 1 ms");
        }
        Settings current = this.settings;
        this.settings = new Settings(true, maxRequests, interval.toMillis(), current.dailyEnabled(),
                current.dailyLimit());
    }

    @Override
    public void windowEnabled(boolean enabled) {
        Settings current = this.settings;
        this.settings = new Settings(enabled, current.maxRequests(), current.intervalMillis(), current.dailyEnabled(),
                current.dailyLimit());
    }

    @Override
    public boolean windowEnabled() {
        return this.settings.windowEnabled();
    }

    @Override
    public int maxRequests() {
        return this.settings.maxRequests();
    }

    @Override
    public Duration interval() {
        return Duration.ofMillis(this.settings.intervalMillis());
    }

    @Override
    public int remaining(String token) {
        Principal principal = this.tokens.principal(token);
        if (principal == null) {
            throw new IllegalArgumentException("Unknown token " + LoggedRequest.mask(token));
        }
        Settings settings = this.settings;
        return Math.max(0, settings.maxRequests() - inWindow(principal, settings));
    }

    @Override
    public void dailyLimit(long requestsPerDay) {
        if (requestsPerDay < 0) {
            throw new IllegalArgumentException("dailyLimit must not be negative: " + requestsPerDay);
        }
        Settings current = this.settings;
        this.settings = new Settings(current.windowEnabled(), current.maxRequests(), current.intervalMillis(), true,
                requestsPerDay);
    }

    @Override
    public void dailyEnabled(boolean enabled) {
        Settings current = this.settings;
        this.settings = new Settings(current.windowEnabled(), current.maxRequests(), current.intervalMillis(), enabled,
                current.dailyLimit());
    }

    @Override
    public boolean dailyEnabled() {
        return this.settings.dailyEnabled();
    }

    @Override
    public long dailyLimit() {
        return this.settings.dailyLimit();
    }

    @Override
    public long dailyRemaining() {
        synchronized (this.dailyLock) {
            rollOver();
            return Math.max(0, this.settings.dailyLimit() - this.usedToday);
        }
    }

    @Override
    public void exhaustDaily() {
        synchronized (this.dailyLock) {
            rollOver();
            this.usedToday = Math.max(this.usedToday, this.settings.dailyLimit());
        }
    }

    @Override
    public void resetDaily() {
        synchronized (this.dailyLock) {
            rollOver();
            this.usedToday = 0;
        }
    }

    @Override
    public void resetWindows() {
        this.windows.clear();
    }

    /**
     * Back to the configured settings with empty windows and a full daily quota.
     */
    public void reset() {
        this.settings = Settings.of(this.options);
        resetWindows();
        resetDaily();
    }

    record Settings(boolean windowEnabled, int maxRequests, long intervalMillis, boolean dailyEnabled,
            long dailyLimit) {

        static Settings of(EmulatorOptions options) {
            return new Settings(options.rateLimitEnabled(), options.rateLimitMaxRequests(),
                    options.rateLimitInterval().toMillis(), options.dailyLimitEnabled(), options.dailyLimit());
        }

    }

    /**
     * A rate-limit decision and the values of its headers.
     *
     * @param rejectedBy the limit that rejected the request, or {@code null} when
     * admitted
     * @param settings the settings the decision was taken with
     * @param inWindow the requests in the app's window, this one included when admitted
     * @param usedToday the account's requests today, this one included when admitted
     * @param privateApp whether the daily headers apply
     * @since 0.1.0
     */
    public record Decision(@Nullable RateLimitPolicy rejectedBy, Settings settings, int inWindow, long usedToday,
            boolean privateApp) {

        /**
         * Write HubSpot's rate-limit headers: the window's when it is on, the daily ones
         * for private apps when the quota is on.
         * @param headers the response headers
         */
        public void writeHeaders(HttpHeaders headers) {
            if (this.settings.windowEnabled()) {
                headers.set(MAX_HEADER, Integer.toString(this.settings.maxRequests()));
                headers.set(REMAINING_HEADER,
                        Integer.toString(Math.max(0, this.settings.maxRequests() - this.inWindow)));
                headers.set(INTERVAL_HEADER, Long.toString(this.settings.intervalMillis()));
            }
            if (this.privateApp && this.settings.dailyEnabled()) {
                headers.set(DAILY_HEADER, Long.toString(this.settings.dailyLimit()));
                headers.set(DAILY_REMAINING_HEADER,
                        Long.toString(Math.max(0, this.settings.dailyLimit() - this.usedToday)));
            }
        }

    }

    /**
     * Admission times (epoch millis) of one app's last interval, oldest first, in a
     * growable ring.
     */
    private static final class Window {

        private long[] times = new long[16];

        private int head;

        private int size;

        /** Drop admissions older than the interval and count the rest. */
        int count(long now, long intervalMillis) {
            long cutoff = now - intervalMillis;
            while (this.size > 0 && this.times[this.head] <= cutoff) {
                this.head = (this.head + 1) % this.times.length;
                this.size--;
            }
            return this.size;
        }

        void add(long time) {
            if (this.size == this.times.length) {
                long[] grown = new long[this.times.length * 2];
                for (int i = 0; i < this.size; i++) {
                    grown[i] = this.times[(this.head + i) % this.times.length];
                }
                this.times = grown;
                this.head = 0;
            }
            this.times[(this.head + this.size) % this.times.length] = time;
            this.size++;
        }

    }

}
