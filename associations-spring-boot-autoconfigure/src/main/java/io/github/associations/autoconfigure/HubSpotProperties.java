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

package io.github.associations.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.associations.client.ApiVersion;
import io.github.associations.client.AssociationsSettings;
import io.github.associations.client.CoalescingSettings;
import io.github.associations.resilience.RateLimitSettings;
import io.github.associations.resilience.RateLimitTier;
import io.github.associations.resilience.RetrySettings;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.style.ToStringCreator;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * {@link ConfigurationProperties @ConfigurationProperties} for HubSpot: where the API is,
 * how to authenticate, and how the client sends batches. Beans read the URL and
 * credentials through {@link HubSpotConnectionDetails}, never from here directly.
 * <p>
 * {@link #toString()} masks the access token, client secret and refresh token.
 * <p>
 * As a {@link Validator}, the properties check themselves when they are bound, so that a
 * value HubSpot's client cannot use fails the application's startup as Spring Boot
 * reports binding failures: the property, its value, the reason.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("hubspot")
public class HubSpotProperties implements Validator {

    /** A value that still holds a placeholder: its property or variable was not set. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]*)[^}]*}");

    /**
     * Base URL of HubSpot's API.
     */
    private String baseUrl = "https://api.hubapi.com";

    /**
     * Version of HubSpot's API to call: one of its date-based versions, or 'v4', which
     * HubSpot stops supporting on 2027-03-30.
     */
    private String apiVersion = "2026-09";

    /**
     * Access token of a HubSpot private app, sent as a bearer token. Cannot be combined
     * with 'hubspot.oauth.*'.
     */
    private @Nullable String accessToken;

    /**
     * Time to wait for a TCP connection to HubSpot.
     */
    private Duration connectTimeout = Duration.ofSeconds(10);

    /**
     * Time to wait for HubSpot's response to a request, per attempt.
     */
    private Duration responseTimeout = Duration.ofSeconds(30);

    private final OAuth oauth = new OAuth();

    private final Batch batch = new Batch();

    private final RateLimit rateLimit = new RateLimit();

    private final Retry retry = new Retry();

    private final Coalescing coalescing = new Coalescing();

    public String getBaseUrl() {
        return this.baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getApiVersion() {
        return this.apiVersion;
    }

    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    public @Nullable String getAccessToken() {
        return this.accessToken;
    }

    public void setAccessToken(@Nullable String accessToken) {
        this.accessToken = accessToken;
    }

    public Duration getConnectTimeout() {
        return this.connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getResponseTimeout() {
        return this.responseTimeout;
    }

    public void setResponseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public OAuth getOauth() {
        return this.oauth;
    }

    public Batch getBatch() {
        return this.batch;
    }

    public RateLimit getRateLimit() {
        return this.rateLimit;
    }

    public Retry getRetry() {
        return this.retry;
    }

    public Coalescing getCoalescing() {
        return this.coalescing;
    }

    @Override
    public String toString() {
        return new ToStringCreator(this).append("baseUrl", this.baseUrl)
            .append("apiVersion", this.apiVersion)
            .append("accessToken", mask(this.accessToken))
            .append("connectTimeout", this.connectTimeout)
            .append("responseTimeout", this.responseTimeout)
            .append("oauth", this.oauth)
            .append("batch", this.batch)
            .append("rateLimit", this.rateLimit)
            .append("retry", this.retry)
            .toString();
    }

    @Override
    public boolean supports(Class<?> type) {
        return HubSpotProperties.class.isAssignableFrom(type);
    }

    /**
     * Check every property against what HubSpot's client accepts, and that no credential
     * is a placeholder left unresolved. Secrets are only ever rejected for being such a
     * placeholder, so that a failure analysis never shows one.
     * @param target the bound properties
     * @param errors where each invalid property is reported
     */
    @Override
    public void validate(Object target, Errors errors) {
        HubSpotProperties properties = (HubSpotProperties) target;
        rejectPlaceholder(errors, "accessToken", properties.getAccessToken());
        rejectPlaceholder(errors, "oauth.clientId", properties.getOauth().getClientId());
        rejectPlaceholder(errors, "oauth.clientSecret", properties.getOauth().getClientSecret());
        rejectPlaceholder(errors, "oauth.refreshToken", properties.getOauth().getRefreshToken());
        if (!isHttpUrl(properties.getBaseUrl())) {
            errors.rejectValue("baseUrl", "hubspot.url",
                    "must be an absolute http(s) URL without query or fragment, such as https://api.hubapi.com");
        }
        try {
            ApiVersion.of(properties.getApiVersion());
        }
        catch (IllegalArgumentException ex) {
            errors.rejectValue("apiVersion", "hubspot.apiVersion", "must be one of " + supportedApiVersions());
        }
        rejectUnlessPositive(errors, "connectTimeout", properties.getConnectTimeout());
        rejectUnlessPositive(errors, "responseTimeout", properties.getResponseTimeout());
        properties.getOauth().validate(errors);
        properties.getBatch().validate(errors);
        properties.getRateLimit().validate(errors);
        properties.getRetry().validate(errors);
        properties.getCoalescing().validate(errors);
    }

    private static void rejectPlaceholder(Errors errors, String field, @Nullable String value) {
        Matcher placeholder = (value != null) ? PLACEHOLDER.matcher(value) : null;
        if (placeholder != null && placeholder.find()) {
            String name = placeholder.group(1).strip();
            errors.rejectValue(field, "hubspot.placeholder",
                    "is a placeholder that was not resolved: set the environment variable (or property) " + name
                            + ", or give the placeholder an empty default (${" + name + ":}) if the credential is "
                            + "optional");
        }
    }

    private static boolean isHttpUrl(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(value.strip());
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getRawQuery() == null && uri.getRawFragment() == null;
        }
        catch (URISyntaxException ex) {
            return false;
        }
    }

    private static String supportedApiVersions() {
        StringBuilder versions = new StringBuilder();
        for (ApiVersion version : ApiVersion.values()) {
            versions.append((versions.length() > 0) ? ", " : "").append(version.value());
        }
        return versions.toString();
    }

    private static void rejectUnlessPositive(Errors errors, String field, @Nullable Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            errors.rejectValue(field, "hubspot.positive", "must be a positive duration");
        }
    }

    private static void rejectIfNegative(Errors errors, String field, @Nullable Duration value) {
        if (value == null || value.isNegative()) {
            errors.rejectValue(field, "hubspot.notNegative", "must not be a negative duration");
        }
    }

    private static void rejectUnlessBetween(Errors errors, String field, double value, double min, double max,
            String reason) {
        if (!(value >= min && value <= max)) {
            errors.rejectValue(field, "hubspot.range", reason);
        }
    }

    static @Nullable String mask(@Nullable String secret) {
        return (secret != null) ? "******" : null;
    }

    /**
     * OAuth credentials of a HubSpot public app, exchanged for short-lived access tokens
     * with the refresh-token grant.
     *
     * @since 0.1.0
     */
    public static class OAuth {

        /**
         * Client ID of the HubSpot public app.
         */
        private @Nullable String clientId;

        /**
         * Client secret of the HubSpot public app.
         */
        private @Nullable String clientSecret;

        /**
         * Refresh token an account granted the public app, exchanged for access tokens.
         */
        private @Nullable String refreshToken;

        /**
         * URI of HubSpot's OAuth token endpoint. Defaults to the token endpoint of the
         * API version at the base URL: '<base-url>/oauth/2026-09/token' for 2026-09,
         * '<base-url>/oauth/2026-03/token' for 2026-03 and v4.
         */
        private @Nullable String tokenUri;

        /**
         * Time before an access token's expiry at which it is refreshed. Keep it well
         * below the token lifetime, 30 minutes at HubSpot.
         */
        private Duration refreshBeforeExpiry = Duration.ofSeconds(60);

        public @Nullable String getClientId() {
            return this.clientId;
        }

        public void setClientId(@Nullable String clientId) {
            this.clientId = clientId;
        }

        public @Nullable String getClientSecret() {
            return this.clientSecret;
        }

        public void setClientSecret(@Nullable String clientSecret) {
            this.clientSecret = clientSecret;
        }

        public @Nullable String getRefreshToken() {
            return this.refreshToken;
        }

        public void setRefreshToken(@Nullable String refreshToken) {
            this.refreshToken = refreshToken;
        }

        public @Nullable String getTokenUri() {
            return this.tokenUri;
        }

        public void setTokenUri(@Nullable String tokenUri) {
            this.tokenUri = tokenUri;
        }

        public Duration getRefreshBeforeExpiry() {
            return this.refreshBeforeExpiry;
        }

        public void setRefreshBeforeExpiry(Duration refreshBeforeExpiry) {
            this.refreshBeforeExpiry = refreshBeforeExpiry;
        }

        void validate(Errors errors) {
            if (this.tokenUri != null && !this.tokenUri.isBlank() && !isHttpUrl(this.tokenUri)) {
                errors.rejectValue("oauth.tokenUri", "hubspot.url",
                        "must be an absolute http(s) URL, such as " + "https://api.hubapi.com/oauth/2026-09/token");
            }
            rejectIfNegative(errors, "oauth.refreshBeforeExpiry", this.refreshBeforeExpiry);
        }

        @Override
        public String toString() {
            return new ToStringCreator(this).append("clientId", this.clientId)
                .append("clientSecret", mask(this.clientSecret))
                .append("refreshToken", mask(this.refreshToken))
                .append("tokenUri", this.tokenUri)
                .append("refreshBeforeExpiry", this.refreshBeforeExpiry)
                .toString();
        }

    }

    /**
     * How batch operations split their inputs into requests and how many requests they
     * send at once.
     *
     * @since 0.1.0
     */
    public static class Batch {

        /**
         * Maximum number of inputs per batch read request, up to HubSpot's documented
         * limit.
         */
        private int readChunkSize = 1000;

        /**
         * Maximum number of inputs per batch create request, up to HubSpot's documented
         * limit.
         */
        private int createChunkSize = 2000;

        /**
         * Maximum number of inputs per batch request creating default associations.
         */
        private int associateDefaultChunkSize = 1000;

        /**
         * Maximum number of inputs per batch archive request.
         */
        private int archiveChunkSize = 1000;

        /**
         * Maximum number of inputs per batch request archiving association labels.
         */
        private int archiveLabelsChunkSize = 1000;

        /**
         * Maximum number of requests of one batch operation in flight at once.
         */
        private int concurrency = 2;

        public int getReadChunkSize() {
            return this.readChunkSize;
        }

        public void setReadChunkSize(int readChunkSize) {
            this.readChunkSize = readChunkSize;
        }

        public int getCreateChunkSize() {
            return this.createChunkSize;
        }

        public void setCreateChunkSize(int createChunkSize) {
            this.createChunkSize = createChunkSize;
        }

        public int getAssociateDefaultChunkSize() {
            return this.associateDefaultChunkSize;
        }

        public void setAssociateDefaultChunkSize(int associateDefaultChunkSize) {
            this.associateDefaultChunkSize = associateDefaultChunkSize;
        }

        public int getArchiveChunkSize() {
            return this.archiveChunkSize;
        }

        public void setArchiveChunkSize(int archiveChunkSize) {
            this.archiveChunkSize = archiveChunkSize;
        }

        public int getArchiveLabelsChunkSize() {
            return this.archiveLabelsChunkSize;
        }

        public void setArchiveLabelsChunkSize(int archiveLabelsChunkSize) {
            this.archiveLabelsChunkSize = archiveLabelsChunkSize;
        }

        public int getConcurrency() {
            return this.concurrency;
        }

        public void setConcurrency(int concurrency) {
            this.concurrency = concurrency;
        }

        void validate(Errors errors) {
            chunkSize(errors, "readChunkSize", this.readChunkSize, AssociationsSettings.MAX_BATCH_READ_INPUTS);
            chunkSize(errors, "createChunkSize", this.createChunkSize, AssociationsSettings.MAX_BATCH_CREATE_INPUTS);
            chunkSize(errors, "associateDefaultChunkSize", this.associateDefaultChunkSize, Integer.MAX_VALUE);
            chunkSize(errors, "archiveChunkSize", this.archiveChunkSize, Integer.MAX_VALUE);
            chunkSize(errors, "archiveLabelsChunkSize", this.archiveLabelsChunkSize, Integer.MAX_VALUE);
            if (this.concurrency < 1) {
                errors.rejectValue("batch.concurrency", "hubspot.range", "must be at least 1");
            }
        }

        private static void chunkSize(Errors errors, String field, int value, int max) {
            rejectUnlessBetween(errors, "batch." + field, value, 1, max,
                    (max == Integer.MAX_VALUE) ? "must be at least 1"
                            : "must be between 1 and " + max + ", the most inputs HubSpot accepts in one request");
        }

        @Override
        public String toString() {
            return new ToStringCreator(this).append("readChunkSize", this.readChunkSize)
                .append("createChunkSize", this.createChunkSize)
                .append("associateDefaultChunkSize", this.associateDefaultChunkSize)
                .append("archiveChunkSize", this.archiveChunkSize)
                .append("archiveLabelsChunkSize", this.archiveLabelsChunkSize)
                .append("concurrency", this.concurrency)
                .toString();
        }

    }

    /**
     * Client-side rate limiting of every HTTP attempt (pages, batch chunks and retries
     * included), tuned to HubSpot's rolling burst window and daily limit.
     *
     * @since 0.1.0
     */
    public static class RateLimit {

        /**
         * Whether the client limits its own request rate.
         */
        private boolean enabled = true;

        /**
         * HubSpot tier whose published burst limit applies, unless
         * 'hubspot.rate-limit.max-requests' is set.
         */
        private RateLimitTier tier = RateLimitTier.PRIVATE_APP_FREE_STARTER;

        /**
         * Maximum number of requests per interval, overriding the tier's limit.
         */
        private @Nullable Integer maxRequests;

        /**
         * Length of HubSpot's rolling window.
         */
        private Duration interval = Duration.ofSeconds(10);

        /**
         * Longest time a call waits for a permit before failing.
         */
        private Duration maxWait = Duration.ofMinutes(5);

        /**
         * Whether HubSpot's X-HubSpot-RateLimit headers correct the client's pace, so
         * that instances and apps sharing one limit slow down together.
         */
        private boolean adaptive = true;

        /**
         * Extra time the client counts each request against the window, covering the
         * network delay between the client's clock and HubSpot's.
         */
        private Duration safetyMargin = Duration.ofMillis(200);

        /**
         * Time zone of the HubSpot account, whose midnight resets the daily limit.
         */
        private ZoneId dailyResetZone = ZoneOffset.UTC;

        /**
         * How long calls fail fast after HubSpot reports the daily limit reached, instead
         * of until midnight in the account's time zone.
         */
        private @Nullable Duration dailyCoolDown;

        /**
         * Where the burst window's slots and the daily-limit state are kept: per
         * instance, or in Redis, shared by every instance of the application.
         */
        private RateLimitStoreType store = RateLimitStoreType.MEMORY;

        /**
         * Key of the burst window in a shared store, replacing the one derived from the
         * credentials (a hash of the private app's access token, or the public app's
         * client ID and installing account). Applications that share one HubSpot app's
         * window across several tokens set the same key.
         */
        private @Nullable String sharedWindowKey;

        /**
         * Key of the daily quota in a shared store, replacing the one derived from the
         * credentials (the account). Applications that share one account's daily quota
         * across several tokens set the same key.
         */
        private @Nullable String sharedDailyKey;

        private final Redis redis = new Redis();

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public RateLimitTier getTier() {
            return this.tier;
        }

        public void setTier(RateLimitTier tier) {
            this.tier = tier;
        }

        public @Nullable Integer getMaxRequests() {
            return this.maxRequests;
        }

        public void setMaxRequests(@Nullable Integer maxRequests) {
            this.maxRequests = maxRequests;
        }

        public Duration getInterval() {
            return this.interval;
        }

        public void setInterval(Duration interval) {
            this.interval = interval;
        }

        public Duration getMaxWait() {
            return this.maxWait;
        }

        public void setMaxWait(Duration maxWait) {
            this.maxWait = maxWait;
        }

        public boolean isAdaptive() {
            return this.adaptive;
        }

        public void setAdaptive(boolean adaptive) {
            this.adaptive = adaptive;
        }

        public Duration getSafetyMargin() {
            return this.safetyMargin;
        }

        public void setSafetyMargin(Duration safetyMargin) {
            this.safetyMargin = safetyMargin;
        }

        public ZoneId getDailyResetZone() {
            return this.dailyResetZone;
        }

        public void setDailyResetZone(ZoneId dailyResetZone) {
            this.dailyResetZone = dailyResetZone;
        }

        public @Nullable Duration getDailyCoolDown() {
            return this.dailyCoolDown;
        }

        public void setDailyCoolDown(@Nullable Duration dailyCoolDown) {
            this.dailyCoolDown = dailyCoolDown;
        }

        public RateLimitStoreType getStore() {
            return this.store;
        }

        public void setStore(RateLimitStoreType store) {
            this.store = store;
        }

        public @Nullable String getSharedWindowKey() {
            return this.sharedWindowKey;
        }

        public void setSharedWindowKey(@Nullable String sharedWindowKey) {
            this.sharedWindowKey = sharedWindowKey;
        }

        public @Nullable String getSharedDailyKey() {
            return this.sharedDailyKey;
        }

        public void setSharedDailyKey(@Nullable String sharedDailyKey) {
            this.sharedDailyKey = sharedDailyKey;
        }

        public Redis getRedis() {
            return this.redis;
        }

        /**
         * These properties as the client's settings.
         * @return the settings the client's template is built with
         */
        public RateLimitSettings toSettings() {
            int max = (this.maxRequests != null) ? this.maxRequests : this.tier.burstLimit();
            return new RateLimitSettings(this.enabled, max, this.interval, this.maxWait, this.adaptive,
                    this.safetyMargin, this.dailyResetZone, this.dailyCoolDown);
        }

        void validate(Errors errors) {
            if (this.maxRequests != null && this.maxRequests < 1) {
                errors.rejectValue("rateLimit.maxRequests", "hubspot.range", "must be at least 1");
            }
            rejectUnlessPositive(errors, "rateLimit.interval", this.interval);
            rejectUnlessPositive(errors, "rateLimit.maxWait", this.maxWait);
            rejectIfNegative(errors, "rateLimit.safetyMargin", this.safetyMargin);
            if (this.dailyCoolDown != null) {
                rejectUnlessPositive(errors, "rateLimit.dailyCoolDown", this.dailyCoolDown);
            }
            rejectUnlessPositive(errors, "rateLimit.redis.commandTimeout", this.redis.getCommandTimeout());
            rejectUnlessPositive(errors, "rateLimit.redis.pollInterval", this.redis.getPollInterval());
            rejectUnlessPositive(errors, "rateLimit.redis.recoveryInterval", this.redis.getRecoveryInterval());
        }

        @Override
        public String toString() {
            return new ToStringCreator(this).append("enabled", this.enabled)
                .append("tier", this.tier)
                .append("maxRequests", this.maxRequests)
                .append("interval", this.interval)
                .append("maxWait", this.maxWait)
                .append("adaptive", this.adaptive)
                .append("safetyMargin", this.safetyMargin)
                .append("dailyResetZone", this.dailyResetZone)
                .append("dailyCoolDown", this.dailyCoolDown)
                .append("store", this.store)
                .append("sharedWindowKey", this.sharedWindowKey)
                .append("sharedDailyKey", this.sharedDailyKey)
                .append("redis", this.redis)
                .toString();
        }

        /**
         * The Redis store of the burst window and the daily-limit state, used with
         * {@code hubspot.rate-limit.store=redis}; the connection is Spring Boot's
         * ({@code spring.data.redis.*}).
         *
         * @since 0.1.0
         */
        public static class Redis {

            /**
             * Prefix of the keys of the burst windows and daily quotas in Redis.
             */
            private String keyPrefix = "hubspot:rate-limit:";

            /**
             * Time to wait for an answer from Redis before this instance paces its
             * requests alone, until Redis answers again.
             */
            private Duration commandTimeout = Duration.ofSeconds(1);

            /**
             * Longest time before Redis is asked again while every slot of the window is
             * taken.
             */
            private Duration pollInterval = Duration.ofMillis(100);

            /**
             * Time between two checks whether Redis answers again, while it is
             * unavailable.
             */
            private Duration recoveryInterval = Duration.ofSeconds(1);

            public String getKeyPrefix() {
                return this.keyPrefix;
            }

            public void setKeyPrefix(String keyPrefix) {
                this.keyPrefix = keyPrefix;
            }

            public Duration getCommandTimeout() {
                return this.commandTimeout;
            }

            public void setCommandTimeout(Duration commandTimeout) {
                this.commandTimeout = commandTimeout;
            }

            public Duration getPollInterval() {
                return this.pollInterval;
            }

            public void setPollInterval(Duration pollInterval) {
                this.pollInterval = pollInterval;
            }

            public Duration getRecoveryInterval() {
                return this.recoveryInterval;
            }

            public void setRecoveryInterval(Duration recoveryInterval) {
                this.recoveryInterval = recoveryInterval;
            }

            @Override
            public String toString() {
                return new ToStringCreator(this).append("keyPrefix", this.keyPrefix)
                    .append("commandTimeout", this.commandTimeout)
                    .append("pollInterval", this.pollInterval)
                    .append("recoveryInterval", this.recoveryInterval)
                    .toString();
            }

        }

    }

    /**
     * Retry of failed attempts, following HubSpot's guidance: 10-secondly 429s wait for
     * the window; 502, 503, 504, 521, 523, 524, connection failures and timeouts back off
     * exponentially; daily 429s, 400, 401, 403 and 404 are never retried.
     *
     * @since 0.1.0
     */
    public static class Retry {

        /**
         * Whether failed attempts are retried.
         */
        private boolean enabled = true;

        /**
         * Maximum number of attempts of one call, the first included.
         */
        private int maxAttempts = 5;

        /**
         * Longest time spent on one call's attempts and waits; no retry starts that would
         * end later.
         */
        private Duration maxTotalTime = Duration.ofMinutes(2);

        /**
         * First backoff after a server or connection failure.
         */
        private Duration initialBackoff = Duration.ofMillis(500);

        /**
         * Longest backoff.
         */
        private Duration maxBackoff = Duration.ofSeconds(10);

        /**
         * Growth of the backoff per attempt.
         */
        private double multiplier = 2.0;

        /**
         * Random share of each backoff, between 0 and 1.
         */
        private double jitter = 0.5;

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getMaxAttempts() {
            return this.maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getMaxTotalTime() {
            return this.maxTotalTime;
        }

        public void setMaxTotalTime(Duration maxTotalTime) {
            this.maxTotalTime = maxTotalTime;
        }

        public Duration getInitialBackoff() {
            return this.initialBackoff;
        }

        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        public Duration getMaxBackoff() {
            return this.maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        public double getMultiplier() {
            return this.multiplier;
        }

        public void setMultiplier(double multiplier) {
            this.multiplier = multiplier;
        }

        public double getJitter() {
            return this.jitter;
        }

        public void setJitter(double jitter) {
            this.jitter = jitter;
        }

        /**
         * These properties as the client's settings.
         * @return the settings the client's template is built with
         */
        public RetrySettings toSettings() {
            return new RetrySettings(this.enabled, this.maxAttempts, this.maxTotalTime, this.initialBackoff,
                    this.maxBackoff, this.multiplier, this.jitter);
        }

        void validate(Errors errors) {
            if (this.maxAttempts < 1) {
                errors.rejectValue("retry.maxAttempts", "hubspot.range", "must be at least 1, the first attempt");
            }
            rejectUnlessPositive(errors, "retry.maxTotalTime", this.maxTotalTime);
            rejectUnlessPositive(errors, "retry.initialBackoff", this.initialBackoff);
            rejectUnlessPositive(errors, "retry.maxBackoff", this.maxBackoff);
            rejectUnlessBetween(errors, "retry.multiplier", this.multiplier, 1, Double.MAX_VALUE, "must be at least 1");
            rejectUnlessBetween(errors, "retry.jitter", this.jitter, 0, 1, "must be between 0 and 1");
        }

        @Override
        public String toString() {
            return new ToStringCreator(this).append("enabled", this.enabled)
                .append("maxAttempts", this.maxAttempts)
                .append("maxTotalTime", this.maxTotalTime)
                .append("initialBackoff", this.initialBackoff)
                .append("maxBackoff", this.maxBackoff)
                .append("multiplier", this.multiplier)
                .append("jitter", this.jitter)
                .toString();
        }

    }

    /**
     * Coalescing of concurrent record-level writes (associate, associate default and, in
     * the dated API versions, remove) into HubSpot's batch calls: one request for many
     * calls, at the cost of up to one window of latency per call and batch semantics.
     *
     * @since 0.1.0
     */
    public static class Coalescing {

        /**
         * Whether concurrent record-level writes are coalesced into batch requests.
         */
        private boolean enabled;

        /**
         * Time the first call of a batch waits for others to join it, at most 1s.
         */
        private Duration window = Duration.ofMillis(5);

        /**
         * Maximum number of calls one batch request carries, at most 2000; the chunk size
         * of the batch call, when smaller, caps it.
         */
        private int maxInputs = 100;

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getWindow() {
            return this.window;
        }

        public void setWindow(Duration window) {
            this.window = window;
        }

        public int getMaxInputs() {
            return this.maxInputs;
        }

        public void setMaxInputs(int maxInputs) {
            this.maxInputs = maxInputs;
        }

        void validate(Errors errors) {
            if (this.window == null || this.window.isNegative() || this.window.isZero()
                    || this.window.compareTo(CoalescingSettings.MAX_WINDOW) > 0) {
                errors.rejectValue("coalescing.window", "hubspot.range", "must be above 0 and at most 1s");
            }
            if (this.maxInputs < 1 || this.maxInputs > AssociationsSettings.MAX_BATCH_CREATE_INPUTS) {
                errors.rejectValue("coalescing.maxInputs", "hubspot.range",
                        "must be between 1 and 2000, HubSpot's largest batch");
            }
        }

        /**
         * These properties as the client's settings.
         * @return the coalescing settings the client's template is built with
         * @throws IllegalArgumentException naming the first invalid setting
         */
        public CoalescingSettings toSettings() {
            return CoalescingSettings.builder()
                .enabled(this.enabled)
                .window(this.window)
                .maxInputs(this.maxInputs)
                .build();
        }

        @Override
        public String toString() {
            return new ToStringCreator(this).append("enabled", this.enabled)
                .append("window", this.window)
                .append("maxInputs", this.maxInputs)
                .toString();
        }

    }

}
