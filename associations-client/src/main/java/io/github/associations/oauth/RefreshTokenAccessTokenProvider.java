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

package io.github.associations.oauth;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import io.github.associations.check.Arguments;
import io.github.associations.client.AccessTokenProvider;
import io.github.associations.client.ApiVersion;
import io.github.associations.client.AssociationsSettings;
import io.github.associations.observation.AssociationsListener;
import io.github.associations.resilience.RateLimitKeys;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.codec.Hints;
import org.springframework.core.log.LogMessage;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ReactiveHttpInputMessage;
import org.springframework.http.client.reactive.ClientHttpResponse;
import org.springframework.http.codec.HttpMessageReader;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.RefreshTokenReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.web.reactive.function.OAuth2BodyExtractors;
import org.springframework.web.reactive.function.BodyExtractor;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * An {@link AccessTokenProvider} for a HubSpot public app: exchanges the refresh token
 * for short-lived access tokens with the OAuth refresh-token grant
 * ({@code client_secret_post}, as HubSpot requires), through Spring Security's reactive
 * OAuth2 client, an optional dependency of this library
 * ({@code org.springframework.security:spring-security-oauth2-client}). Works with plain
 * Spring WebFlux; the Spring Boot starter builds one from the {@code hubspot.oauth.*}
 * properties. <pre class="code">
 * AccessTokenProvider tokens = RefreshTokenAccessTokenProvider.builder()
 *     .clientId(clientId)
 *     .clientSecret(clientSecret)
 *     .refreshToken(refreshToken)
 *     .build();
 * AssociationsOperations associations = AssociationsTemplate.builder().accessTokenProvider(tokens).build();
 * </pre>
 * <ul>
 * <li>The token endpoint follows the API version: {@code <baseUrl>/oauth/2026-09/token}
 * for {@link ApiVersion#V2026_09} (the default), {@code <baseUrl>/oauth/2026-03/token}
 * for {@link ApiVersion#V2026_03} and for {@link ApiVersion#V4} (HubSpot stops its
 * {@code /oauth/v1} endpoints on 2027-02-16, before v4), unless a token URI is set. Every
 * parameter goes in the form body, none in the query string.</li>
 * <li>The access token is cached and refreshed once less than {@code refreshBeforeExpiry}
 * of its lifetime remains.</li>
 * <li>Concurrent callers share one refresh (Spring's manager would send one token request
 * per caller).</li>
 * <li>{@link #invalidate(String)} expires the current token when HubSpot rejected it, so
 * that the next call refreshes; a rejected token that was already replaced causes no
 * refresh.</li>
 * <li>A refresh HubSpot rejects becomes a {@link HubSpotOAuthException} naming the
 * setting to check (by the {@link OAuthSettingNames} given), read from the RFC 6749
 * {@code error} of the answer or, failing that, from HubSpot's {@code status} (which the
 * v1 endpoint sends alone); the refresh token is kept and nothing is cached, so the next
 * call tries again.</li>
 * <li>A rotated refresh token is used from then on and handed to the
 * {@link HubSpotRefreshTokenListener}.</li>
 * <li>Refreshes and their failures are told to the {@link AssociationsListener} given
 * ({@link AssociationsListener#tokenRefreshed(Instant)},
 * {@link AssociationsListener#tokenRefreshFailed(String)}), for health and metrics.</li>
 * </ul>
 * Every OAuth2 object is private to this provider, so that the application gets no OAuth2
 * beans (which would make Spring Boot add a login filter chain). Neither the tokens nor
 * the client secret are logged, put in exception messages or shown by
 * {@link #toString()}; the token request and response are read with codec logging
 * suppressed.
 *
 * @since 0.1.0
 */
public final class RefreshTokenAccessTokenProvider implements AccessTokenProvider {

    /**
     * HubSpot's token endpoint of the default API version, {@link ApiVersion#V2026_09}.
     */
    public static final String DEFAULT_TOKEN_URI = "https://api.hubapi.com/oauth/2026-09/token";

    /** How long before its expiry an access token is refreshed, unless set otherwise. */
    public static final Duration DEFAULT_REFRESH_BEFORE_EXPIRY = Duration.ofSeconds(60);

    private static final Log logger = LogFactory.getLog(RefreshTokenAccessTokenProvider.class);

    private static final String REGISTRATION_ID = "hubspot";

    private static final String PRINCIPAL_NAME = "hubspot-associations";

    private static final String MASK = "******";

    private static final int MAX_DETAIL_LENGTH = 200;

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };

    private static final BodyExtractor<Mono<OAuth2AccessTokenResponse>, ReactiveHttpInputMessage> TOKEN_RESPONSE = OAuth2BodyExtractors
        .oauth2AccessTokenResponse();

    private final String clientId;

    private final String clientSecret;

    private final String refreshToken;

    private final String tokenUri;

    private final OAuthSettingNames names;

    private final Duration refreshBeforeExpiry;

    private final Clock clock;

    private final @Nullable HubSpotRefreshTokenListener refreshTokenListener;

    /** The installing account, as the token endpoint last named it. */
    private final AtomicReference<@Nullable String> hubId = new AtomicReference<>();

    private final AssociationsListener listener;

    private final AuthorizedClientStore store;

    private final ReactiveOAuth2AuthorizedClientManager manager;

    private final OAuth2AuthorizeRequest authorizeRequest = OAuth2AuthorizeRequest
        .withClientRegistrationId(REGISTRATION_ID)
        .principal(PRINCIPAL_NAME)
        .build();

    /** The refresh under way, shared by every caller that needs a token meanwhile. */
    private final AtomicReference<@Nullable Mono<String>> refreshInFlight = new AtomicReference<>();

    private RefreshTokenAccessTokenProvider(Builder builder) {
        this.clientId = Arguments.notBlank("clientId", builder.clientId);
        this.clientSecret = Arguments.secret("clientSecret", builder.clientSecret);
        this.refreshToken = Arguments.secret("refreshToken", builder.refreshToken);
        this.tokenUri = checkedTokenUri((builder.tokenUri != null) ? builder.tokenUri
                : tokenUri(checkedBaseUrl(builder.baseUrl), Arguments.notNull("apiVersion", builder.apiVersion)));
        this.refreshBeforeExpiry = Arguments.notNull("refreshBeforeExpiry", builder.refreshBeforeExpiry);
        if (this.refreshBeforeExpiry.isNegative()) {
            throw new IllegalArgumentException(
                    "refreshBeforeExpiry must not be negative, but was " + this.refreshBeforeExpiry);
        }
        this.names = builder.settingNames;
        this.clock = builder.clock;
        this.refreshTokenListener = builder.refreshTokenListener;
        this.listener = builder.listener;
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
            .clientId(this.clientId)
            .clientSecret(this.clientSecret)
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
            .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
            .tokenUri(this.tokenUri)
            .build();
        // An access token that expired long ago, so that the first call refreshes.
        this.store = new AuthorizedClientStore(new OAuth2AuthorizedClient(registration, PRINCIPAL_NAME,
                AuthorizedClientStore.expired("none"), new OAuth2RefreshToken(this.refreshToken, null)));
        WebClient webClient = (builder.webClient != null) ? builder.webClient : WebClient.create();
        this.manager = authorizedClientManager(registration, tokenResponseClient(webClient));
    }

    /**
     * HubSpot's token endpoint for an API version: {@code <baseUrl>/oauth/2026-09/token}
     * for {@link ApiVersion#V2026_09}, {@code <baseUrl>/oauth/2026-03/token} for
     * {@link ApiVersion#V2026_03} and for {@link ApiVersion#V4}, whose {@code /oauth/v1}
     * endpoint HubSpot stops on 2027-02-16, before v4 itself.
     * @param baseUrl the base URL of HubSpot's API, for example
     * {@code https://api.hubapi.com} or an emulator's
     * @param apiVersion the version of the Associations API the tokens are for
     * @return the token endpoint's URI
     */
    public static String tokenUri(URI baseUrl, ApiVersion apiVersion) {
        Arguments.notNull("baseUrl", baseUrl);
        Arguments.notNull("apiVersion", apiVersion);
        String base = baseUrl.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        String version = switch (apiVersion) {
            case V2026_09 -> "2026-09";
            case V2026_03, V4 -> "2026-03";
        };
        return base + "/oauth/" + version + "/token";
    }

    private static URI checkedBaseUrl(@Nullable String baseUrl) {
        String checked = Arguments.notBlank("baseUrl", baseUrl);
        try {
            URI uri = URI.create(checked);
            if (uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return uri;
            }
        }
        catch (IllegalArgumentException ex) {
            // Not a URI at all: the same message as for a URI of the wrong kind.
        }
        throw new IllegalArgumentException(
                "baseUrl must be an absolute http(s) URL without query or fragment, but was '" + checked + "'");
    }

    private static String checkedTokenUri(@Nullable String tokenUri) {
        String checked = Arguments.notBlank("tokenUri", tokenUri);
        try {
            URI uri = URI.create(checked);
            if (uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return checked;
            }
        }
        catch (IllegalArgumentException ex) {
            // Not a URI at all: the same message as for a URI of the wrong kind.
        }
        throw new IllegalArgumentException("tokenUri must be an absolute http(s) URL, but was '" + checked + "'");
    }

    /**
     * A builder. Only the client id, client secret and refresh token are required.
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    private WebClientReactiveRefreshTokenTokenResponseClient tokenResponseClient(WebClient webClient) {
        WebClientReactiveRefreshTokenTokenResponseClient client = new WebClientReactiveRefreshTokenTokenResponseClient();
        // The application may log form fields (spring.codec.log-request-details); ours
        // hold the secret and token.
        client.setWebClient(webClient.mutate()
            .codecs((codecs) -> codecs.defaultCodecs().enableLoggingRequestDetails(false))
            .build());
        client.setBodyExtractor(this::readTokenResponse);
        return client;
    }

    private ReactiveOAuth2AuthorizedClientManager authorizedClientManager(ClientRegistration registration,
            WebClientReactiveRefreshTokenTokenResponseClient tokenResponseClient) {
        RefreshTokenReactiveOAuth2AuthorizedClientProvider refreshTokenProvider = new RefreshTokenReactiveOAuth2AuthorizedClientProvider();
        refreshTokenProvider.setAccessTokenResponseClient(tokenResponseClient);
        refreshTokenProvider.setClock(this.clock);
        refreshTokenProvider.setClockSkew(this.refreshBeforeExpiry);
        // No OpenID Connect login session to refresh (Spring adds that handler when its
        // JOSE module is present).
        refreshTokenProvider.setAuthorizationSuccessHandler((client, principal, attributes) -> Mono.empty());
        AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager(
                new InMemoryReactiveClientRegistrationRepository(registration), this.store);
        manager.setAuthorizedClientProvider(refreshTokenProvider);
        manager.setAuthorizationSuccessHandler((client, principal, attributes) -> refreshed(client));
        // Spring's default removes the authorized client, and with it the only refresh
        // token, on invalid_grant.
        manager.setAuthorizationFailureHandler((exception, principal, attributes) -> Mono.empty());
        return manager;
    }

    @Override
    public Mono<String> getAccessToken() {
        return Mono.defer(() -> {
            OAuth2AccessToken current = this.store.get().getAccessToken();
            return isFresh(current) ? Mono.just(current.getTokenValue()) : sharedRefresh();
        });
    }

    /**
     * Expire the current access token if it is {@code rejectedToken}, so that the next
     * {@link #getAccessToken()} refreshes it; a token that was already replaced changes
     * nothing, the current one is fresh.
     * @param rejectedToken the token HubSpot rejected as expired
     * @return {@code true}: a fresh token can always be requested
     */
    @Override
    public boolean invalidate(String rejectedToken) {
        if (this.store.expire(rejectedToken)) {
            logger.debug("HubSpot rejected the current access token as expired; the next call refreshes it");
        }
        return true;
    }

    /**
     * The keys of a public app: its burst window per app and installing account, its
     * daily quota per account, the account being the {@code hub_id} the token endpoint
     * answers with (asked for with the first token when none was fetched yet). Where
     * HubSpot names no account, one window and one quota per app, which may pace an app
     * installed in several accounts more slowly than HubSpot would, never faster.
     * @return the keys {@code oauth-app:<clientId>:<hubId>} and {@code account:<hubId>}
     */
    @Override
    public RateLimitKeys rateLimitKeys() {
        Mono<String> account = Mono.defer(() -> {
            String known = this.hubId.get();
            return (known != null) ? Mono.just(known)
                    : getAccessToken().then(Mono.fromSupplier(() -> this.hubId.get()));
        })
            .defaultIfEmpty("app-" + this.clientId)
            .cache((value) -> Duration.ofDays(365), (ex) -> Duration.ZERO, () -> Duration.ZERO);
        return RateLimitKeys.ofOAuthApp(this.clientId, account);
    }

    private boolean isFresh(OAuth2AccessToken token) {
        Instant expiresAt = token.getExpiresAt();
        // Spring's provider decides the same way, with its clock skew set to
        // refreshBeforeExpiry.
        return expiresAt != null && !this.clock.instant().isAfter(expiresAt.minus(this.refreshBeforeExpiry));
    }

    private Mono<String> sharedRefresh() {
        Sinks.One<String> result = Sinks.one();
        Mono<String> refresh = result.asMono();
        Mono<String> inFlight = this.refreshInFlight.compareAndExchange(null, refresh);
        if (inFlight != null) {
            return inFlight;
        }
        OAuth2AccessToken current = this.store.get().getAccessToken();
        if (isFresh(current)) {
            // Another refresh completed after this caller found the token due.
            this.refreshInFlight.set(null);
            result.tryEmitValue(current.getTokenValue());
            return refresh;
        }
        // Subscribed here, not by the callers: it completes and is stored even if they
        // all cancel, so that a rotated
        // refresh token is never lost. The slot is cleared before callers hear of the
        // result, so that a failure is
        // not handed to later callers: they try again.
        refresh().subscribe((token) -> {
            this.refreshInFlight.set(null);
            Instant expiresAt = this.store.get().getAccessToken().getExpiresAt();
            if (expiresAt != null) {
                this.listener.tokenRefreshed(expiresAt);
            }
            result.tryEmitValue(token);
        }, (ex) -> {
            this.refreshInFlight.set(null);
            this.listener.tokenRefreshFailed(String.valueOf(ex.getMessage()));
            result.tryEmitError(ex);
        });
        return refresh;
    }

    private Mono<String> refresh() {
        return Mono.defer(() -> {
            logger.debug(LogMessage.format("Refreshing the HubSpot access token at %s", this.tokenUri));
            return this.manager.authorize(this.authorizeRequest);
        })
            .onErrorMap(OAuth2AuthorizationException.class, this::unusableTokenResponse)
            .map((client) -> client.getAccessToken().getTokenValue())
            .switchIfEmpty(Mono.error(() -> new IllegalStateException("No HubSpot access token was authorized")));
    }

    private Mono<Void> refreshed(OAuth2AuthorizedClient client) {
        OAuth2AccessToken issued = client.getAccessToken();
        Instant now = this.clock.instant();
        // Spring dates the token by the system clock; ours decides when it is due for
        // refresh.
        OAuth2AccessToken accessToken = new OAuth2AccessToken(issued.getTokenType(), issued.getTokenValue(), now,
                now.plus(lifetime(issued)), issued.getScopes());
        OAuth2RefreshToken refreshToken = client.getRefreshToken();
        OAuth2AuthorizedClient previous = this.store.getAndSet(new OAuth2AuthorizedClient(
                client.getClientRegistration(), client.getPrincipalName(), accessToken, refreshToken));
        logger.debug(
                LogMessage.format("Refreshed the HubSpot access token; it expires at %s", accessToken.getExpiresAt()));
        OAuth2RefreshToken previousRefreshToken = previous.getRefreshToken();
        if (refreshToken == null || previousRefreshToken == null
                || refreshToken.getTokenValue().equals(previousRefreshToken.getTokenValue())) {
            return Mono.empty();
        }
        logger.debug("HubSpot rotated the refresh token");
        return refreshTokenRotated(refreshToken.getTokenValue());
    }

    private static Duration lifetime(OAuth2AccessToken token) {
        Instant issuedAt = token.getIssuedAt();
        Instant expiresAt = token.getExpiresAt();
        Duration lifetime = (issuedAt != null && expiresAt != null) ? Duration.between(issuedAt, expiresAt)
                : Duration.ZERO;
        // Spring dates a response without expires_in to expire after one second.
        return (lifetime.compareTo(Duration.ofSeconds(1)) > 0) ? lifetime : Duration.ofSeconds(1);
    }

    private Mono<Void> refreshTokenRotated(String newRefreshToken) {
        HubSpotRefreshTokenListener listener = this.refreshTokenListener;
        if (listener == null) {
            return Mono.empty();
        }
        // The listener may persist the token with blocking I/O: keep it off the event
        // loop.
        return Mono.fromRunnable(() -> listener.refreshTokenRotated(newRefreshToken))
            .subscribeOn(Schedulers.boundedElastic())
            .onErrorResume((ex) -> {
                logger.warn("HubSpotRefreshTokenListener failed; the rotated refresh token stays in use in memory: "
                        + ex.getClass().getName() + ": " + redact(ex.getMessage()));
                return Mono.empty();
            })
            .then();
    }

    /**
     * Read the token endpoint's answer. HubSpot's dated endpoints report errors in RFC
     * 6749's form with its own {@code status} and {@code message} beside them
     * ({@code {"error":"invalid_grant","error_description":…,"status":"BAD_REFRESH_TOKEN",…}});
     * its v1 endpoint sends {@code status} and {@code message} alone, which Spring would
     * turn into a bare {@code server_error}. Both shapes become a
     * {@link HubSpotOAuthException} here. Codec logging is suppressed: the answer holds
     * the tokens.
     */
    private Mono<OAuth2AccessTokenResponse> readTokenResponse(ReactiveHttpInputMessage message,
            BodyExtractor.Context context) {
        BodyExtractor.Context unlogged = unlogged(context);
        if (message instanceof ClientHttpResponse response && response.getStatusCode().isError()) {
            HttpStatusCode status = response.getStatusCode();
            return BodyExtractors.toMono(JSON_OBJECT)
                .extract(message, unlogged)
                .onErrorResume((ex) -> Mono.empty()) // not JSON, for example a proxy's
                                                     // HTML page
                .defaultIfEmpty(Map.of())
                .flatMap((body) -> Mono.error(rejected(status, body)));
        }
        return TOKEN_RESPONSE.extract(message, unlogged).doOnNext((response) -> {
            Object hubId = response.getAdditionalParameters().get("hub_id");
            if (hubId != null && StringUtils.hasText(hubId.toString())) {
                this.hubId.set(hubId.toString());
            }
        });
    }

    private static BodyExtractor.Context unlogged(BodyExtractor.Context context) {
        Map<String, Object> hints = Hints.merge(context.hints(), Hints.SUPPRESS_LOGGING_HINT, Boolean.TRUE);
        return new BodyExtractor.Context() {

            @Override
            public List<HttpMessageReader<?>> messageReaders() {
                return context.messageReaders();
            }

            @Override
            public Optional<ServerHttpResponse> serverResponse() {
                return context.serverResponse();
            }

            @Override
            public Map<String, Object> hints() {
                return hints;
            }

        };
    }

    private HubSpotOAuthException rejected(HttpStatusCode status, Map<String, Object> body) {
        String code = firstText(body, "error", "status");
        String detail = firstText(body, "error_description", "message");
        String answer = status.value() + ((code != null) ? " " + code : "")
                + ((detail != null) ? ": " + abbreviate(detail) : "");
        if (!status.is4xxClientError()) {
            return new HubSpotOAuthException("HubSpot's token endpoint failed to refresh the access token ("
                    + redact(answer) + "); the next call tries again.", status.value(), code);
        }
        return new HubSpotOAuthException(
                rejection(status, code, firstText(body, "status")) + " (" + redact(answer) + ").", status.value(),
                code);
    }

    /**
     * What to check, by the error the answer names; HubSpot's {@code status} tells which
     * half of an {@code invalid_client} was wrong.
     */
    private String rejection(HttpStatusCode status, @Nullable String code, @Nullable String hubSpotStatus) {
        OAuthSettingNames names = this.names;
        if (status.value() == 404 || status.value() == 405) {
            return "HubSpot's token endpoint was not found. Check " + names.tokenUri();
        }
        String normalized = (code != null) ? code.toUpperCase(Locale.ROOT) : "";
        if ((normalized.equals("INVALID_CLIENT") || normalized.equals("UNAUTHORIZED_CLIENT"))
                && ("BAD_CLIENT_ID".equals(hubSpotStatus) || "BAD_CLIENT_SECRET".equals(hubSpotStatus))) {
            normalized = hubSpotStatus;
        }
        return switch (normalized) {
            case "BAD_REFRESH_TOKEN", "INVALID_GRANT" -> "HubSpot rejected the OAuth refresh token. Check "
                    + names.refreshToken() + ": it must be a refresh token granted to the app of " + names.clientId();
            case "BAD_CLIENT_ID" -> "HubSpot rejected the OAuth client id. Check " + names.clientId();
            case "BAD_CLIENT_SECRET" -> "HubSpot rejected the OAuth client secret. Check " + names.clientSecret();
            case "INVALID_CLIENT", "UNAUTHORIZED_CLIENT" ->
                "HubSpot rejected the OAuth client. Check " + names.clientId() + " and " + names.clientSecret();
            default -> "HubSpot's token endpoint refused to refresh the access token. Check " + names.clientId() + ", "
                    + names.clientSecret() + " and " + names.refreshToken();
        };
    }

    private HubSpotOAuthException unusableTokenResponse(OAuth2AuthorizationException ex) {
        String code = ex.getError().getErrorCode();
        String description = ex.getError().getDescription();
        return new HubSpotOAuthException("HubSpot's token endpoint answered with a token response that cannot be used ("
                + redact(code + ((description != null) ? ": " + abbreviate(description) : ""))
                + "); the next call tries again.", 0, code);
    }

    private static @Nullable String firstText(Map<String, Object> body, String... names) {
        for (String name : names) {
            if (body.get(name) instanceof String value && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String abbreviate(String text) {
        return (text.length() <= MAX_DETAIL_LENGTH) ? text : text.substring(0, MAX_DETAIL_LENGTH) + "...";
    }

    /**
     * Mask every secret this provider knows in text from elsewhere (HubSpot's error
     * messages, a listener's exception) before it goes into a log or an exception
     * message.
     */
    private String redact(@Nullable String text) {
        if (text == null) {
            return "";
        }
        OAuth2AuthorizedClient client = this.store.get();
        List<String> secrets = new ArrayList<>(
                List.of(this.clientSecret, this.refreshToken, client.getAccessToken().getTokenValue()));
        OAuth2RefreshToken refreshToken = client.getRefreshToken();
        if (refreshToken != null) {
            secrets.add(refreshToken.getTokenValue());
        }
        String redacted = text;
        for (String secret : secrets) {
            redacted = redacted.replace(secret, MASK);
        }
        return redacted;
    }

    @Override
    public String toString() {
        return "RefreshTokenAccessTokenProvider[tokenUri=" + this.tokenUri + ", clientId=" + this.clientId
                + ", clientSecret=" + MASK + ", refreshToken=" + MASK + ", accessToken=" + MASK + "]";
    }

    /**
     * Builds a {@link RefreshTokenAccessTokenProvider}. Nothing is sent until the first
     * {@link #getAccessToken()} subscription.
     */
    public static final class Builder {

        private @Nullable String clientId;

        private @Nullable String clientSecret;

        private @Nullable String refreshToken;

        private @Nullable String tokenUri;

        private @Nullable String baseUrl = AssociationsSettings.DEFAULT_BASE_URL.toString();

        private @Nullable ApiVersion apiVersion = ApiVersion.V2026_09;

        private @Nullable Duration refreshBeforeExpiry = DEFAULT_REFRESH_BEFORE_EXPIRY;

        private @Nullable WebClient webClient;

        private Clock clock = Clock.systemUTC();

        private @Nullable HubSpotRefreshTokenListener refreshTokenListener;

        private AssociationsListener listener = AssociationsListener.NONE;

        private OAuthSettingNames settingNames = OAuthSettingNames.BUILDER;

        private Builder() {
        }

        /**
         * Set the public app's client id.
         * @param clientId the client id, from the app's settings in HubSpot
         * @return this builder
         */
        public Builder clientId(String clientId) {
            this.clientId = Arguments.notNull("clientId", clientId);
            return this;
        }

        /**
         * Set the public app's client secret.
         * @param clientSecret the client secret; a secret, never logged or shown
         * @return this builder
         */
        public Builder clientSecret(String clientSecret) {
            this.clientSecret = Arguments.notNull("clientSecret", clientSecret);
            return this;
        }

        /**
         * Set the refresh token an account granted the app.
         * @param refreshToken the refresh token; a secret, never logged or shown
         * @return this builder
         */
        public Builder refreshToken(String refreshToken) {
            this.refreshToken = Arguments.notNull("refreshToken", refreshToken);
            return this;
        }

        /**
         * Set the URI of HubSpot's token endpoint, instead of the one of the
         * {@link #apiVersion(ApiVersion) API version} at the {@link #baseUrl(String) base
         * URL} (by default {@value #DEFAULT_TOKEN_URI}). HubSpot's v1 endpoint,
         * {@code /oauth/v1/token}, still works here until HubSpot stops it on 2027-02-16.
         * @param tokenUri an absolute http(s) URI, for example an emulator's
         * @return this builder
         */
        public Builder tokenUri(String tokenUri) {
            this.tokenUri = Arguments.notBlank("tokenUri", tokenUri);
            return this;
        }

        /**
         * Set the base URL of HubSpot's API, where the token endpoint is unless a
         * {@link #tokenUri(String) token URI} is set (default
         * {@code https://api.hubapi.com}): the same base URL as the template's, so that
         * the client secret and refresh token go where the calls go.
         * @param baseUrl an absolute http(s) URL without query or fragment, for example
         * an emulator's
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = Arguments.notNull("baseUrl", baseUrl);
            return this;
        }

        /**
         * Set the base URL of HubSpot's API, as {@link #baseUrl(String)} does.
         * @param baseUrl an absolute http(s) URL without query or fragment
         * @return this builder
         */
        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = Arguments.notNull("baseUrl", baseUrl).toString();
            return this;
        }

        /**
         * Set the API version whose token endpoint is used unless a
         * {@link #tokenUri(String) token URI} is set (default
         * {@link ApiVersion#V2026_09}): see
         * {@link RefreshTokenAccessTokenProvider#tokenUri(URI, ApiVersion)}.
         * @param apiVersion the version the template calls
         * @return this builder
         */
        public Builder apiVersion(ApiVersion apiVersion) {
            this.apiVersion = Arguments.notNull("apiVersion", apiVersion);
            return this;
        }

        /**
         * Set how long before its expiry an access token is refreshed (default 60
         * seconds).
         * @param refreshBeforeExpiry a duration, zero or more
         * @return this builder
         */
        public Builder refreshBeforeExpiry(Duration refreshBeforeExpiry) {
            this.refreshBeforeExpiry = Arguments.notNull("refreshBeforeExpiry", refreshBeforeExpiry);
            return this;
        }

        /**
         * Use this client for the token endpoint (default {@code WebClient.create()}),
         * typically built from the application's builder so that its connector, timeouts
         * and observation apply. Codec logging of request details is turned off for the
         * token exchange whatever the client says.
         * @param webClient the client
         * @return this builder
         */
        public Builder webClient(WebClient webClient) {
            this.webClient = Arguments.notNull("webClient", webClient);
            return this;
        }

        /**
         * Use a client built from this builder for the token endpoint; the builder is
         * cloned, not changed.
         * @param webClientBuilder the builder
         * @return this builder
         */
        public Builder webClientBuilder(WebClient.Builder webClientBuilder) {
            this.webClient = Arguments.notNull("webClientBuilder", webClientBuilder).clone().build();
            return this;
        }

        /**
         * Use this clock to date tokens and decide when they are due for refresh (default
         * the system clock).
         * @param clock the clock that dates access tokens and decides when they are due
         * for refresh
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Arguments.notNull("clock", clock);
            return this;
        }

        /**
         * Hand a refresh token HubSpot rotates to this listener, to persist it.
         * @param refreshTokenListener the listener
         * @return this builder
         */
        public Builder refreshTokenListener(HubSpotRefreshTokenListener refreshTokenListener) {
            this.refreshTokenListener = Arguments.notNull("refreshTokenListener", refreshTokenListener);
            return this;
        }

        /**
         * Tell this listener about refreshes and their failures (for health and metrics);
         * typically the same listener as the template's.
         * @param listener told of every refresh and every failed one
         * @return this builder
         */
        public Builder listener(AssociationsListener listener) {
            this.listener = Arguments.notNull("listener", listener);
            return this;
        }

        /**
         * Name the settings to check, in the messages of rejected refreshes, with these
         * names (default {@link OAuthSettingNames#BUILDER}, this builder's parameter
         * names).
         * @param settingNames the names, for example the properties the credentials came
         * from
         * @return this builder
         */
        public Builder settingNames(OAuthSettingNames settingNames) {
            this.settingNames = Arguments.notNull("settingNames", settingNames);
            return this;
        }

        /**
         * Build the provider.
         * @return a provider ready for use; nothing is sent until a token is asked for
         * @throws IllegalArgumentException naming the first missing or invalid setting,
         * never showing a secret
         */
        public RefreshTokenAccessTokenProvider build() {
            return new RefreshTokenAccessTokenProvider(this);
        }

    }

    /**
     * The one authorized client, held for Spring's manager and read directly on the fast
     * path. Never empty: the refresh token is all the provider has, so nothing removes
     * it.
     */
    private static final class AuthorizedClientStore implements ReactiveOAuth2AuthorizedClientService {

        private final AtomicReference<OAuth2AuthorizedClient> client;

        AuthorizedClientStore(OAuth2AuthorizedClient client) {
            this.client = new AtomicReference<>(client);
        }

        static OAuth2AccessToken expired(String tokenValue) {
            return new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, tokenValue, Instant.EPOCH,
                    Instant.EPOCH.plusSeconds(1));
        }

        OAuth2AuthorizedClient get() {
            return this.client.get();
        }

        OAuth2AuthorizedClient getAndSet(OAuth2AuthorizedClient client) {
            return this.client.getAndSet(client);
        }

        /**
         * Expire the access token if it is still {@code tokenValue}: atomic, so that a
         * token issued meanwhile is kept.
         * @return whether the current token was expired by this call
         */
        boolean expire(String tokenValue) {
            OAuth2AuthorizedClient before = this.client.getAndUpdate((client) -> {
                OAuth2AccessToken token = client.getAccessToken();
                if (!token.getTokenValue().equals(tokenValue) || Instant.EPOCH.equals(token.getIssuedAt())) {
                    return client;
                }
                return new OAuth2AuthorizedClient(client.getClientRegistration(), client.getPrincipalName(),
                        expired(tokenValue), client.getRefreshToken());
            });
            OAuth2AccessToken token = before.getAccessToken();
            return token.getTokenValue().equals(tokenValue) && !Instant.EPOCH.equals(token.getIssuedAt());
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T extends OAuth2AuthorizedClient> Mono<T> loadAuthorizedClient(String clientRegistrationId,
                String principalName) {
            return Mono.fromSupplier(() -> (T) this.client.get());
        }

        @Override
        public Mono<Void> saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal) {
            return Mono.fromRunnable(() -> this.client.set(authorizedClient));
        }

        @Override
        public Mono<Void> removeAuthorizedClient(String clientRegistrationId, String principalName) {
            return Mono.empty();
        }

    }

}
