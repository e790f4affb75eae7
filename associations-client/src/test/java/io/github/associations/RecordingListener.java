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
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.associations.error.HubSpotException;
import io.github.associations.model.Operation;
import io.github.associations.model.RateLimitHeaders;
import io.github.associations.observation.AssociationsListener;

/**
 * Remembers what the client told its listener.
 */
class RecordingListener implements AssociationsListener {

    record Retry(Operation operation, String cause, Duration delay) {
    }

    final List<Retry> retries = new CopyOnWriteArrayList<>();

    final List<Duration> limiterWaits = new CopyOnWriteArrayList<>();

    final List<Integer> statuses = new CopyOnWriteArrayList<>();

    final List<RateLimitHeaders> headers = new CopyOnWriteArrayList<>();

    final List<Instant> dailyLimits = new CopyOnWriteArrayList<>();

    final List<HubSpotException> failures = new CopyOnWriteArrayList<>();

    final List<Integer> batchInputs = new CopyOnWriteArrayList<>();

    final List<Integer> batchErrors = new CopyOnWriteArrayList<>();

    @Override
    public void batchSent(Operation operation, int inputs) {
        this.batchInputs.add(inputs);
    }

    @Override
    public void batchErrors(Operation operation, int errors) {
        this.batchErrors.add(errors);
    }

    @Override
    public void retrying(Operation operation, String cause, Duration wait) {
        this.retries.add(new Retry(operation, cause, wait));
    }

    @Override
    public void rateLimiterWait(Operation operation, Duration wait) {
        this.limiterWaits.add(wait);
    }

    @Override
    public void responded(Operation operation, int status, RateLimitHeaders headers) {
        this.statuses.add(status);
        this.headers.add(headers);
    }

    @Override
    public void dailyLimitReached(Instant until) {
        this.dailyLimits.add(until);
    }

    @Override
    public void failed(Operation operation, HubSpotException failure) {
        this.failures.add(failure);
    }

}
