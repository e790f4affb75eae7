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

package io.github.associations.emulator.control;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * Immutable settings of a {@code HubSpotEmulator}: where it listens, which credentials it
 * accepts, its rate limits and how its CRM behaves. Start from {@link #builder()}; every
 * setting has HubSpot's documented default where there is one.
 *
 * @since 0.1.0
 */
public final class EmulatorOptions {

    /** The private-app token accepted when none is configured. */
    public static final String DEFAULT_PRIVATE_APP_TOKEN = "pat-local";

    private final String host;

    private final int port;

    private final List<String> privateAppTokens;

    private final List<String> readOnlyTokens;

    private final List<OAuthClient> oauthClients;

    private final Duration accessTokenLifetime;

    private final boolean rotateRefreshTokens;

    private final boolean rateLimitEnabled;

    private final int rateLimitMaxRequests;

    private final Duration rateLimitInterval;

    private final boolean dailyLimitEnabled;

    private final long dailyLimit;

    private final ZoneId dailyLimitZone;

    private final @Nullable Duration retryAfter;

    private final Set<EmulatorEndpoint> burstExemptEndpoints;

    private final boolean strictRecords;

    private final int maxCustomLabelsPerObjectPair;

    private final boolean clampPageSize;

    private final Clock clock;

    private final int requestLogCapacity;

    private final long portalId;

    private EmulatorOptions(Builder builder) {
        this.host = builder.host;
        this.port = builder.port;
        this.privateAppTokens = List.copyOf(builder.privateAppTokens);
        this.readOnlyTokens = List.copyOf(builder.readOnlyTokens);
        this.oauthClients = List.copyOf(builder.oauthClients);
        this.accessTokenLifetime = builder.accessTokenLifetime;
        this.rotateRefreshTokens = builder.rotateRefreshTokens;
        this.rateLimitEnabled = builder.rateLimitEnabled;
        this.rateLimitMaxRequests = builder.rateLimitMaxRequests;
        this.rateLimitInterval = builder.rateLimitInterval;
        this.dailyLimitEnabled = builder.dailyLimitEnabled;
        this.dailyLimit = builder.dailyLimit;
        this.dailyLimitZone = builder.dailyLimitZone;
        this.retryAfter = builder.retryAfter;
        this.burstExemptEndpoints = builder.burstExemptEndpoints.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(builder.burstExemptEndpoints));
        this.strictRecords = builder.strictRecords;
        this.maxCustomLabelsPerObjectPair = builder.maxCustomLabelsPerObjectPair;
        this.clampPageSize = builder.clampPageSize;
        this.clock = builder.clock;
        this.requestLogCapacity = builder.requestLogCapacity;
        this.portalId = builder.portalId;
    }

    /**
     * The defaults: 127.0.0.1 on a free port, private-app token
     * {@value #DEFAULT_PRIVATE_APP_TOKEN}, 100 requests per 10 s, 250,000 requests a day
     * resetting at midnight UTC, strict records.
     * @return the default options
     */
    public static EmulatorOptions defaults() {
        return builder().build();
    }

    /**
     * A builder holding the defaults.
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these options, to derive changed options from.
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The address the server binds.
     * @return the host name or IP address
     */
    public String host() {
        return this.host;
    }

    /**
     * The port the server binds; {@code 0} picks a free one.
     * @return the port
     */
    public int port() {
        return this.port;
    }

    /**
     * The private-app access tokens accepted with every scope.
     * @return the tokens, in the order configured
     */
    public List<String> privateAppTokens() {
        return this.privateAppTokens;
    }

    /**
     * The private-app access tokens granted read scopes only: writes with them get 403
     * {@code MISSING_SCOPES}.
     * @return the tokens
     */
    public List<String> readOnlyTokens() {
        return this.readOnlyTokens;
    }

    /**
     * The OAuth clients whose refresh tokens the token endpoints accept.
     * @return the clients
     */
    public List<OAuthClient> oauthClients() {
        return this.oauthClients;
    }

    /**
     * How long an issued OAuth access token lives ({@code expires_in}).
     * @return the lifetime
     */
    public Duration accessTokenLifetime() {
        return this.accessTokenLifetime;
    }

    /**
     * Whether each refresh issues a new refresh token and invalidates the one used
     * (HubSpot documents no rotation).
     * @return whether refresh tokens rotate
     */
    public boolean rotateRefreshTokens() {
        return this.rotateRefreshTokens;
    }

    /**
     * Whether the rolling burst window is enforced.
     * @return whether the burst limit is on
     */
    public boolean rateLimitEnabled() {
        return this.rateLimitEnabled;
    }

    /**
     * Requests admitted per app within {@link #rateLimitInterval()}.
     * @return the maximum
     */
    public int rateLimitMaxRequests() {
        return this.rateLimitMaxRequests;
    }

    /**
     * The length of the rolling burst window.
     * @return the interval
     */
    public Duration rateLimitInterval() {
        return this.rateLimitInterval;
    }

    /**
     * Whether the daily quota of private-app requests is enforced.
     * @return whether the daily limit is on
     */
    public boolean dailyLimitEnabled() {
        return this.dailyLimitEnabled;
    }

    /**
     * Requests per day shared by every private app of the account.
     * @return the daily limit
     */
    public long dailyLimit() {
        return this.dailyLimit;
    }

    /**
     * The zone whose midnight resets the daily quota (HubSpot uses the account's time
     * zone).
     * @return the zone
     */
    public ZoneId dailyLimitZone() {
        return this.dailyLimitZone;
    }

    /**
     * The {@code Retry-After} sent on 429 responses, in whole seconds; {@code null} sends
     * none (HubSpot documents none).
     * @return the delay, or {@code null}
     */
    public @Nullable Duration retryAfter() {
        return this.retryAfter;
    }

    /**
     * Endpoints exempt from the burst window (they still count against the daily quota).
     * @return the exempt endpoints
     */
    public Set<EmulatorEndpoint> burstExemptEndpoints() {
        return this.burstExemptEndpoints;
    }

    /**
     * Whether only seeded records exist; otherwise every positive numeric id does.
     * @return whether records are strict
     */
    public boolean strictRecords() {
        return this.strictRecords;
    }

    /**
     * Custom labels allowed per object pair.
     * @return the cap
     */
    public int maxCustomLabelsPerObjectPair() {
        return this.maxCustomLabelsPerObjectPair;
    }

    /**
     * Whether a record-list {@code limit} above 500 is clamped rather than rejected.
     * @return whether page sizes are clamped
     */
    public boolean clampPageSize() {
        return this.clampPageSize;
    }

    /**
     * The clock for token expiry, the rolling window, the daily reset and timestamps.
     * @return the clock
     */
    public Clock clock() {
        return this.clock;
    }

    /**
     * How many requests the request log keeps (counts are kept for every request).
     * @return the capacity
     */
    public int requestLogCapacity() {
        return this.requestLogCapacity;
    }

    /**
     * The emulated account's portal (hub) id, used in 429 {@code groupName}s.
     * @return the portal id
     */
    public long portalId() {
        return this.portalId;
    }

    @Override
    public String toString() {
        return "EmulatorOptions[host=" + this.host + ", port=" + this.port + ", privateAppTokens="
                + this.privateAppTokens.size() + ", readOnlyTokens=" + this.readOnlyTokens.size() + ", oauthClients="
                + this.oauthClients.size() + ", rateLimit="
                + (this.rateLimitEnabled ? this.rateLimitMaxRequests + "/" + this.rateLimitInterval : "off")
                + ", dailyLimit=" + (this.dailyLimitEnabled ? this.dailyLimit : "off") + ", strictRecords="
                + this.strictRecords + "]";
    }

    /**
     * An OAuth client (public app) the token endpoint accepts.
     *
     * @param clientId the OAuth client's id
     * @param clientSecret the OAuth client's secret
     * @param refreshTokens the refresh tokens initially valid for this client
     * @since 0.1.0
     */
    public record OAuthClient(String clientId, String clientSecret, List<String> refreshTokens) {

        /**
         * Validate and copy.
         * @param clientId the OAuth client's id
         * @param clientSecret the OAuth client's secret
         * @param refreshTokens the refresh tokens initially valid for this client
         */
        public OAuthClient {
            requireText(clientId, "clientId");
            requireText(clientSecret, "clientSecret");
            refreshTokens = List.copyOf(refreshTokens);
            refreshTokens.forEach((token) -> requireText(token, "refreshToken"));
        }

        @Override
        public String toString() {
            return "OAuthClient[clientId=" + this.clientId + ", refreshTokens=" + this.refreshTokens.size() + "]";
        }

    }

    /**
     * Builds {@link EmulatorOptions}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private String host = "127.0.0.1";

        private int port;

        private final List<String> privateAppTokens = new ArrayList<>(List.of(DEFAULT_PRIVATE_APP_TOKEN));

        private final List<String> readOnlyTokens = new ArrayList<>();

        private final List<OAuthClient> oauthClients = new ArrayList<>();

        private Duration accessTokenLifetime = Duration.ofSeconds(1800);

        private boolean rotateRefreshTokens;

        private boolean rateLimitEnabled = true;

        private int rateLimitMaxRequests = 100;

        private Duration rateLimitInterval = Duration.ofSeconds(10);

        private boolean dailyLimitEnabled = true;

        private long dailyLimit = 250_000;

        private ZoneId dailyLimitZone = ZoneOffset.UTC;

        private @Nullable Duration retryAfter;

        private final Set<EmulatorEndpoint> burstExemptEndpoints = EnumSet.noneOf(EmulatorEndpoint.class);

        private boolean strictRecords = true;

        private int maxCustomLabelsPerObjectPair = 10;

        private boolean clampPageSize;

        private Clock clock = Clock.systemUTC();

        private int requestLogCapacity = 100_000;

        private long portalId = 1234567;

        private Builder() {
        }

        private Builder(EmulatorOptions options) {
            this.host = options.host;
            this.port = options.port;
            this.privateAppTokens.clear();
            this.privateAppTokens.addAll(options.privateAppTokens);
            this.readOnlyTokens.addAll(options.readOnlyTokens);
            this.oauthClients.addAll(options.oauthClients);
            this.accessTokenLifetime = options.accessTokenLifetime;
            this.rotateRefreshTokens = options.rotateRefreshTokens;
            this.rateLimitEnabled = options.rateLimitEnabled;
            this.rateLimitMaxRequests = options.rateLimitMaxRequests;
            this.rateLimitInterval = options.rateLimitInterval;
            this.dailyLimitEnabled = options.dailyLimitEnabled;
            this.dailyLimit = options.dailyLimit;
            this.dailyLimitZone = options.dailyLimitZone;
            this.retryAfter = options.retryAfter;
            this.burstExemptEndpoints.addAll(options.burstExemptEndpoints);
            this.strictRecords = options.strictRecords;
            this.maxCustomLabelsPerObjectPair = options.maxCustomLabelsPerObjectPair;
            this.clampPageSize = options.clampPageSize;
            this.clock = options.clock;
            this.requestLogCapacity = options.requestLogCapacity;
            this.portalId = options.portalId;
        }

        /**
         * The address to bind, {@code 127.0.0.1} by default ({@code 0.0.0.0} in a
         * container).
         * @param host the host name or IP address
         * @return this builder
         */
        public Builder host(String host) {
            this.host = requireText(host, "host");
            return this;
        }

        /**
         * The port to bind; {@code 0} (the default) picks a free one.
         * @param port the port, 0 to 65535
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Replace the accepted private-app tokens (default
         * {@value #DEFAULT_PRIVATE_APP_TOKEN}); each token is its own app for the burst
         * window. No arguments accepts no private-app token at all.
         * @param tokens the bearer tokens to accept
         * @return this builder
         */
        public Builder privateAppTokens(String... tokens) {
            this.privateAppTokens.clear();
            Arrays.stream(tokens).forEach((token) -> this.privateAppTokens.add(requireText(token, "token")));
            return this;
        }

        /**
         * Add private-app tokens granted read scopes only; a write with one gets 403
         * {@code MISSING_SCOPES}.
         * @param tokens the bearer tokens to accept
         * @return this builder
         */
        public Builder readOnlyTokens(String... tokens) {
            Arrays.stream(tokens).forEach((token) -> this.readOnlyTokens.add(requireText(token, "token")));
            return this;
        }

        /**
         * Add an OAuth client whose refresh tokens the token endpoint accepts.
         * @param clientId the OAuth client's id
         * @param clientSecret the OAuth client's secret
         * @param refreshTokens the refresh tokens valid for this client
         * @return this builder
         */
        public Builder oauthClient(String clientId, String clientSecret, String... refreshTokens) {
            this.oauthClients.add(new OAuthClient(clientId, clientSecret, List.of(refreshTokens)));
            return this;
        }

        /**
         * The lifetime of issued access tokens ({@code expires_in}), 1800 s by default.
         * @param lifetime a positive duration, in whole seconds
         * @return this builder
         */
        public Builder accessTokenLifetime(Duration lifetime) {
            if (lifetime.isNegative() || lifetime.isZero()) {
                throw new IllegalArgumentException("accessTokenLifetime must be positive: " + lifetime);
            }
            this.accessTokenLifetime = lifetime;
            return this;
        }

        /**
         * Whether each refresh issues a new refresh token and invalidates the one used;
         * off by default, as HubSpot documents no rotation.
         * @param rotate whether to rotate
         * @return this builder
         */
        public Builder rotateRefreshTokens(boolean rotate) {
            this.rotateRefreshTokens = rotate;
            return this;
        }

        /**
         * Enforce a rolling burst window of {@code maxRequests} per {@code interval} per
         * app (default 100 per 10 s).
         * @param maxRequests requests admitted within any interval, positive
         * @param interval the window length, at least a millisecond
         * @return this builder
         */
        public Builder rateLimit(int maxRequests, Duration interval) {
            requireWindow(maxRequests, interval);
            this.rateLimitEnabled = true;
            this.rateLimitMaxRequests = maxRequests;
            this.rateLimitInterval = interval;
            return this;
        }

        /**
         * Turn the burst window off (its headers are then not sent).
         * @return this builder
         */
        public Builder noRateLimit() {
            this.rateLimitEnabled = false;
            return this;
        }

        /**
         * Enforce a daily quota shared by every private app of the account (default
         * 250,000).
         * @param requestsPerDay the quota, zero or more
         * @return this builder
         */
        public Builder dailyLimit(long requestsPerDay) {
            if (requestsPerDay < 0) {
                throw new IllegalArgumentException("dailyLimit must not be negative: " + requestsPerDay);
            }
            this.dailyLimitEnabled = true;
            this.dailyLimit = requestsPerDay;
            return this;
        }

        /**
         * Turn the daily quota off (its headers are then not sent).
         * @return this builder
         */
        public Builder noDailyLimit() {
            this.dailyLimitEnabled = false;
            return this;
        }

        /**
         * The zone whose midnight resets the daily quota (default UTC; HubSpot uses the
         * account's zone).
         * @param zone the time zone whose midnight resets the quota
         * @return this builder
         */
        public Builder dailyLimitZone(ZoneId zone) {
            Assert.notNull(zone, "zone must not be null");
            this.dailyLimitZone = zone;
            return this;
        }

        /**
         * Send {@code Retry-After} (in whole seconds) on 429 responses; {@code null} (the
         * default) sends none, as HubSpot documents none.
         * @param retryAfter the delay, or {@code null}
         * @return this builder
         */
        public Builder retryAfter(@Nullable Duration retryAfter) {
            if (retryAfter != null && retryAfter.isNegative()) {
                throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
            }
            this.retryAfter = retryAfter;
            return this;
        }

        /**
         * Exempt endpoints from the burst window (none by default). HubSpot's spec marks
         * batch and schema endpoints
         * {@code x-hubspot-rate-limit-exemptions: ten-secondly} without documenting what
         * it means.
         * @param endpoints the exempt endpoints
         * @return this builder
         */
        public Builder burstExempt(EmulatorEndpoint... endpoints) {
            this.burstExemptEndpoints.addAll(Arrays.asList(endpoints));
            return this;
        }

        /**
         * Whether only seeded records exist (the in-process default); otherwise every
         * positive numeric id does.
         * @param strict whether records are strict
         * @return this builder
         */
        public Builder strictRecords(boolean strict) {
            this.strictRecords = strict;
            return this;
        }

        /**
         * Custom labels allowed per object pair (default 10, HubSpot's developer docs; a
         * later KB copy says 50).
         * @param max the cap, positive
         * @return this builder
         */
        public Builder maxCustomLabelsPerObjectPair(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxCustomLabelsPerObjectPair must be positive: " + max);
            }
            this.maxCustomLabelsPerObjectPair = max;
            return this;
        }

        /**
         * Whether a record-list {@code limit} above 500 is clamped to 500 rather than
         * rejected with 400 (default: rejected; HubSpot's behaviour is undocumented).
         * @param clamp whether to clamp
         * @return this builder
         */
        public Builder clampPageSize(boolean clamp) {
            this.clampPageSize = clamp;
            return this;
        }

        /**
         * The clock for token expiry, the rolling window, the daily reset and timestamps
         * (default system UTC).
         * @param clock the time source of token expiry, rate-limit windows and timestamps
         * @return this builder
         */
        public Builder clock(Clock clock) {
            Assert.notNull(clock, "clock must not be null");
            this.clock = clock;
            return this;
        }

        /**
         * How many requests the request log keeps, oldest dropped first (default
         * 100,000).
         * @param capacity the capacity, zero or more
         * @return this builder
         */
        public Builder requestLogCapacity(int capacity) {
            if (capacity < 0) {
                throw new IllegalArgumentException("requestLogCapacity must not be negative: " + capacity);
            }
            this.requestLogCapacity = capacity;
            return this;
        }

        /**
         * The emulated account's portal (hub) id (default 1234567).
         * @param portalId the account's portal (hub) id, shown in 429 group names
         * @return this builder
         */
        public Builder portalId(long portalId) {
            this.portalId = portalId;
            return this;
        }

        /**
         * Build the options.
         * @return the immutable options
         */
        public EmulatorOptions build() {
            return new EmulatorOptions(this);
        }

    }

    private static void requireWindow(int maxRequests, Duration interval) {
        if (maxRequests < 1) {
            throw new IllegalArgumentException("maxRequests must be positive: " + maxRequests);
        }
        if (interval.toMillis() < 1) {
            throw new IllegalArgumentException("interval must be at least 1 ms: " + interval);
        }
    }

    private static String requireText(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

}
