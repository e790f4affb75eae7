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

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.util.ClassUtils;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.DefaultUriBuilderFactory;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClientRequest;
import tools.jackson.core.JacksonException;

/**
 * The attempts of one request: what the {@link CallPipeline} runs for every request it
 * makes.
 * <p>
 * A request is one or more <em>attempts</em>. An attempt first passes the
 * {@link RateLimitGate} (so every attempt, retries included, takes a permit), then gets a
 * token from the {@link AccessTokenProvider} (so that a long wait for a permit cannot
 * outlive the token), then sends the request with {@code Authorization: Bearer}, reads
 * the whole body (up to the configured size), then treats any 2xx as success (HubSpot has
 * changed 201s to 200s and 204s to 200s with a body before) and anything else as a
 * {@link HubSpotException}; either way HubSpot's rate-limit headers teach the gate. A
 * {@code 401 EXPIRED_AUTHENTICATION} makes one more attempt if the provider can get a
 * fresh token. Around the attempts, the Resilience4j {@link Retry} counts the attempts
 * and spaces the backoffs, within the call's total time budget, while
 * {@link HubSpotRetryPolicy} decides what may be retried at all and how long a 429 waits,
 * whatever that {@code Retry} is configured to do.
 * <p>
 * Bodies are read and written with the client's own {@link JsonCodec}, so the
 * application's Jackson configuration cannot change what is sent or understood.
 * <p>
 * The response timeout is Reactor Netty's on the request when the connector is Reactor
 * Netty's (no timer per attempt beside the connection's own), and a timeout on the
 * exchange with any other connector.
 *
 * @since 0.1.0
 */
public final class HubSpotExchange {

    private static final byte[] NO_BODY = new byte[0];

    /**
     * Where {@code WebClient} keeps a request's URI template, for its own observations.
     */
    private static final String URI_TEMPLATE_ATTRIBUTE = WebClient.class.getName() + ".uriTemplate";

    private static final boolean REACTOR_NETTY_PRESENT = ClassUtils
        .isPresent("reactor.netty.http.client.HttpClientRequest", HubSpotExchange.class.getClassLoader());

    /** Whether the connector is Reactor Netty's: not known before the first request. */
    private static final int CONNECTOR_UNKNOWN = 0;

    private static final int CONNECTOR_REACTOR_NETTY = 1;

    private static final int CONNECTOR_OTHER = 2;

    private final WebClient webClient;

    private final AccessTokenProvider accessTokenProvider;

    private final AssociationsSettings settings;

    private final JsonCodec json = new JsonCodec();

    private final ErrorResponses errors;

    private final RateLimitGate gate;

    private final @Nullable Retry retry;

    private final AssociationsListener listener;

    private final LongSupplier nanoTime;

    private final Map<Call<?>, Route<?>> routes = new ConcurrentHashMap<>();

    private final UriFactory uris;

    private final Consumer<ClientHttpRequest> responseTimeout = this::applyResponseTimeout;

    private volatile int connector = CONNECTOR_UNKNOWN;

    /**
     * Create the attempts of every request of a template.
     * @param webClient the client to send with, its base URL already set
     * @param accessTokenProvider where tokens come from
     * @param settings the settings: API version and path style, response timeout, largest
     * body, retry time budget
     * @param gate the rate-limit gate every attempt passes
     * @param retry the retry around the attempts, {@code null} for none
     * @param listener the listener told of responses and retries
     * @param nanoTime the time source of the retry budget
     */
    public HubSpotExchange(WebClient webClient, AccessTokenProvider accessTokenProvider, AssociationsSettings settings,
            RateLimitGate gate, @Nullable Retry retry, AssociationsListener listener, LongSupplier nanoTime) {
        this.webClient = webClient;
        this.accessTokenProvider = accessTokenProvider;
        this.errors = new ErrorResponses(this.json, accessTokenProvider.rejectedTokenHint());
        this.settings = settings;
        this.gate = gate;
        this.retry = retry;
        this.listener = listener;
        this.nanoTime = nanoTime;
        this.uris = new UriFactory(settings.baseUrl());
    }

    AssociationsListener listener() {
        return this.listener;
    }

    AssociationsSettings settings() {
        return this.settings;
    }

    /**
     * Make one request of a call and read a 2xx answer as the call describes.
     * @param <T> what the answer is read as
     * @param call the description of the call
     * @param body the request body, written as JSON, or {@code null} for none
     * @param uriVariables the path variables, then the query parameters, in order
     * @return a cold {@code Mono}: the answer, empty when there is none, or a
     * {@link HubSpotException}
     */
    <T> Mono<T> exchange(Call<T> call, @Nullable Object body, Object[] uriVariables) {
        Mono<T> attempts = Mono.defer(() -> authorizedAttempt(route(call).request(uriVariables, body), true));
        return (this.retry != null) ? Mono.defer(() -> retried(call.operation(), attempts, this.retry)) : attempts;
    }

    @SuppressWarnings("unchecked")
    private <T> Route<T> route(Call<T> call) {
        Route<T> route = (Route<T>) this.routes.get(call);
        if (route == null) {
            route = (Route<T>) this.routes.computeIfAbsent(call,
                    (key) -> new Route<>(call, this.settings, this.json, this.uris));
        }
        return route;
    }

    /**
     * The attempts within the retry. HubSpot's rules hold whatever the {@link Retry} is
     * configured to do (an application's own may retry everything): a failure they rule
     * out ends the call, and a 429 waits for HubSpot's window. The {@code Retry} counts
     * attempts and spaces the other waits.
     */
    private <T> Mono<T> retried(Operation operation, Mono<T> attempts, Retry retry) {
        Retry.AsyncContext<T> context = retry.asyncContext();
        long deadline = this.nanoTime.getAsLong() + this.settings.retry().maxTotalTime().toNanos();
        return untilDone(operation, attempts, retry, context, deadline).doOnSuccess((value) -> context.onComplete());
    }

    /**
     * The attempts, one after another while the failures may be retried: a plain fallback
     * on error rather than a retry companion, so that a call that needs no retry pays for
     * one operator only.
     */
    private <T> Mono<T> untilDone(Operation operation, Mono<T> attempts, Retry retry, Retry.AsyncContext<T> context,
            long deadline) {
        return attempts.onErrorResume((failure) -> {
            String cause = HubSpotRetryPolicy.cause(failure);
            if (cause == null) {
                if (!retry.getRetryConfig().getExceptionPredicate().test(failure)) {
                    // The Retry would not retry it either: let it count a failure without
                    // retry.
                    context.onError(failure);
                }
                return Mono.error(failure);
            }
            long configuredMillis = context.onError(failure);
            if (configuredMillis < 0) {
                return Mono.error(failure);
            }
            Duration wait = this.gate.retryWait(failure,
                    HubSpotRetryPolicy.waitFor(failure, Duration.ofMillis(configuredMillis)));
            if (this.nanoTime.getAsLong() + wait.toNanos() > deadline) {
                return Mono.error(failure);
            }
            this.listener.retrying(operation, cause, wait);
            return Mono.delay(wait).then(Mono.defer(() -> untilDone(operation, attempts, retry, context, deadline)));
        });
    }

    /**
     * One attempt: a permit from the gate, then a token, then the request; the permit's
     * slot is released whatever becomes of the attempt (its answer, a failure, a
     * cancellation). A repeat after an expired token is an attempt of its own, with a
     * permit of its own.
     */
    private <T> Mono<T> authorizedAttempt(Request<T> request, boolean mayRenewToken) {
        Operation operation = request.route().operation();
        return Mono
            .usingWhen(this.gate.acquire(operation),
                    (permit) -> Mono.defer(() -> accessToken(operation))
                        .flatMap((token) -> send(request, token).onErrorMap(HubSpotAuthenticationException.class,
                                (ex) -> (mayRenewToken && ex.isExpired()) ? new ExpiredToken(ex, token) : ex))
                        .contextWrite((context) -> context.put(RateLimitGate.Permit.class, permit)),
                    this.gate::release, (permit, ex) -> this.gate.release(permit), this.gate::release)
            .onErrorResume(ExpiredToken.class, (expired) -> this.accessTokenProvider.invalidate(expired.token)
                    ? authorizedAttempt(request, false) : Mono.error(expired.getCause()));
    }

    /**
     * The token of an attempt. A failure to get one becomes an authentication failure of
     * this call, naming its operation.
     */
    private Mono<String> accessToken(Operation operation) {
        return this.accessTokenProvider.getAccessToken()
            .switchIfEmpty(Mono.error(() -> new IllegalStateException("the access token provider returned no token")))
            .onErrorMap((ex) -> !(ex instanceof HubSpotException hubSpot) || hubSpot.getOperation() != operation,
                    (ex) -> new HubSpotAuthenticationException(
                            "HubSpot " + operation.id() + " could not get an access token: " + ex.getMessage(),
                            operation, 0, HubSpotError.EMPTY, null));
    }

    /**
     * The HTTP request of an attempt, within the response timeout.
     */
    private <T> Mono<T> send(Request<T> request, String token) {
        Route<T> route = request.route();
        Operation operation = route.operation();
        Duration timeout = this.settings.responseTimeout();
        WebClient.RequestBodyUriSpec method = this.webClient.method(route.method());
        URI uri = request.uri();
        WebClient.RequestBodySpec spec = ((uri != null)
                ? method.uri(uri).attribute(URI_TEMPLATE_ATTRIBUTE, request.uriTemplate())
                : method.uri(request.uriTemplate(), request.uriVariables()))
            .headers((headers) -> {
                headers.setBearerAuth(token);
                headers.setAccept(List.of(MediaType.APPLICATION_JSON));
            })
            .httpRequest(this.responseTimeout);
        WebClient.RequestHeadersSpec<?> ready = (request.body() != null)
                ? spec.contentType(MediaType.APPLICATION_JSON).bodyValue(this.json.write(request.body())) : spec;
        Mono<T> exchanged = Mono.defer(() -> ready.exchangeToMono((response) -> readBody(response)
            .onErrorMap(DataBufferLimitException.class, (ex) -> tooLarge(operation, response, ex))
            .flatMap((body) -> Mono.justOrEmpty(handle(operation, response, body, route.reader())))));
        if (this.connector != CONNECTOR_REACTOR_NETTY) {
            exchanged = exchanged.timeout(timeout);
        }
        return exchanged.onErrorMap((ex) -> this.errors.fromTransportFailure(operation, ex, timeout));
    }

    /**
     * Give a request Reactor Netty's response timeout when the connector is Reactor
     * Netty's, and learn which connector it is.
     */
    private void applyResponseTimeout(ClientHttpRequest request) {
        if (REACTOR_NETTY_PRESENT && ReactorNetty.responseTimeout(request, this.settings.responseTimeout())) {
            this.connector = CONNECTOR_REACTOR_NETTY;
        }
        else {
            this.connector = CONNECTOR_OTHER;
        }
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

    /**
     * A response whose body is larger than the settings allow: a 2xx is an answer that
     * cannot be read (not worth downloading again), any other status the failure it
     * names.
     */
    private HubSpotException tooLarge(Operation operation, ClientResponse response, DataBufferLimitException ex) {
        if (!response.statusCode().is2xxSuccessful()) {
            try {
                handle(operation, response, NO_BODY, (body) -> null);
            }
            catch (HubSpotException failure) {
                return failure;
            }
        }
        int status = response.statusCode().value();
        RateLimitHeaders rateLimitHeaders = ErrorResponses.rateLimitHeaders(response.headers().asHttpHeaders());
        this.listener.responded(operation, status, rateLimitHeaders);
        return this.errors.tooLarge(operation, status, this.settings.maxResponseSize(), ex);
    }

    private <T> @Nullable T handle(Operation operation, ClientResponse response, byte[] body,
            ResponseReader<T> reader) {
        int status = response.statusCode().value();
        HttpHeaders headers = response.headers().asHttpHeaders();
        RateLimitHeaders rateLimitHeaders = ErrorResponses.rateLimitHeaders(headers);
        this.listener.responded(operation, status, rateLimitHeaders);
        if (!response.statusCode().is2xxSuccessful()) {
            HubSpotException failure = this.errors.fromResponse(operation, status, headers, body);
            this.gate.observe(failure);
            throw failure;
        }
        try {
            return reader.read(body);
        }
        catch (JacksonException | IllegalArgumentException ex) {
            throw this.errors.undecodable(operation, status, body, ex);
        }
        catch (ReportedErrors ex) {
            throw this.errors.fromReportedErrors(operation, status, ex.errors());
        }
    }

    /**
     * A call as this template sends it: the path of its API version and style, with and
     * without each of its optional query parameters, and the reader of its answer.
     */
    private static final class Route<T> {

        private final Operation operation;

        private final HttpMethod method;

        private final int queryCount;

        /** The URI template for each set of present query parameters, by bit mask. */
        private final String[] uriTemplates;

        private final ResponseReader<T> reader;

        /**
         * For each set of present query parameters, the template split at its variables,
         * or {@code null} where the template cannot be expanded here.
         */
        private final @Nullable ExpandedTemplate[] expanded;

        Route(Call<T> call, AssociationsSettings settings, JsonCodec json, UriFactory uris) {
            this.operation = call.operation();
            this.method = call.method();
            String path = call.path(settings.apiVersion(), settings.schemaPathStyle());
            List<String> query = call.query();
            this.queryCount = query.size();
            this.uriTemplates = new String[1 << this.queryCount];
            for (int mask = 0; mask < this.uriTemplates.length; mask++) {
                StringBuilder template = new StringBuilder(path);
                for (int i = 0; i < this.queryCount; i++) {
                    if ((mask & (1 << i)) != 0) {
                        template.append((template.indexOf("?") < 0) ? '?' : '&');
                        template.append(query.get(i)).append("={").append(query.get(i)).append('}');
                    }
                }
                this.uriTemplates[mask] = template.toString();
            }
            this.expanded = new ExpandedTemplate[this.uriTemplates.length];
            for (int mask = 0; mask < this.uriTemplates.length; mask++) {
                this.expanded[mask] = uris.template(this.uriTemplates[mask]);
            }
            this.reader = call.reader(json);
        }

        Operation operation() {
            return this.operation;
        }

        HttpMethod method() {
            return this.method;
        }

        ResponseReader<T> reader() {
            return this.reader;
        }

        /**
         * A request of this route: query parameters whose value is {@code null} are left
         * out of the template and of the variables.
         */
        Request<T> request(Object[] uriVariables, @Nullable Object body) {
            int pathCount = uriVariables.length - this.queryCount;
            if (pathCount < 0) {
                throw new IllegalArgumentException(
                        this.operation + " needs its " + this.queryCount + " query values, null for absent ones");
            }
            int mask = 0;
            int present = pathCount;
            for (int i = 0; i < this.queryCount; i++) {
                if (uriVariables[pathCount + i] != null) {
                    mask |= 1 << i;
                    present++;
                }
            }
            Object[] variables = uriVariables;
            if (present < uriVariables.length) {
                variables = new Object[present];
                System.arraycopy(uriVariables, 0, variables, 0, pathCount);
                int next = pathCount;
                for (int i = pathCount; i < uriVariables.length; i++) {
                    if (uriVariables[i] != null) {
                        variables[next++] = uriVariables[i];
                    }
                }
            }
            ExpandedTemplate expanded = this.expanded[mask];
            if (expanded != null) {
                return new Request<>(this, expanded.uriTemplate(), variables, expanded.expand(variables), body);
            }
            return new Request<>(this, this.uriTemplates[mask], variables, null, body);
        }

    }

    /**
     * An expired token HubSpot rejected, carried out of the attempt whose permit is then
     * released, so that the provider can be told which token to renew. Never leaves the
     * exchange: it becomes a new attempt or its cause again.
     */
    private static final class ExpiredToken extends RuntimeException {

        private final transient String token;

        ExpiredToken(HubSpotAuthenticationException cause, String token) {
            super(null, cause, false, false);
            this.token = token;
        }

        @Override
        public synchronized HubSpotAuthenticationException getCause() {
            return (HubSpotAuthenticationException) super.getCause();
        }

    }

    /**
     * One request of a route: its template, its variables in order, the URI they expand
     * to (or {@code null} for {@code WebClient} to expand them), its body.
     */
    private record Request<T>(Route<T> route, String uriTemplate, Object[] uriVariables, @Nullable URI uri,
            @Nullable Object body) {
    }

    /**
     * The URI builder factory of a template's {@code WebClient}: its base URL, templates
     * and values encoded (a base URL alone is ignored by {@code WebClient} when the
     * caller's client has a factory of its own). The exchange expands URIs as it does.
     * @param baseUrl the base URL of HubSpot's API
     * @return a new factory
     */
    public static DefaultUriBuilderFactory uriBuilderFactory(URI baseUrl) {
        DefaultUriBuilderFactory factory = new DefaultUriBuilderFactory(baseUrl.toString());
        factory.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.TEMPLATE_AND_VALUES);
        return factory;
    }

    /**
     * Expands the routes' templates against the base URL as {@code WebClient} with a
     * {@link DefaultUriBuilderFactory} in
     * {@link DefaultUriBuilderFactory.EncodingMode#TEMPLATE_AND_VALUES} mode does, once
     * per template rather than once per request: the base URL and the template's literal
     * parts as they are, each variable's value encoded so that only unreserved characters
     * stay as they are.
     */
    static final class UriFactory {

        /**
         * A template whose literal parts need no encoding: letters, digits and - . _ ~ /
         * ? & =.
         */
        private static final Pattern PLAIN = Pattern.compile("(?:[A-Za-z0-9._~/?&=-]|\\{[A-Za-z0-9_]+\\})*");

        private static final Pattern VARIABLE = Pattern.compile("\\{[A-Za-z0-9_]+\\}");

        private final DefaultUriBuilderFactory factory;

        /**
         * The base URL without a trailing slash, or {@code null} where it cannot be
         * joined as text.
         */
        private final @Nullable String base;

        UriFactory(URI baseUrl) {
            this.factory = uriBuilderFactory(baseUrl);
            String base = baseUrl.toString();
            boolean plain = baseUrl.getRawQuery() == null && baseUrl.getRawFragment() == null && !base.contains("{")
                    && base.indexOf("//", base.indexOf("//") + 2) < 0;
            while (base.endsWith("/")) {
                base = base.substring(0, base.length() - 1);
            }
            this.base = plain ? base : null;
        }

        /**
         * A template split at its variables.
         * @param template a path template starting with {@code /}, with its query
         * @return the split template, or {@code null} when it must be expanded by
         * {@code WebClient}
         */
        @Nullable ExpandedTemplate template(String template) {
            if (this.base == null || !template.startsWith("/") || template.startsWith("//")
                    || !PLAIN.matcher(template).matches()) {
                return null;
            }
            List<String> literals = new ArrayList<>();
            Matcher variable = VARIABLE.matcher(template);
            int from = 0;
            while (variable.find()) {
                literals.add(template.substring(from, variable.start()));
                from = variable.end();
            }
            literals.add(template.substring(from));
            literals.set(0, this.base + literals.get(0));
            return new ExpandedTemplate(this.factory.uriString(template).toUriString(),
                    literals.toArray(new String[0]));
        }

    }

    /**
     * A template split at its variables: the literal parts, the first with the base URL
     * before it, and the template as {@code WebClient} records it.
     */
    record ExpandedTemplate(String uriTemplate, String[] literals) {

        /**
         * Expand the template.
         * @param variables one value for each variable, in order
         * @return the URI
         */
        URI expand(Object[] variables) {
            if (variables.length < this.literals.length - 1) {
                throw new IllegalArgumentException("The URI template " + this.uriTemplate + " needs "
                        + (this.literals.length - 1) + " values, but got " + variables.length);
            }
            StringBuilder uri = new StringBuilder(128).append(this.literals[0]);
            for (int i = 0; i < this.literals.length - 1; i++) {
                uri.append(UriUtils.encode(String.valueOf(variables[i]), StandardCharsets.UTF_8))
                    .append(this.literals[i + 1]);
            }
            return URI.create(uri.toString());
        }

    }

    /**
     * Reactor Netty's response timeout on a request, kept apart so that nothing of
     * Reactor Netty is loaded where it is absent.
     */
    private static final class ReactorNetty {

        private ReactorNetty() {
        }

        static boolean responseTimeout(ClientHttpRequest request, Duration timeout) {
            if (request.getNativeRequest() instanceof HttpClientRequest netty) {
                netty.responseTimeout(timeout);
                return true;
            }
            return false;
        }

    }

}
