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

package io.github.associations.resilience;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import io.github.associations.error.HubSpotRateLimitException;
import io.github.associations.error.HubSpotServerException;
import io.github.associations.error.HubSpotTimeoutException;
import io.github.associations.error.HubSpotTransportException;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.RetryConfig;
import org.jspecify.annotations.Nullable;

/**
 * What HubSpot failures are worth another attempt, and how long to wait first.
 * <ul>
 * <li>429 with policy {@code TEN_SECONDLY_ROLLING}, {@code SECONDLY} (or none): retried,
 * waiting for the window: {@code Retry-After} if present, else
 * {@code X-HubSpot-RateLimit-Interval-Milliseconds}, else 10 s. HubSpot did not process
 * the request, so even calls that are not idempotent are repeated.</li>
 * <li>429 with policy {@code DAILY}: never retried; nothing will succeed before the daily
 * window resets. Neither is a call the client's own rate limiter refused.</li>
 * <li>502, 503, 504, 521, 523, 524, connection failures and response timeouts:
 * exponential backoff with jitter; repeated for calls that are not idempotent only when
 * the request certainly was not sent (connection refused).</li>
 * <li>Everything else (400, 401, 403, 404, other statuses, undecodable answers): never
 * retried.</li>
 * </ul>
 * The client's call pipeline applies these rules around whatever Resilience4j
 * {@code Retry} it is given: the {@code Retry} counts the attempts and spaces the
 * backoffs, but cannot repeat what HubSpot rules out, nor shorten the wait of a 429.
 *
 * @since 0.1.0
 */
public final class HubSpotRetryPolicy {

    /** The server statuses HubSpot asks clients to retry after a pause. */
    public static final Set<Integer> RETRYABLE_SERVER_STATUSES = Set.of(502, 503, 504, 521, 523, 524);

    private static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(10);

    private HubSpotRetryPolicy() {
    }

    /**
     * Whether another attempt may succeed and is safe.
     * @param failure the failure of an attempt
     * @return whether to retry
     */
    public static boolean isRetryable(Throwable failure) {
        return cause(failure) != null;
    }

    /**
     * Why a failure is retried, as a low-cardinality metric tag.
     * @param failure the failure of an attempt
     * @return {@code rate-limit}, {@code server-error}, {@code connection} or
     * {@code timeout}; {@code null} when the failure is not retried
     */
    public static @Nullable String cause(Throwable failure) {
        if (failure instanceof HubSpotRateLimitException rateLimit) {
            // The client's own limiter refusing a wait longer than allowed is not
            // HubSpot's window: no retry.
            boolean client = rateLimit.getStatus() == 0;
            return (rateLimit.isDailyLimit() || client) ? null : "rate-limit";
        }
        if (failure instanceof HubSpotServerException server) {
            return (RETRYABLE_SERVER_STATUSES.contains(server.getStatus()) && server.getOperation().isIdempotent())
                    ? "server-error" : null;
        }
        if (failure instanceof HubSpotTransportException transport) {
            if (!transport.isRequestNotSent() && !transport.getOperation().isIdempotent()) {
                return null;
            }
            return (failure instanceof HubSpotTimeoutException) ? "timeout" : "connection";
        }
        return null;
    }

    /**
     * How long to wait before the next attempt.
     * @param failure the failure of the last attempt
     * @param retry the retry's number, 1 for the first retry
     * @param settings the backoff settings
     * @return how long to wait before the next attempt
     */
    public static Duration waitFor(Throwable failure, int retry, RetrySettings settings) {
        if (failure instanceof HubSpotRateLimitException rateLimit) {
            return rateLimitWait(rateLimit);
        }
        return backoff(retry, settings);
    }

    /**
     * How long to wait before the next attempt when a Resilience4j {@code Retry} of any
     * configuration (for example an application's own) asks for {@code configured}: a 429
     * waits for HubSpot's window whatever the configuration says, anything else waits as
     * configured.
     * @param failure the failure of the last attempt, one that {@link #cause(Throwable)}
     * retries
     * @param configured the wait the {@code Retry}'s configuration asks for
     * @return how long to wait before the next attempt
     */
    public static Duration waitFor(Throwable failure, Duration configured) {
        if (failure instanceof HubSpotRateLimitException rateLimit) {
            return rateLimitWait(rateLimit);
        }
        return configured;
    }

    /**
     * The wait a 429 asks for: {@code Retry-After}, else the rate-limit window, else 10
     * s.
     * @param rateLimit the 429
     * @return how long to wait before the next attempt
     */
    public static Duration rateLimitWait(HubSpotRateLimitException rateLimit) {
        if (rateLimit.getRetryAfter() != null) {
            return rateLimit.getRetryAfter();
        }
        Long interval = rateLimit.getRateLimitHeaders().intervalMilliseconds();
        return (interval != null && interval > 0) ? Duration.ofMillis(interval) : DEFAULT_RATE_LIMIT_WAIT;
    }

    /**
     * Exponential backoff with jitter: {@code initialBackoff * multiplier^(retry-1)},
     * capped at {@code maxBackoff}, then moved randomly by up to {@code jitter} of
     * itself.
     * @param retry the retry's number, 1 for the first retry
     * @param settings the backoff settings
     * @return how long to wait before the next attempt
     */
    public static Duration backoff(int retry, RetrySettings settings) {
        double base = settings.initialBackoff().toMillis() * Math.pow(settings.multiplier(), Math.max(0, retry - 1));
        double capped = Math.min(base, settings.maxBackoff().toMillis());
        double spread = capped * settings.jitter();
        double jittered = capped - spread + (2 * spread * ThreadLocalRandom.current().nextDouble());
        return Duration.ofMillis(Math.max(1, Math.round(jittered)));
    }

    /**
     * A Resilience4j retry configuration applying this policy with the given settings.
     * @param settings the attempts, backoff and total time of HubSpot's retry
     * @return a Resilience4j retry configuration that follows HubSpot's rules
     */
    public static RetryConfig retryConfig(RetrySettings settings) {
        return RetryConfig.custom()
            .maxAttempts(settings.enabled() ? settings.maxAttempts() : 1)
            .retryOnException(HubSpotRetryPolicy::isRetryable)
            .intervalBiFunction(intervals(settings, null))
            .build();
    }

    /**
     * A Resilience4j retry configuration that keeps what an application configured for
     * its own retry instance (attempts, waits between attempts after server and
     * connection failures) and adds HubSpot's rules: what is retried at all, and the wait
     * a 429 asks for.
     * @param application the application's configuration
     * @param settings the settings for anything the application did not configure
     * @return the application's configuration with HubSpot's rules added
     */
    public static RetryConfig retryConfig(RetryConfig application, RetrySettings settings) {
        return RetryConfig.from(application)
            .retryOnException(HubSpotRetryPolicy::isRetryable)
            .intervalBiFunction(intervals(settings, application.getIntervalBiFunction()))
            .build();
    }

    private static IntervalBiFunction<Object> intervals(RetrySettings settings,
            @Nullable IntervalBiFunction<Object> application) {
        return (retry, either) -> {
            Throwable failure = (either != null && either.isLeft()) ? either.getLeft() : null;
            if (failure instanceof HubSpotRateLimitException rateLimit) {
                return rateLimitWait(rateLimit).toMillis();
            }
            if (application != null) {
                return application.apply(retry, either);
            }
            return backoff(retry, settings).toMillis();
        };
    }

}
