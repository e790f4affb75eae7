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

package io.github.associations.emulator.internal.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.github.associations.emulator.control.ApiVersion;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorFaults;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.emulator.control.EmulatorRateLimits;
import io.github.associations.emulator.control.EmulatorState;
import io.github.associations.emulator.control.EmulatorTokens;
import io.github.associations.emulator.control.RequestLog;
import io.github.associations.emulator.internal.admin.AdminRoutes;
import io.github.associations.emulator.internal.admin.EmulatorHandle;
import io.github.associations.emulator.internal.auth.TokenEndpoint;
import io.github.associations.emulator.internal.auth.TokenRegistry;
import io.github.associations.emulator.internal.endpoint.EmulatorBackend;
import io.github.associations.emulator.internal.faults.FaultInjector;
import io.github.associations.emulator.internal.filter.AuthenticationFilter;
import io.github.associations.emulator.internal.filter.FaultFilter;
import io.github.associations.emulator.internal.filter.RateLimitFilter;
import io.github.associations.emulator.internal.filter.RequestLogFilter;
import io.github.associations.emulator.internal.filter.StatusDriftFilter;
import io.github.associations.emulator.internal.http.HubSpotResponses;
import io.github.associations.emulator.internal.ratelimit.RateLimiter;
import io.github.associations.emulator.internal.requestlog.DefaultRequestLog;
import io.github.associations.emulator.internal.store.ApiSettings;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.reactive.function.server.HandlerFilterFunction;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.HandlerStrategies;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * The emulator's HTTP server: Reactor Netty serving Spring WebFlux functional routes.
 * Each {@link EmulatorEndpoint} template, in every API version the endpoint is served in,
 * is routed to the backend's handler for that version wrapped, outermost first, in:
 * request log, fault injection, authentication, rate limiting, authorization (read-only
 * tokens), status drift. The OAuth endpoints get the request log and fault injection
 * only; admin routes under {@code /__emulator/} get none; any other path gets the request
 * log and a 404.
 *
 * @since 0.1.0
 */
public final class EmulatorServer implements EmulatorHandle, AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);

    private final EmulatorOptions options;

    private final EmulatorBackend backend;

    private final DefaultRequestLog requestLog;

    private final FaultInjector faults = new FaultInjector();

    private final TokenRegistry tokens;

    private final RateLimiter rateLimiter;

    private final TokenEndpoint tokenEndpoint;

    private final DisposableServer server;

    private EmulatorServer(EmulatorOptions options, EmulatorBackend backend) {
        this.options = options;
        this.backend = backend;
        this.requestLog = new DefaultRequestLog(options.requestLogCapacity());
        this.tokens = new TokenRegistry(options);
        this.rateLimiter = new RateLimiter(options, this.tokens);
        this.tokenEndpoint = new TokenEndpoint(this.tokens, options.portalId());
        HttpHandler httpHandler = RouterFunctions.toHttpHandler(routes(), HandlerStrategies.withDefaults());
        this.server = HttpServer.create()
            .host(options.host())
            .port(options.port())
            .handle(new ReactorHttpHandlerAdapter(httpHandler))
            .bindNow(STARTUP_TIMEOUT);
    }

    /**
     * Bind a server for a backend.
     * @param options where to listen, which credentials to accept and how to behave
     * @param backend the HubSpot behaviour to serve
     * @return the started server
     */
    public static EmulatorServer start(EmulatorOptions options, EmulatorBackend backend) {
        return new EmulatorServer(options, backend);
    }

    /**
     * The settings of the emulated HubSpot behaviour that follow from the options.
     * @param options where to listen, which credentials to accept and how to behave
     * @return the API settings
     */
    public static ApiSettings apiSettings(EmulatorOptions options) {
        ApiSettings defaults = ApiSettings.defaults(options.strictRecords(), options.clock());
        return new ApiSettings(defaults.strictRecords(), options.maxCustomLabelsPerObjectPair(), defaults.maxPageSize(),
                options.clampPageSize(), defaults.maxBatchReadInputs(), defaults.maxBatchCreateInputs(),
                defaults.maxOtherBatchInputs(), defaults.clock());
    }

    private RouterFunction<ServerResponse> routes() {
        RouterFunctions.Builder routes = RouterFunctions.route();
        routes.add(new AdminRoutes(this).routes());
        AuthenticationFilter authentication = new AuthenticationFilter(this.tokens, this.options.clock());
        for (Route route : routingOrder()) {
            EmulatorEndpoint endpoint = route.endpoint();
            ApiVersion version = route.version();
            HandlerFunction<ServerResponse> handler = endpoint.isOAuth()
                    ? oauthPipeline(endpoint, version).apply(this.tokenEndpoint.handler(endpoint, version))
                    : apiPipeline(endpoint, version, authentication)
                        .apply(this.backend.handlers().handler(endpoint, version));
            routes.route(RequestPredicates.method(endpoint.method()).and(RequestPredicates.path(route.template())),
                    handler);
        }
        HandlerFunction<ServerResponse> unknown = new RequestLogFilter(null, null, this.requestLog,
                this.options.clock())
            .apply((request) -> HubSpotResponses.unknownPath(request.method().name(), request.path()));
        return routes.route(RequestPredicates.all(), unknown).build();
    }

    /**
     * Every path template of every endpoint in every version it is served in, in the
     * order the routes are tried: templates that start with more literal segments first,
     * so that {@code definitions/configurations/...} and {@code usage/...} win over the
     * {@code {fromObjectType}/{toObjectType}} variables of the label and batch routes.
     */
    static List<Route> routingOrder() {
        List<Route> routes = new ArrayList<>();
        for (EmulatorEndpoint endpoint : EmulatorEndpoint.values()) {
            for (ApiVersion version : endpoint.versions()) {
                for (String template : endpoint.pathTemplates(version)) {
                    routes.add(new Route(endpoint, version, template));
                }
            }
        }
        routes.sort(Comparator.comparingInt((Route route) -> leadingLiteralSegments(route.template())).reversed());
        return routes;
    }

    private static int leadingLiteralSegments(String template) {
        int count = 0;
        for (String segment : template.substring(1).split("/")) {
            if (segment.startsWith("{")) {
                break;
            }
            count++;
        }
        return count;
    }

    private HandlerFilterFunction<ServerResponse, ServerResponse> apiPipeline(EmulatorEndpoint endpoint,
            ApiVersion version, AuthenticationFilter authentication) {
        return new RequestLogFilter(endpoint, version, this.requestLog, this.options.clock())
            .andThen(new FaultFilter(endpoint, this.faults, this.tokens, this.rateLimiter))
            .andThen(authentication.authenticate())
            .andThen(new RateLimitFilter(endpoint, this.rateLimiter))
            .andThen(authentication.authorize(endpoint))
            .andThen(new StatusDriftFilter(endpoint, this.faults, this.options.clock()));
    }

    private HandlerFilterFunction<ServerResponse, ServerResponse> oauthPipeline(EmulatorEndpoint endpoint,
            ApiVersion version) {
        return new RequestLogFilter(endpoint, version, this.requestLog, this.options.clock())
            .andThen(new FaultFilter(endpoint, this.faults, this.tokens, this.rateLimiter));
    }

    /**
     * One route: an endpoint's path template in one API version.
     *
     * @param endpoint the endpoint served
     * @param version the API version the template belongs to
     * @param template the path template
     */
    record Route(EmulatorEndpoint endpoint, ApiVersion version, String template) {
    }

    /**
     * The options the server runs with.
     * @return the options
     */
    public EmulatorOptions options() {
        return this.options;
    }

    /**
     * The address the server is bound to, as configured.
     * @return the host
     */
    public String host() {
        return this.options.host();
    }

    /**
     * The port the server is bound to.
     * @return the port
     */
    public int port() {
        return this.server.port();
    }

    /**
     * The URL clients use: the bound host, or {@code 127.0.0.1} when bound to every
     * interface.
     * @return the base URL, without a trailing slash
     */
    public String baseUrl() {
        String host = this.options.host();
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            host = "127.0.0.1";
        }
        else if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + port();
    }

    @Override
    public EmulatorState state() {
        return this.backend.state();
    }

    @Override
    public RequestLog requests() {
        return this.requestLog;
    }

    @Override
    public EmulatorFaults faults() {
        return this.faults;
    }

    @Override
    public EmulatorTokens tokens() {
        return this.tokens;
    }

    @Override
    public EmulatorRateLimits rateLimits() {
        return this.rateLimiter;
    }

    @Override
    public void reset() {
        this.backend.state().reset();
        this.requestLog.clear();
        this.faults.clear();
        this.rateLimiter.reset();
        this.tokens.resetCounters();
    }

    /**
     * Stop listening and close open connections.
     */
    @Override
    public void close() {
        this.server.disposeNow(Duration.ofSeconds(5));
    }

}
