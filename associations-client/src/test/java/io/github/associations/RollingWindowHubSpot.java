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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;

/**
 * HubSpot's rolling burst window as a {@code WebClient} exchange function on a time
 * source the test controls: a request is counted when it arrives, admitted while fewer
 * than the limit arrived (and were admitted) in the interval before it, answered at once
 * with HubSpot's rate-limit headers, and otherwise rejected with HubSpot's
 * {@code TEN_SECONDLY_ROLLING} 429. Every page answered is empty.
 */
final class RollingWindowHubSpot implements ExchangeFunction {

    private final int max;

    private final long intervalNanos;

    private final LongSupplier nanoTime;

    private final List<Long> admitted = new ArrayList<>();

    private final List<Arrival> arrivals = new ArrayList<>();

    RollingWindowHubSpot(int max, Duration interval, LongSupplier nanoTime) {
        this.max = max;
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public Mono<ClientResponse> exchange(ClientRequest request) {
        return Mono.fromSupplier(this::answer);
    }

    private synchronized ClientResponse answer() {
        long now = this.nanoTime.getAsLong();
        this.admitted.removeIf((at) -> at <= now - this.intervalNanos);
        boolean admit = this.admitted.size() < this.max;
        if (admit) {
            this.admitted.add(now);
        }
        this.arrivals.add(new Arrival(now, admit ? 200 : 429));
        ClientResponse.Builder response = ClientResponse.create(admit ? HttpStatus.OK : HttpStatus.TOO_MANY_REQUESTS)
            .header("Content-Type", MediaType.APPLICATION_JSON_VALUE)
            .header("X-HubSpot-RateLimit-Max", Integer.toString(this.max))
            .header("X-HubSpot-RateLimit-Remaining", Integer.toString(this.max - this.admitted.size()))
            .header("X-HubSpot-RateLimit-Interval-Milliseconds", Long.toString(this.intervalNanos / 1_000_000));
        return response.body(admit ? "{\"results\":[]}"
                : "{\"status\":\"error\",\"message\":\"You have reached your ten_secondly_rolling limit.\","
                        + "\"errorType\":\"RATE_LIMIT\",\"correlationId\":\"c\",\"policyName\":\"TEN_SECONDLY_ROLLING\"}")
            .build();
    }

    /**
     * Every request that arrived, in order.
     * @return the arrivals
     */
    synchronized List<Arrival> arrivals() {
        return List.copyOf(this.arrivals);
    }

    synchronized List<Integer> statuses() {
        return this.arrivals.stream().map(Arrival::status).toList();
    }

    /**
     * Arrival times of the admitted requests, in order.
     * @return nanoseconds on the test's time source
     */
    synchronized List<Long> admittedTimes() {
        return this.arrivals.stream().filter((arrival) -> arrival.status() == 200).map(Arrival::at).toList();
    }

    /**
     * The most requests (all arrivals, admitted or not) in any rolling interval.
     * @return the largest count
     */
    synchronized int mostInAnyInterval() {
        int most = 0;
        int first = 0;
        for (int last = 0; last < this.arrivals.size(); last++) {
            while (this.arrivals.get(first).at() <= this.arrivals.get(last).at() - this.intervalNanos) {
                first++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }

    /**
     * A request as it arrived.
     *
     * @param at when, on the test's time source
     * @param status the status it was answered with
     */
    record Arrival(long at, int status) {
    }

}
