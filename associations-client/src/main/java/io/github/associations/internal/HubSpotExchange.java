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

import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;

import io.github.associations.client.AccessTokenProvider;
import io.github.associations.client.AssociationsSettings;
import io.github.associations.error.HubSpotAuthenticationException;
import io.github.associations.error.HubSpotError;
import io.github.associations.error.HubSpotException;
import io.github.associations.internal.json.JsonCodec;
import io.github.associations.internal.json.ResponseReader;
import io.github.associations.model.Operation;
import io.github.associations.model.RateLimitHeaders;
import io.github.associations.observation.AssociationsListener;
import io.github.associations.resilience.HubSpotRetryPolicy;
import io.github.resilience4j.retry.Retry;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;

/**
 * The one exchange pipeline every call goes through.
 * <p>
 * A call is one or more <em>attempts</em>. An attempt gets a token from the
 * {@link AccessTokenProvider}, passes the {@link RateLimitGate} (so every attempt,
 * retries included, takes a permit), sends the request with
 * {@code Authorization: Bearer}, reads the whole body (up to the configured size), then
 * treats any 2xx as success (HubSpot has changed 201s to 200s and 204s to 200s with a
 * body before) and anything else as a {@link HubSpotException}; either way HubSpot's
 * rate-limit headers teach the gate. A {@code 401 EXPIRED_AUTHENTICATION} makes one more
 * attempt if the provider can get a fresh token. Around the attempts, the Resilience4j
 * {@link Retry} decides what is retried and after what wait
 * ({@link io.github.associations.resilience.HubSpotRetryPolicy}), within the call's total
 * time budget.
 * <p>
 * Bodies are read and written with the client's own {@link JsonCodec}, so the
 * application's Jackson configuration cannot change what is sent or understood.
 */
public final class HubSpotExchange {

    private static final byte[] NO_BODY = new byte[0];

    private final WebClient webClient;

    private final AccessTokenProvider accessTokenProvider;

    private final AssociationsSettings settings;

    private final JsonCodec json;

    private final ErrorResponses errors;

    private final RateLimitGate gate;

    private final @Nullable Retry retry;

    private final AssociationsListener listener;

    private final LongSupplier nanoTime;

    /**
     * Create the pipeline.
     * @param webClient the client to send with, its base URL already set
     * @param accessTokenProvider where tokens come from
     * @param settings the settings (response timeout, largest body, retry time budget)
     * @param json the codec
     * @param gate the rate-limit gate every attempt passes
     * @param retry the retry around the attempts, {@code null} for none
     * @param listener the listener told of responses and retries
     * @param nanoTime the time source of the retry budget
     */
    public HubSpotExchange(WebClient webClient, AccessTokenProvider accessTokenProvider, AssociationsSettings settings,
            JsonCodec json, RateLimitGate gate, @Nullable Retry retry, AssociationsListener listener,
            LongSupplier nanoTime) {
        this.webClient = webClient;
        this.accessTokenProvider = accessTokenProvider;
        this.settings = settings;
        this.json = json;
        this.errors = new ErrorResponses(json);
        this.gate = gate;
        this.retry = retry;
        this.listener = listener;
        this.nanoTime = nanoTime;
    }

    /**
     * The listener of this pipeline.
     * @return the listener
     */
    public AssociationsListener listener() {
        return this.listener;
    }

    /**
     * The codec bodies are read and written with.
     * @return the codec
     */
    public JsonCodec json() {
        return this.json;
    }

    /**
     * Make the call and decode a 2xx body with {@code reader}.
     * @param <T> the decoded type
     * @param request the request
     * @param reader the reader of a 2xx body; returning {@code null} (for example for an
     * empty body) completes empty
     * @return a cold {@code Mono}: the decoded body, empty when there is none, or a
     * {@link HubSpotException}
     */
    public <T> Mono<T> exchange(HubSpotRequest request, ResponseReader<T> reader) {
        Mono<T> attempts = Mono.defer(() -> authorizedAttempt(request, reader, true));
        return (this.retry != null) ? Mono.defer(() -> retried(request.operation(), attempts, this.retry)) : attempts;
    }

    private <T> Mono<T> retried(Operation operation, Mono<T> attempts, Retry retry) {
        Retry.AsyncContext<T> context = retry.asyncContext();
        long deadline = this.nanoTime.getAsLong() + this.settings.retry().maxTotalTime().toNanos();
        return attempts.retryWhen(reactor.util.retry.Retry.from((failures) -> failures.concatMap((signal) -> {
            Throwable failure = signal.failure();
            long waitMillis = context.onError(failure);
            if (waitMillis < 0 || this.nanoTime.getAsLong() + waitMillis * 1_000_000L > deadline) {
                return Mono.error(failure);
            }
            Duration wait = Duration.ofMillis(waitMillis);
            String cause = HubSpotRetryPolicy.cause(failure);
            this.listener.retrying(operation, (cause != null) ? cause : "other", wait);
            return Mono.delay(wait);
        }))).doOnSuccess((value) -> context.onComplete());
    }

    private <T> Mono<T> authorizedAttempt(HubSpotRequest request, ResponseReader<T> reader, boolean mayRenewToken) {
        Operation operation = request.operation();
        return accessToken(operation).flatMap(
                (token) -> attempt(request, token, reader).onErrorResume(HubSpotAuthenticationException.class, (ex) -> {
                    if (mayRenewToken && ex.isExpired() && this.accessTokenProvider.invalidate(token)) {
                        return authorizedAttempt(request, reader, false);
                    }
                    return Mono.error(ex);
                }));
    }

    private Mono<String> accessToken(Operation operation) {
        return this.accessTokenProvider.getAccessToken()
            .switchIfEmpty(Mono.error(() -> new IllegalStateException("the access token provider returned no token")))
            .onErrorMap((ex) -> !(ex instanceof HubSpotException),
                    (ex) -> new HubSpotAuthenticationException(
                            "HubSpot " + operation.id() + " could not get an access token: " + ex.getMessage(),
                            operation, 0, HubSpotError.EMPTY, null));
    }

    /**
     * One HTTP attempt: a permit from the gate, then the request.
     */
    private <T> Mono<T> attempt(HubSpotRequest request, String token, ResponseReader<T> reader) {
        Operation operation = request.operation();
        Duration timeout = this.settings.responseTimeout();
        WebClient.RequestBodySpec spec = this.webClient.method(operation.method())
            .uri(request.uriTemplate(), request.uriVariables())
            .headers((headers) -> {
                headers.setBearerAuth(token);
                headers.setAccept(List.of(MediaType.APPLICATION_JSON));
            });
        WebClient.RequestHeadersSpec<?> ready = (request.body() != null)
                ? spec.contentType(MediaType.APPLICATION_JSON).bodyValue(this.json.write(request.body())) : spec;
        Mono<T> sent = Mono.defer(() -> {
            long sentAt = this.nanoTime.getAsLong();
            return ready.exchangeToMono((response) -> readBody(response)
                .flatMap((body) -> Mono.justOrEmpty(handle(operation, response, body, reader, sentAt))));
        }).timeout(timeout).onErrorMap((ex) -> this.errors.fromTransportFailure(operation, ex, timeout));
        return this.gate.acquire(operation).then(sent);
    }

    private Mono<byte[]> readBody(ClientResponse response) {
        return DataBufferUtils.join(response.body(BodyExtractors.toDataBuffers()), this.settings.maxResponseSize())
            .map((buffer) -> {
                try {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    return bytes;
                }
                finally {
                    DataBufferUtils.release(buffer);
                }
            })
            .defaultIfEmpty(NO_BODY);
    }

    private <T> T handle(Operation operation, ClientResponse response, byte[] body, ResponseReader<T> reader,
            long sentAt) {
        int status = response.statusCode().value();
        HttpHeaders headers = response.headers().asHttpHeaders();
        RateLimitHeaders rateLimitHeaders = ErrorResponses.rateLimitHeaders(headers);
        this.listener.responded(operation, status, rateLimitHeaders);
        if (!response.statusCode().is2xxSuccessful()) {
            HubSpotException failure = this.errors.fromResponse(operation, status, headers, body);
            this.gate.observe(rateLimitHeaders, failure, sentAt);
            throw failure;
        }
        this.gate.observe(rateLimitHeaders, null, sentAt);
        try {
            return reader.read(body);
        }
        catch (JacksonException | IllegalArgumentException ex) {
            throw this.errors.undecodable(operation, status, body, ex);
        }
    }

}
