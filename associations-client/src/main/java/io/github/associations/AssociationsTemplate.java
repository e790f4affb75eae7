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

package io.github.associations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

import io.github.associations.check.Arguments;
import io.github.associations.client.AccessTokenProvider;
import io.github.associations.client.AssociationsSettings;
import io.github.associations.client.CoalescingSettings;
import io.github.associations.internal.CallPipeline;
import io.github.associations.internal.HubSpotExchange;
import io.github.associations.internal.RateLimitGate;
import io.github.associations.internal.UserAgent;
import io.github.associations.internal.coalesce.Coalescer;
import io.github.associations.observation.AssociationsListener;
import io.github.associations.observation.AssociationsObservationConvention;
import io.github.associations.resilience.HubSpotRetryPolicy;
import io.github.associations.resilience.InMemoryRateLimitStore;
import io.github.associations.resilience.RateLimitKeys;
import io.github.associations.resilience.RateLimitSettings;
import io.github.associations.resilience.RateLimitStore;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.DefaultUriBuilderFactory;

/**
 * The implementation of {@link AssociationsOperations}: the operation groups, siblings
 * over one call pipeline (observation, retry, rate limiting, access token, then the
 * request) built on a {@link WebClient}. Thread-safe; create one per HubSpot account (or
 * token) and share it.
 * <p>
 * The template derives its own client from the given one ({@link WebClient#mutate()})
 * with its own URI builder for the base URL of the settings, so the given client's
 * filters, connector and observation apply while the caller's instance is left as it was.
 * Requests carry {@code User-Agent: hubspot-associations-java/<version>} unless the given
 * client sets a {@code User-Agent} of its own. Request and response bodies are written
 * and read with the template's own JSON mapper: the application's JSON configuration does
 * not change what is sent to or understood from HubSpot. <pre class="code">
 * AssociationsOperations associations = AssociationsTemplate.builder()
 *     .accessTokenProvider(AccessTokenProvider.ofPrivateAppToken(token))
 *     .build();
 * </pre>
 *
 * @since 0.1.0
 */
public class AssociationsTemplate implements AssociationsOperations {

    /**
     * The name of the Resilience4j instances the template creates when none are given.
     */
    public static final String RESILIENCE_NAME = "hubspot";

    private final AssociationsSettings settings;

    private final RateLimitGate gate;

    private final RateLimitStore rateLimitStore;

    private final RecordAssociationOperations records;

    private final BatchAssociationOperations batch;

    private final AssociationLabelOperations labels;

    private final AssociationLimitOperations limits;

    private final AssociationUsageOperations usage;

    @SuppressWarnings("deprecation") // v3 keeps working until HubSpot stops it
    private final V3AssociationOperations v3;

    /**
     * Create a template with rate limiting and retry built from the settings, and no
     * observation.
     * @param webClient the client to derive the template's client from
     * @param accessTokenProvider where access tokens come from
     * @param settings the settings (base URL, chunk sizes, timeouts, rate limiting,
     * retry)
     */
    public AssociationsTemplate(WebClient webClient, AccessTokenProvider accessTokenProvider,
            AssociationsSettings settings) {
        this(builder().webClient(webClient).accessTokenProvider(accessTokenProvider).settings(settings));
    }

    private AssociationsTemplate(Builder builder) {
        Arguments.notNull("accessTokenProvider", builder.accessTokenProvider);
        AssociationsSettings settings = builder.settings;
        this.settings = settings;
        WebClient webClient = (builder.webClient != null) ? builder.webClient : WebClient.create();
        // The template's own URI builder factory: a base URL alone is ignored by
        // WebClient when the caller's client has a factory of its own.
        DefaultUriBuilderFactory uris = HubSpotExchange.uriBuilderFactory(settings.baseUrl());
        RateLimiter rateLimiter = (builder.rateLimiter != null) ? builder.rateLimiter
                : RateLimiter.of(RESILIENCE_NAME, rateLimiterConfig(settings.rateLimit()));
        Retry retry = (builder.retry != null) ? builder.retry
                : Retry.of(RESILIENCE_NAME, HubSpotRetryPolicy.retryConfig(settings.retry()));
        this.rateLimitStore = (builder.rateLimitStore != null) ? builder.rateLimitStore
                : new InMemoryRateLimitStore(builder.nanoTime, builder.clock);
        // A slot whose JVM stopped before releasing it: freed once its attempt would
        // surely have ended, and HubSpot's window moved on.
        Duration abandonAfter = settings.responseTimeout()
            .plus(settings.rateLimit().interval())
            .plus(settings.rateLimit().safetyMargin())
            .plus(Duration.ofMinutes(1));
        this.gate = new RateLimitGate(settings.rateLimit(), rateLimiter, this.rateLimitStore, builder.rateLimitKeys,
                builder.accessTokenProvider.rateLimitKeys(), abandonAfter, builder.clock, builder.nanoTime,
                builder.listener);
        // Every request names this library (hubspot-associations-java/<version>) unless
        // the application set its own User-Agent on the client. The gate's marker last,
        // so that it runs as the request is handed to the connector, after the
        // application's filters.
        WebClient client = UserAgent.applyUnlessSet(webClient.mutate().uriBuilderFactory(uris))
            .filter(this.gate.sendMarker())
            .build();
        HubSpotExchange exchange = new HubSpotExchange(client, builder.accessTokenProvider, settings, this.gate,
                (settings.retry().enabled() || builder.retry != null) ? retry : null, builder.listener,
                builder.nanoTime);
        CallPipeline pipeline = new CallPipeline(exchange, builder.observationRegistry, builder.observationConvention);
        Coalescer coalescer = builder.coalescing.enabled() ? new Coalescer(pipeline, builder.coalescing, settings)
                : null;
        this.records = new DefaultRecordAssociationOperations(pipeline, settings.pageSize(), coalescer);
        this.batch = new DefaultBatchAssociationOperations(pipeline);
        this.labels = new DefaultAssociationLabelOperations(pipeline);
        this.limits = new DefaultAssociationLimitOperations(pipeline);
        this.usage = new DefaultAssociationUsageOperations(pipeline);
        this.v3 = new DefaultV3AssociationOperations(pipeline);
    }

    /**
     * A Resilience4j rate limiter configuration for the given settings:
     * {@link RateLimitSettings#maxRequests()} permits per
     * {@link RateLimitSettings#interval()}, waiting up to
     * {@link RateLimitSettings#maxWait()}. A cycle's permits may all go at once: the
     * client's rolling window (its {@link RateLimitStore}) keeps every rolling window at
     * HubSpot within the limit.
     * @param settings the rate-limit settings
     * @return a configuration with the settings' limit per interval and longest wait
     */
    public static RateLimiterConfig rateLimiterConfig(RateLimitSettings settings) {
        return RateLimiterConfig.custom()
            .limitForPeriod(settings.maxRequests())
            .limitRefreshPeriod(settings.interval())
            .timeoutDuration(settings.maxWait())
            .build();
    }

    /**
     * The store this template keeps HubSpot's burst window and the daily-limit state in.
     * @return the store given to the builder, or the template's own in memory
     */
    public RateLimitStore getRateLimitStore() {
        return this.rateLimitStore;
    }

    /**
     * When calls are attempted again after HubSpot reported the account's daily limit
     * reached.
     * @return the instant, or {@code null} while calls are not held back
     */
    public @Nullable Instant getDailyLimitResetsAt() {
        return this.gate.dailyBlockedUntil();
    }

    /**
     * A builder.
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The settings this template was created with.
     * @return the settings this template calls HubSpot with
     */
    public AssociationsSettings getSettings() {
        return this.settings;
    }

    @Override
    public RecordAssociationOperations records() {
        return this.records;
    }

    @Override
    public BatchAssociationOperations batch() {
        return this.batch;
    }

    @Override
    public AssociationLabelOperations labels() {
        return this.labels;
    }

    @Override
    public AssociationLimitOperations limits() {
        return this.limits;
    }

    @Override
    public AssociationUsageOperations usage() {
        return this.usage;
    }

    /**
     * {@inheritDoc}
     * @deprecated since 0.1.0: HubSpot stops supporting its v3 APIs in September 2027;
     * use {@link #batch()} and {@link #labels()}
     */
    @Override
    @Deprecated(since = "0.1.0")
    public V3AssociationOperations v3() {
        return this.v3;
    }

    @Override
    public String toString() {
        return "AssociationsTemplate[" + this.settings.baseUrl() + "]";
    }

    /**
     * Builds an {@link AssociationsTemplate}. Only the access token provider is required.
     */
    public static final class Builder {

        private @Nullable WebClient webClient;

        private @Nullable AccessTokenProvider accessTokenProvider;

        private AssociationsSettings settings = AssociationsSettings.defaults();

        private @Nullable RateLimiter rateLimiter;

        private @Nullable Retry retry;

        private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

        private @Nullable AssociationsObservationConvention observationConvention;

        private AssociationsListener listener = AssociationsListener.NONE;

        private Clock clock = Clock.systemUTC();

        private LongSupplier nanoTime = System::nanoTime;

        private @Nullable RateLimitStore rateLimitStore;

        private @Nullable RateLimitKeys rateLimitKeys;

        private CoalescingSettings coalescing = CoalescingSettings.disabled();

        private Builder() {
        }

        /**
         * Use a client to derive the template's client from (default:
         * {@code WebClient.create()}).
         * @param webClient the client
         * @return this builder
         */
        public Builder webClient(WebClient webClient) {
            this.webClient = Arguments.notNull("webClient", webClient);
            return this;
        }

        /**
         * Use a builder to derive the template's client from; it is cloned, not changed.
         * @param webClientBuilder the builder
         * @return this builder
         */
        public Builder webClientBuilder(WebClient.Builder webClientBuilder) {
            this.webClient = Arguments.notNull("webClientBuilder", webClientBuilder).clone().build();
            return this;
        }

        /**
         * Set where access tokens come from.
         * @param accessTokenProvider the provider
         * @return this builder
         */
        public Builder accessTokenProvider(AccessTokenProvider accessTokenProvider) {
            this.accessTokenProvider = Arguments.notNull("accessTokenProvider", accessTokenProvider);
            return this;
        }

        /**
         * Use a private app's static access token; a 401 names this method as the setting
         * to check.
         * @param privateAppToken the token
         * @return this builder
         * @throws IllegalArgumentException if the token is null or blank
         */
        public Builder privateAppToken(String privateAppToken) {
            return accessTokenProvider(AccessTokenProvider
                .ofPrivateAppToken(Arguments.secret("privateAppToken", privateAppToken), "privateAppToken(...)"));
        }

        /**
         * Set the settings (default {@link AssociationsSettings#defaults()}).
         * @param settings the base URL, API version, chunk sizes, timeouts, rate limiting
         * and retry
         * @return this builder
         */
        public Builder settings(AssociationsSettings settings) {
            this.settings = Arguments.notNull("settings", settings);
            return this;
        }

        /**
         * Use this Resilience4j rate limiter (for example one from the application's
         * registry) instead of one built from {@link AssociationsSettings#rateLimit()};
         * the settings still decide whether limiting is on and whether HubSpot's headers
         * adapt the pace.
         * @param rateLimiter a Resilience4j rate limiter every attempt takes a permit
         * from
         * @return this builder
         */
        public Builder rateLimiter(RateLimiter rateLimiter) {
            this.rateLimiter = Arguments.notNull("rateLimiter", rateLimiter);
            return this;
        }

        /**
         * Use this Resilience4j retry (for example one from the application's registry,
         * its configuration merged with HubSpot's rules by
         * {@link HubSpotRetryPolicy#retryConfig(io.github.resilience4j.retry.RetryConfig, io.github.associations.resilience.RetrySettings)})
         * instead of one built from {@link AssociationsSettings#retry()}.
         * @param retry a Resilience4j retry deciding which attempts are repeated and
         * after what wait
         * @return this builder
         */
        public Builder retry(Retry retry) {
            this.retry = Arguments.notNull("retry", retry);
            return this;
        }

        /**
         * Observe every call in this registry (default {@link ObservationRegistry#NOOP}).
         * @param observationRegistry the registry
         * @return this builder
         */
        public Builder observationRegistry(ObservationRegistry observationRegistry) {
            this.observationRegistry = Arguments.notNull("observationRegistry", observationRegistry);
            return this;
        }

        /**
         * Name and tag observations with this convention instead of the default.
         * @param observationConvention the convention
         * @return this builder
         */
        public Builder observationConvention(AssociationsObservationConvention observationConvention) {
            this.observationConvention = Arguments.notNull("observationConvention", observationConvention);
            return this;
        }

        /**
         * Tell this listener what happens on the wire (for metrics and health).
         * @param listener told of answers, retries, waits, batch errors and failures,
         * from reactive threads
         * @return this builder
         */
        public Builder listener(AssociationsListener listener) {
            this.listener = Arguments.notNull("listener", listener);
            return this;
        }

        /**
         * Use this clock to decide when the daily limit resets (default the system
         * clock).
         * @param clock the clock that decides when the account's daily limit resets
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Arguments.notNull("clock", clock);
            return this;
        }

        /**
         * Use this monotonic time source (nanoseconds) for the rolling window, the waits
         * of the rate limit and the retry's time budget (default
         * {@code System::nanoTime}); the template's own store measures on it too.
         * @param nanoTime the time source
         * @return this builder
         */
        public Builder nanoTime(LongSupplier nanoTime) {
            this.nanoTime = Arguments.notNull("nanoTime", nanoTime);
            return this;
        }

        /**
         * Keep HubSpot's burst window and the daily-limit state in this store (default: a
         * new {@link InMemoryRateLimitStore} of the template's own). Instances of an
         * application that share one store (for example the Redis one) count their
         * requests against one window.
         * @param rateLimitStore the store
         * @return this builder
         */
        public Builder rateLimitStore(RateLimitStore rateLimitStore) {
            this.rateLimitStore = Arguments.notNull("rateLimitStore", rateLimitStore);
            return this;
        }

        /**
         * Name the burst window and the daily quota in the store with these keys
         * (default, in a shared store: a hash of the private app's token, never the token
         * itself, for both; in a store of this JVM alone: one local window). Clients that
         * use one key share one window.
         * @param rateLimitKeys the keys
         * @return this builder
         */
        public Builder rateLimitKeys(RateLimitKeys rateLimitKeys) {
            this.rateLimitKeys = Arguments.notNull("rateLimitKeys", rateLimitKeys);
            return this;
        }

        /**
         * Coalesce concurrent record-level writes into HubSpot's batch calls (default
         * {@link CoalescingSettings#disabled()}).
         * @param coalescing whether and how calls are coalesced
         * @return this builder
         * @since 0.1.0
         */
        public Builder coalescing(CoalescingSettings coalescing) {
            this.coalescing = Arguments.notNull("coalescing", coalescing);
            return this;
        }

        /**
         * Build the template.
         * @return a template ready for use; nothing is sent until a call is subscribed to
         * @throws IllegalArgumentException if no access token provider was set
         */
        public AssociationsTemplate build() {
            return new AssociationsTemplate(this);
        }

    }

}
