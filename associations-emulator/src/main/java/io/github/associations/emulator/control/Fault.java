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

import java.time.Duration;
import java.util.Objects;

import org.springframework.util.Assert;

/**
 * A misbehaviour the emulator can inject into a request, through {@link EmulatorFaults}.
 * Faults that answer with an error ({@link #tenSecondlyRateLimit()},
 * {@link #status(int)}, {@link #closeBeforeProcessing()}, ...) are applied before
 * authentication and the request is not processed; {@link #latency(Duration)},
 * {@link #closeAfterProcessing()} and {@link #malformedJson()} let the request be
 * processed normally (authentication and rate limits included) and then spoil the
 * response.
 *
 * @since 0.1.0
 */
public final class Fault {

    private final Kind kind;

    private final int status;

    private final Duration latency;

    private Fault(Kind kind, int status, Duration latency) {
        this.kind = kind;
        this.status = status;
        this.latency = latency;
    }

    /**
     * 429 with HubSpot's {@code TEN_SECONDLY_ROLLING} body and rate-limit headers showing
     * an exhausted window.
     * @return the fault
     */
    public static Fault tenSecondlyRateLimit() {
        return new Fault(Kind.RATE_LIMIT_TEN_SECONDLY, 429, Duration.ZERO);
    }

    /**
     * 429 with HubSpot's {@code DAILY} body and rate-limit headers showing an exhausted
     * daily quota.
     * @return the fault
     */
    public static Fault dailyRateLimit() {
        return new Fault(Kind.RATE_LIMIT_DAILY, 429, Duration.ZERO);
    }

    /**
     * 500 with HubSpot's minimal body {@code {"status":"error","message":"internal
     * error","correlationId":...}}.
     * @return the fault
     */
    public static Fault internalError() {
        return status(500);
    }

    /**
     * 502 with a JSON body.
     * @return the fault
     */
    public static Fault badGateway() {
        return status(502);
    }

    /**
     * 503 with a JSON body.
     * @return the fault
     */
    public static Fault serviceUnavailable() {
        return status(503);
    }

    /**
     * 504 with a JSON body.
     * @return the fault
     */
    public static Fault gatewayTimeout() {
        return status(504);
    }

    /**
     * An error status with HubSpot's JSON error body for it: 401
     * {@code INVALID_AUTHENTICATION} (with {@code x-hubspot-auth-failure}), 403
     * {@code MISSING_SCOPES}, 404, 423, 5xx minimal bodies, and so on. 429 is the same as
     * {@link #tenSecondlyRateLimit()}.
     * @param status an HTTP status from 400 to 599
     * @return the fault
     */
    public static Fault status(int status) {
        requireErrorStatus(status);
        if (status == 429) {
            return tenSecondlyRateLimit();
        }
        return new Fault(Kind.STATUS, status, Duration.ZERO);
    }

    /**
     * An error status with a {@code text/html} page and no HubSpot headers, as a proxy in
     * front of HubSpot (such as Cloudflare) sends for 502, 503, 504 or 52x.
     * @param status an HTTP status from 400 to 599
     * @return the fault
     */
    public static Fault htmlStatus(int status) {
        requireErrorStatus(status);
        return new Fault(Kind.HTML_STATUS, status, Duration.ZERO);
    }

    /**
     * Process the request normally, then hold the response back for {@code delay}: how a
     * client's response timeout is tested.
     * @param delay the added latency, positive
     * @return the fault
     */
    public static Fault latency(Duration delay) {
        Assert.notNull(delay, "delay must not be null");
        if (delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException("latency must be positive: " + delay);
        }
        return new Fault(Kind.LATENCY, 0, delay);
    }

    /**
     * Close the connection without a response and without processing the request.
     * @return the fault
     */
    public static Fault closeBeforeProcessing() {
        return new Fault(Kind.CLOSE_BEFORE_PROCESSING, 0, Duration.ZERO);
    }

    /**
     * Process the request (its changes stick), then close the connection without a
     * response: the client cannot tell whether its write happened.
     * @return the fault
     */
    public static Fault closeAfterProcessing() {
        return new Fault(Kind.CLOSE_AFTER_PROCESSING, 0, Duration.ZERO);
    }

    /**
     * Process the request, then answer with its status (200 for a 204) and a truncated
     * JSON body.
     * @return the fault
     */
    public static Fault malformedJson() {
        return new Fault(Kind.MALFORMED_JSON, 0, Duration.ZERO);
    }

    /**
     * What this fault does.
     * @return the kind
     */
    public Kind kind() {
        return this.kind;
    }

    /**
     * The HTTP status this fault answers with, {@code 0} for faults that keep the
     * processed status or send none.
     * @return the status
     */
    public int status() {
        return this.status;
    }

    /**
     * The added latency of a {@link Kind#LATENCY} fault, zero for the others.
     * @return the latency
     */
    public Duration latency() {
        return this.latency;
    }

    /**
     * Whether the request is processed (by authentication, rate limits and the handler)
     * before this fault acts.
     * @return whether the request is processed
     */
    public boolean processesRequest() {
        return this.kind == Kind.LATENCY || this.kind == Kind.CLOSE_AFTER_PROCESSING
                || this.kind == Kind.MALFORMED_JSON;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fault that && this.kind == that.kind && this.status == that.status
                && this.latency.equals(that.latency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.kind, this.status, this.latency);
    }

    @Override
    public String toString() {
        return switch (this.kind) {
            case STATUS, HTML_STATUS -> this.kind + "(" + this.status + ")";
            case LATENCY -> this.kind + "(" + this.latency.toMillis() + " ms)";
            default -> this.kind.name();
        };
    }

    private static void requireErrorStatus(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("fault status must be between 400 and 599: " + status);
        }
    }

    /**
     * The kinds of fault.
     *
     * @since 0.1.0
     */
    public enum Kind {

        /** 429 {@code TEN_SECONDLY_ROLLING}. */
        RATE_LIMIT_TEN_SECONDLY,

        /** 429 {@code DAILY}. */
        RATE_LIMIT_DAILY,

        /** An error status with HubSpot's JSON body. */
        STATUS,

        /** An error status with a proxy's HTML page. */
        HTML_STATUS,

        /** Added latency on a processed request. */
        LATENCY,

        /** Connection closed, request not processed. */
        CLOSE_BEFORE_PROCESSING,

        /** Connection closed after the request was processed. */
        CLOSE_AFTER_PROCESSING,

        /** Processed, then answered with a truncated JSON body. */
        MALFORMED_JSON

    }

}
