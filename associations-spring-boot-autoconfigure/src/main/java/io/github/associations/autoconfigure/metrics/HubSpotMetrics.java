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

package io.github.associations.autoconfigure.metrics;

import java.time.Duration;

import io.github.associations.autoconfigure.HubSpotClientStatus;
import io.github.associations.model.Operation;
import io.github.associations.observation.AssociationsListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The HubSpot client's meters besides the {@code hubspot.associations.operations} timer
 * of its observations:
 * <ul>
 * <li>{@value #BATCH_INPUTS}, {@value #BATCH_ERRORS}: inputs sent in batch requests and
 * per-input errors received, tagged {@code hubspot.operation};</li>
 * <li>{@value #RETRIES}: retried attempts, tagged {@code hubspot.operation} and
 * {@code cause} ({@code rate-limit}, {@code server-error}, {@code connection},
 * {@code timeout});</li>
 * <li>{@value #RATE_LIMITER_WAITS}: waits for the client-side rate limiter (a timer),
 * tagged {@code hubspot.operation};</li>
 * <li>{@value #TOKEN_REFRESHES}: OAuth access tokens obtained;</li>
 * <li>{@value #RATE_LIMIT_REMAINING}, {@value #DAILY_REMAINING}: the last seen
 * {@code X-HubSpot-RateLimit-Remaining} and {@code -Daily-Remaining} (NaN before
 * any).</li>
 * </ul>
 * All tags have a closed set of values.
 *
 * @since 0.1.0
 */
public class HubSpotMetrics implements AssociationsListener {

    /** Inputs sent in batch requests. */
    public static final String BATCH_INPUTS = "hubspot.associations.batch.inputs";

    /** Per-input errors received in batch responses. */
    public static final String BATCH_ERRORS = "hubspot.associations.batch.errors";

    /**
     * Record-level calls coalesced into batch requests: its count is the number of
     * requests, its total the number of calls they carried.
     */
    public static final String COALESCED_CALLS = "hubspot.associations.coalesced.calls";

    /** Retried attempts. */
    public static final String RETRIES = "hubspot.associations.retries";

    /** Waits for the client-side rate limiter. */
    public static final String RATE_LIMITER_WAITS = "hubspot.associations.rate.limiter.waits";

    /** OAuth access tokens obtained. */
    public static final String TOKEN_REFRESHES = "hubspot.associations.token.refreshes";

    /** The last seen {@code X-HubSpot-RateLimit-Remaining}. */
    public static final String RATE_LIMIT_REMAINING = "hubspot.associations.rate.limit.remaining";

    /** The last seen {@code X-HubSpot-RateLimit-Daily-Remaining}. */
    public static final String DAILY_REMAINING = "hubspot.associations.rate.limit.daily.remaining";

    private static final String OPERATION = "hubspot.operation";

    private final MeterRegistry registry;

    /**
     * Register the meters read from the client's status.
     * @param registry where the meters are registered
     * @param status what the client last saw, read by the gauges and the token refresh
     * counter
     */
    public HubSpotMetrics(MeterRegistry registry, HubSpotClientStatus status) {
        this.registry = registry;
        FunctionCounter.builder(TOKEN_REFRESHES, status, HubSpotClientStatus::getTokenRefreshes)
            .description("OAuth access tokens the HubSpot client obtained")
            .register(registry);
        Gauge.builder(RATE_LIMIT_REMAINING, status, (s) -> known(s.getRateLimitRemaining()))
            .description("Requests HubSpot said were left in its rolling window, as last seen")
            .register(registry);
        Gauge.builder(DAILY_REMAINING, status, (s) -> known(s.getDailyRemaining()))
            .description("Requests HubSpot said were left for the day, as last seen")
            .register(registry);
    }

    @Override
    public void batchSent(Operation operation, int inputs) {
        Counter.builder(BATCH_INPUTS)
            .description("Inputs the HubSpot client sent in batch requests")
            .tag(OPERATION, operation.id())
            .register(this.registry)
            .increment(inputs);
    }

    @Override
    public void batchErrors(Operation operation, int errors) {
        Counter.builder(BATCH_ERRORS)
            .description("Per-input errors HubSpot answered batch requests with")
            .tag(OPERATION, operation.id())
            .register(this.registry)
            .increment(errors);
    }

    @Override
    public void callsCoalesced(Operation operation, int calls) {
        DistributionSummary.builder(COALESCED_CALLS)
            .description("Record-level calls the HubSpot client coalesced into each batch request")
            .baseUnit("calls")
            .tag(OPERATION, operation.id())
            .register(this.registry)
            .record(calls);
    }

    @Override
    public void retrying(Operation operation, String cause, Duration wait) {
        Counter.builder(RETRIES)
            .description("Attempts the HubSpot client retried")
            .tag(OPERATION, operation.id())
            .tag("cause", cause)
            .register(this.registry)
            .increment();
    }

    @Override
    public void rateLimiterWait(Operation operation, Duration wait) {
        Timer.builder(RATE_LIMITER_WAITS)
            .description("Waits of the HubSpot client for its rate limiter")
            .tag(OPERATION, operation.id())
            .register(this.registry)
            .record(wait);
    }

    private static double known(long value) {
        return (value < 0) ? Double.NaN : value;
    }

}
