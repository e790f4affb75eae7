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

package io.github.associations.internal;

import io.github.associations.error.HubSpotException;
import io.github.associations.error.HubSpotRateLimitException;
import io.github.associations.error.HubSpotTransportException;
import io.github.associations.model.BatchResult;
import io.github.associations.model.Operation;
import io.github.associations.observation.AssociationsListener;
import io.github.associations.observation.AssociationsObservationContext;
import io.github.associations.observation.AssociationsObservationContext.Outcome;
import io.github.associations.observation.AssociationsObservationConvention;
import io.github.associations.observation.AssociationsObservationDocumentation;
import io.github.associations.observation.DefaultAssociationsObservationConvention;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Wraps each logical call in one observation: started on subscription, stopped when the
 * call ends (or is cancelled) before the subscriber sees the end, parent of the HTTP
 * client spans through the Reactor context, tagged with the outcome.
 */
final class Observed {

    private static final DefaultAssociationsObservationConvention DEFAULT_CONVENTION = new DefaultAssociationsObservationConvention();

    private final ObservationRegistry registry;

    private final @Nullable AssociationsObservationConvention convention;

    private final AssociationsListener listener;

    /**
     * Create the wrapper.
     * @param registry the registry ({@link ObservationRegistry#NOOP} to observe nothing)
     * @param convention a custom convention, or {@code null} for the default
     * @param listener the listener told of calls that fail for good
     */
    Observed(ObservationRegistry registry, @Nullable AssociationsObservationConvention convention,
            AssociationsListener listener) {
        this.registry = registry;
        this.convention = convention;
        this.listener = listener;
    }

    /**
     * Observe a call returning one value.
     * @param <T> the value type
     * @param operation the operation observed
     * @param call the logical call, however many requests it makes
     * @return the observed call
     */
    <T> Mono<T> mono(Operation operation, Mono<T> call) {
        if (this.registry.isNoop()) {
            return call.doOnError((failure) -> failedUnobserved(operation, failure));
        }
        return Mono.deferContextual((view) -> {
            AssociationsObservationContext context = new AssociationsObservationContext(operation);
            return observedBy(context, start(context, view), call);
        });
    }

    /**
     * A call within its observation, stopped in the terminal hooks, before the subscriber
     * sees the signal, so that the observation is complete by the time a caller has the
     * value.
     */
    private <T> Mono<T> observedBy(AssociationsObservationContext context, Observation observation, Mono<T> call) {
        return call.doOnSuccess((value) -> {
            succeeded(context, value);
            observation.stop();
        })
            .doOnError((failure) -> failed(context, observation, failure))
            .doOnCancel(() -> cancelled(context, observation))
            .contextWrite((reactor) -> reactor.put(ObservationThreadLocalAccessor.KEY, observation));
    }

    /**
     * Observe a batch request carrying coalesced record-level calls: an observation of
     * its own, tagged as coalesced, whose parent is no caller's observation (it serves
     * several).
     * @param <T> the value type
     * @param operation the batch operation observed
     * @param call the request
     * @return the observed request
     */
    <T> Mono<T> coalesced(Operation operation, Mono<T> call) {
        return Mono.defer(() -> {
            AssociationsObservationContext context = new AssociationsObservationContext(operation);
            context.setCoalesced(true);
            Observation observation = AssociationsObservationDocumentation.OPERATION
                .observation(this.convention, DEFAULT_CONVENTION, () -> context, this.registry)
                .parentObservation(null)
                .start();
            return observedBy(context, observation, call);
        });
    }

    /**
     * Observe a call returning a stream.
     * @param <T> the element type
     * @param operation the operation observed
     * @param call the logical call, however many requests it makes
     * @return the observed call
     */
    <T> Flux<T> flux(Operation operation, Flux<T> call) {
        if (this.registry.isNoop()) {
            return call.doOnError((failure) -> failedUnobserved(operation, failure));
        }
        return Flux.deferContextual((view) -> {
            AssociationsObservationContext context = new AssociationsObservationContext(operation);
            Observation observation = start(context, view);
            return call.doOnComplete(() -> {
                context.setOutcome(Outcome.SUCCESS);
                observation.stop();
            })
                .doOnError((failure) -> failed(context, observation, failure))
                .doOnCancel(() -> cancelled(context, observation))
                .contextWrite((reactor) -> reactor.put(ObservationThreadLocalAccessor.KEY, observation));
        });
    }

    private Observation start(AssociationsObservationContext context, ContextView view) {
        Observation parent = view.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
        return AssociationsObservationDocumentation.OPERATION
            .observation(this.convention, DEFAULT_CONVENTION, () -> context, this.registry)
            .parentObservation(parent)
            .start();
    }

    private static void succeeded(AssociationsObservationContext context, @Nullable Object value) {
        boolean partial = value instanceof BatchResult<?, ?> batch && batch.hasErrors();
        context.setOutcome(partial ? Outcome.PARTIAL : Outcome.SUCCESS);
    }

    private void failed(AssociationsObservationContext context, Observation observation, Throwable failure) {
        observation.error(failure);
        if (failure instanceof HubSpotException hubSpot) {
            context.setStatus(hubSpot.getStatus());
            this.listener.failed(context.getOperation(), hubSpot);
        }
        context.setOutcome(outcome(failure));
        observation.stop();
    }

    /**
     * A call that failed for good while nothing is observed: the listener still hears of
     * it.
     */
    private void failedUnobserved(Operation operation, Throwable failure) {
        if (failure instanceof HubSpotException hubSpot) {
            this.listener.failed(operation, hubSpot);
        }
    }

    private static void cancelled(AssociationsObservationContext context, Observation observation) {
        context.setOutcome(Outcome.CANCELLED);
        observation.stop();
    }

    private static Outcome outcome(Throwable failure) {
        if (failure instanceof HubSpotRateLimitException) {
            return Outcome.RATE_LIMITED;
        }
        if (failure instanceof HubSpotTransportException || !(failure instanceof HubSpotException)) {
            return Outcome.IO_ERROR;
        }
        int status = ((HubSpotException) failure).getStatus();
        if (status >= 500) {
            return Outcome.SERVER_ERROR;
        }
        return (status >= 400) ? Outcome.CLIENT_ERROR : Outcome.IO_ERROR;
    }

}
