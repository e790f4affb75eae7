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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import io.github.associations.MutableClock;
import io.github.associations.client.ApiVersion;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.emulator.control.Fault;
import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.emulator.control.LoggedRequest;
import io.github.associations.error.HubSpotAuthenticationException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link RefreshTokenAccessTokenProvider} against the emulator's OAuth token endpoints,
 * with the emulator and the provider sharing a clock that the tests move. The provider
 * finds the token endpoint of the default API version (2026-09) at the emulator's base
 * URL, unless a test sets HubSpot's v1 endpoint to check its error body. Messages name
 * the settings by the names the provider is given: Spring Boot's properties here, as the
 * auto-configuration gives them, unless a test says otherwise.
 */
class RefreshTokenAccessTokenProviderTests {

    private static final OAuthSettingNames BOOT_PROPERTIES = new OAuthSettingNames("hubspot.oauth.client-id",
            "hubspot.oauth.client-secret", "hubspot.oauth.refresh-token", "hubspot.oauth.token-uri");

    private static final String CLIENT_ID = "client-1";

    private static final String CLIENT_SECRET = "client-secret-1";

    private static final String REFRESH_TOKEN = "refresh-token-1";

    private static final Duration LIFETIME = Duration.ofMinutes(30);

    private static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofSeconds(60);

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");

    private final List<String> rotatedRefreshTokens = new CopyOnWriteArrayList<>();

    private final List<HttpHeaders> tokenRequestHeaders = new CopyOnWriteArrayList<>();

    private @Nullable HubSpotEmulator emulator;

    @AfterEach
    void closeEmulator() {
        if (this.emulator != null) {
            this.emulator.close();
        }
    }

    @Test
    void firstCallRefreshesPostingTheClientCredentialsInTheForm() {
        RefreshTokenAccessTokenProvider provider = provider();

        String token = provider.getAccessToken().block(TIMEOUT);

        assertThat(emulator().tokens().requestCount()).isEqualTo(1);
        assertThat(apiStatus(token)).isEqualTo(200);
        LoggedRequest request = emulator().requests().forEndpoint(EmulatorEndpoint.OAUTH_TOKEN).get(0);
        assertThat(request.body().split("&")).containsExactlyInAnyOrder("grant_type=refresh_token",
                "refresh_token=" + REFRESH_TOKEN, "client_id=" + CLIENT_ID, "client_secret=" + CLIENT_SECRET);
        assertThat(this.tokenRequestHeaders).singleElement()
            .satisfies((headers) -> assertThat(headers.containsHeader(HttpHeaders.AUTHORIZATION))
                .as("client_secret_post, not basic")
                .isFalse());
    }

    @Test
    void theDefaultVersionsTokenEndpointGetsEveryParameterInTheFormAndNothingInTheQuery() {
        RefreshTokenAccessTokenProvider provider = provider();

        provider.getAccessToken().block(TIMEOUT);

        LoggedRequest request = emulator().requests().forEndpoint(EmulatorEndpoint.OAUTH_TOKEN).get(0);
        assertThat(request.path()).isEqualTo("/oauth/2026-09/token");
        assertThat(request.apiVersion()).isEqualTo(io.github.associations.emulator.control.ApiVersion.V2026_09);
        assertThat(request.query()).isNull();
        assertThat(request.status()).isEqualTo(200);
        assertThat(request.body().split("&")).containsExactlyInAnyOrder("grant_type=refresh_token",
                "refresh_token=" + REFRESH_TOKEN, "client_id=" + CLIENT_ID, "client_secret=" + CLIENT_SECRET);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "V2026_09, /oauth/2026-09/token", "V2026_03, /oauth/2026-03/token", "V4, /oauth/2026-03/token" })
    void theTokenEndpointFollowsTheApiVersionAndV4UsesThe2026_03One(ApiVersion version, String path) {
        RefreshTokenAccessTokenProvider provider = builder(credentials(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN))
            .apiVersion(version)
            .build();

        assertThat(apiStatus(provider.getAccessToken().block(TIMEOUT))).isEqualTo(200);

        assertThat(emulator().requests().forEndpoint(EmulatorEndpoint.OAUTH_TOKEN)).singleElement()
            .satisfies((request) -> {
                assertThat(request.path()).isEqualTo(path);
                assertThat(request.query()).isNull();
            });
        assertThat(RefreshTokenAccessTokenProvider.tokenUri(URI.create(emulator().baseUrl()), version))
            .isEqualTo(emulator().baseUrl() + path);
    }

    @Test
    void theTokenUriFollowsTheBaseUrlUnlessOneIsSet() {
        RefreshTokenAccessTokenProvider.Builder builder = RefreshTokenAccessTokenProvider.builder()
            .clientId(CLIENT_ID)
            .clientSecret(CLIENT_SECRET)
            .refreshToken(REFRESH_TOKEN);

        assertThat(builder.build().toString())
            .contains("tokenUri=" + RefreshTokenAccessTokenProvider.DEFAULT_TOKEN_URI + ",")
            .contains("tokenUri=https://api.hubapi.com/oauth/2026-09/token,");
        assertThat(builder.baseUrl("http://hubspot.test:8089/").build().toString())
            .contains("tokenUri=http://hubspot.test:8089/oauth/2026-09/token,");
        assertThat(builder.apiVersion(ApiVersion.V4).build().toString())
            .contains("tokenUri=http://hubspot.test:8089/oauth/2026-03/token,");
        assertThat(builder.baseUrl(URI.create("http://proxy.test/hubspot")).build().toString())
            .contains("tokenUri=http://proxy.test/hubspot/oauth/2026-03/token,");
        assertThat(builder.tokenUri("http://hubspot.test:8089/oauth/v1/token").build().toString())
            .as("an explicit token URI wins")
            .contains("tokenUri=http://hubspot.test:8089/oauth/v1/token,");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RefreshTokenAccessTokenProvider.builder()
                .clientId(CLIENT_ID)
                .clientSecret(CLIENT_SECRET)
                .refreshToken(REFRESH_TOKEN)
                .baseUrl("ftp://hubspot.test")
                .build())
            .withMessage("baseUrl must be an absolute http(s) URL without query or fragment, but was "
                    + "'ftp://hubspot.test'");
    }

    @Test
    void invalidGrantFromTheDatedEndpointIsTheAuthenticationErrorNamingTheRefreshTokenProperty() {
        RefreshTokenAccessTokenProvider provider = provider(
                credentials(CLIENT_ID, CLIENT_SECRET, "refresh-token-unknown"));

        StepVerifier.create(provider.getAccessToken()).consumeErrorWith((ex) -> {
            assertThat(ex).isInstanceOf(HubSpotAuthenticationException.class)
                .isInstanceOf(HubSpotOAuthException.class)
                .hasMessage("HubSpot rejected the OAuth refresh token. Check hubspot.oauth.refresh-token: it must be "
                        + "a refresh token granted to the app of hubspot.oauth.client-id (400 invalid_grant: "
                        + "missing or invalid refresh token).")
                .hasNoCause();
            HubSpotOAuthException oauth = (HubSpotOAuthException) ex;
            assertThat(oauth.getStatusCode()).isEqualTo(400);
            assertThat(oauth.getErrorCode()).isEqualTo("invalid_grant");
            assertThat(oauth.isCredentialsRejected()).isTrue();
        }).verify(TIMEOUT);
        assertThat(emulator().requests().forEndpoint(EmulatorEndpoint.OAUTH_TOKEN)).singleElement()
            .satisfies((request) -> assertThat(request.path()).isEqualTo("/oauth/2026-09/token"));
    }

    @Test
    void invalidClientFromTheDatedEndpointNamesTheClientIdOrSecretByHubSpotsStatus() {
        StepVerifier.create(provider(credentials("client-unknown", CLIENT_SECRET, REFRESH_TOKEN)).getAccessToken())
            .expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(HubSpotOAuthException.class)
                .hasMessageStartingWith("HubSpot rejected the OAuth client id. Check hubspot.oauth.client-id (")
                .hasMessageContaining(" invalid_client")
                .extracting("errorCode")
                .isEqualTo("invalid_client"))
            .verify(TIMEOUT);
        StepVerifier.create(provider(credentials(CLIENT_ID, "client-secret-wrong", REFRESH_TOKEN)).getAccessToken())
            .expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(HubSpotOAuthException.class)
                .hasMessageStartingWith("HubSpot rejected the OAuth client secret. Check hubspot.oauth.client-secret (")
                .message()
                .doesNotContain("client-secret-wrong", REFRESH_TOKEN))
            .verify(TIMEOUT);
    }

    @Test
    void nothingIsSentUntilSubscription() {
        RefreshTokenAccessTokenProvider provider = provider();

        provider.getAccessToken();

        assertThat(emulator().tokens().requestCount()).isZero();
    }

    @Test
    void accessTokenIsCachedUntilLessThanRefreshBeforeExpiryRemains() {
        RefreshTokenAccessTokenProvider provider = provider();
        String first = provider.getAccessToken().block(TIMEOUT);

        this.clock.advance(LIFETIME.minus(REFRESH_BEFORE_EXPIRY));
        assertThat(provider.getAccessToken().block(TIMEOUT)).isEqualTo(first);
        assertThat(emulator().tokens().requestCount()).isEqualTo(1);

        this.clock.advance(Duration.ofSeconds(1));
        String second = provider.getAccessToken().block(TIMEOUT);
        assertThat(second).isNotEqualTo(first);
        assertThat(emulator().tokens().requestCount()).isEqualTo(2);
        assertThat(apiStatus(first)).as("refreshed before the old token expired").isEqualTo(200);
        assertThat(apiStatus(second)).isEqualTo(200);
        assertThat(provider.getAccessToken().block(TIMEOUT)).isEqualTo(second);
        assertThat(emulator().tokens().requestCount()).isEqualTo(2);
    }

    @Test
    void twoHundredConcurrentCallersWithAnExpiredTokenShareOneRefresh() {
        RefreshTokenAccessTokenProvider provider = provider();

        Set<String> first = concurrently(200, provider::getAccessToken);

        assertThat(first).hasSize(1);
        assertThat(emulator().tokens().requestCount()).isEqualTo(1);

        this.clock.advance(LIFETIME);
        Set<String> second = concurrently(200, provider::getAccessToken);

        assertThat(second).hasSize(1).doesNotContainAnyElementsOf(first);
        assertThat(emulator().tokens().requestCount()).isEqualTo(2);
        assertThat(apiStatus(second.iterator().next())).isEqualTo(200);
    }

    @Test
    void invalidatingTheCurrentTokenMakesTheNextCallRefresh() {
        RefreshTokenAccessTokenProvider provider = provider();
        String rejected = provider.getAccessToken().block(TIMEOUT);

        assertThat(provider.invalidate(rejected)).isTrue();
        String fresh = provider.getAccessToken().block(TIMEOUT);

        assertThat(fresh).isNotEqualTo(rejected);
        assertThat(emulator().tokens().requestCount()).isEqualTo(2);
        assertThat(provider.getAccessToken().block(TIMEOUT)).isEqualTo(fresh);
        assertThat(emulator().tokens().requestCount()).isEqualTo(2);
    }

    @Test
    void invalidatingAnAlreadyReplacedTokenDoesNotRefreshAgain() {
        RefreshTokenAccessTokenProvider provider = provider();
        String old = provider.getAccessToken().block(TIMEOUT);
        provider.invalidate(old);
        String current = provider.getAccessToken().block(TIMEOUT);

        assertThat(provider.invalidate(old)).as("a fresh token can be had").isTrue();
        assertThat(provider.invalidate("never-issued")).isTrue();

        assertThat(provider.getAccessToken().block(TIMEOUT)).isEqualTo(current);
        assertThat(emulator().tokens().requestCount()).isEqualTo(2);
    }

    @Test
    void concurrentInvalidationsOfTheSameTokenCauseOneRefresh() {
        RefreshTokenAccessTokenProvider provider = provider();
        String rejected = provider.getAccessToken().block(TIMEOUT);

        Set<String> tokens = concurrently(100, () -> Mono.fromCallable(() -> provider.invalidate(rejected))
            .flatMap((invalidated) -> provider.getAccessToken()));

        assertThat(tokens).hasSize(1).doesNotContain(rejected);
        assertThat(emulator().tokens().requestCount()).isEqualTo(2);
    }

    @Test
    void rejectedRefreshTokenFailsNamingItsPropertyWithoutSecrets() {
        RefreshTokenAccessTokenProvider provider = provider(
                v1Credentials(CLIENT_ID, CLIENT_SECRET, "refresh-token-unknown"));

        StepVerifier.create(provider.getAccessToken()).consumeErrorWith((ex) -> {
            assertThat(ex).isInstanceOf(HubSpotOAuthException.class)
                .hasMessage("HubSpot rejected the OAuth refresh token. Check hubspot.oauth.refresh-token: it must be "
                        + "a refresh token granted to the app of hubspot.oauth.client-id (400 BAD_REFRESH_TOKEN: "
                        + "missing or invalid refresh token).");
            HubSpotOAuthException oauth = (HubSpotOAuthException) ex;
            assertThat(oauth.getStatusCode()).isEqualTo(400);
            assertThat(oauth.getErrorCode()).isEqualTo("BAD_REFRESH_TOKEN");
            assertThat(oauth.isCredentialsRejected()).isTrue();
            assertThat(oauth).hasNoCause();
        }).verify(TIMEOUT);
    }

    @Test
    void withoutSettingNamesMessagesNameTheBuilderMethods() {
        Credentials credentials = v1Credentials(CLIENT_ID, CLIENT_SECRET, "refresh-token-unknown");
        RefreshTokenAccessTokenProvider provider = RefreshTokenAccessTokenProvider.builder()
            .clientId(credentials.clientId())
            .clientSecret(credentials.clientSecret())
            .refreshToken(credentials.refreshToken())
            .tokenUri(credentials.tokenUri())
            .build();

        StepVerifier.create(provider.getAccessToken())
            .expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(HubSpotOAuthException.class)
                .hasMessageStartingWith("HubSpot rejected the OAuth refresh token. Check refreshToken: it must be a "
                        + "refresh token granted to the app of clientId (400 BAD_REFRESH_TOKEN")
                .message()
                .doesNotContain("refresh-token-unknown", CLIENT_SECRET))
            .verify(TIMEOUT);
    }

    @Test
    void badBuilderInputIsRefusedNamingTheParameterNeverTheSecret() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RefreshTokenAccessTokenProvider.builder().clientSecret("s").refreshToken("r").build())
            .withMessage("clientId must not be blank, but was null");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RefreshTokenAccessTokenProvider.builder().clientId("c").refreshToken("r").build())
            .withMessage("clientSecret must not be null");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RefreshTokenAccessTokenProvider.builder()
                .clientId("c")
                .clientSecret(" ")
                .refreshToken("r")
                .build())
            .withMessage("clientSecret must not be blank");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RefreshTokenAccessTokenProvider.builder()
                .clientId("c")
                .clientSecret(CLIENT_SECRET)
                .refreshToken("")
                .build())
            .withMessage("refreshToken must not be blank");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RefreshTokenAccessTokenProvider.builder()
                .clientId("c")
                .clientSecret(CLIENT_SECRET)
                .refreshToken(REFRESH_TOKEN)
                .tokenUri("oauth/v1/token")
                .build())
            .withMessage("tokenUri must be an absolute http(s) URL, but was 'oauth/v1/token'");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> RefreshTokenAccessTokenProvider.builder()
                .clientId("c")
                .clientSecret(CLIENT_SECRET)
                .refreshToken(REFRESH_TOKEN)
                .refreshBeforeExpiry(Duration.ofSeconds(-1))
                .build())
            .withMessage("refreshBeforeExpiry must not be negative, but was PT-1S");
    }

    @Test
    void rejectedClientIdFailsNamingItsProperty() {
        RefreshTokenAccessTokenProvider provider = provider(
                v1Credentials("client-unknown", CLIENT_SECRET, REFRESH_TOKEN));

        StepVerifier.create(provider.getAccessToken())
            .expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(HubSpotOAuthException.class)
                .hasMessageStartingWith(
                        "HubSpot rejected the OAuth client id. Check hubspot.oauth.client-id (400 " + "BAD_CLIENT_ID")
                .extracting("errorCode")
                .isEqualTo("BAD_CLIENT_ID"))
            .verify(TIMEOUT);
    }

    @Test
    void rejectedClientSecretFailsNamingItsPropertyWithoutTheSecret() {
        RefreshTokenAccessTokenProvider provider = provider(
                v1Credentials(CLIENT_ID, "client-secret-wrong", REFRESH_TOKEN));

        StepVerifier.create(provider.getAccessToken())
            .expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(HubSpotOAuthException.class)
                .hasMessageStartingWith(
                        "HubSpot rejected the OAuth client secret. Check hubspot.oauth.client-secret (400 "
                                + "BAD_CLIENT_SECRET")
                .message()
                .doesNotContain("client-secret-wrong", REFRESH_TOKEN))
            .verify(TIMEOUT);
    }

    @Test
    void wrongTokenUriFailsNamingItsProperty() {
        HubSpotEmulator emulator = emulator();
        RefreshTokenAccessTokenProvider provider = provider(
                new Credentials(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, emulator.baseUrl() + "/oauth/v0/token"));

        StepVerifier.create(provider.getAccessToken())
            .expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(HubSpotOAuthException.class)
                .hasMessageStartingWith("HubSpot's token endpoint was not found. Check hubspot.oauth.token-uri (404"))
            .verify(TIMEOUT);
    }

    @Test
    void aFailedRefreshIsNotCachedAndKeepsTheRefreshToken() {
        RefreshTokenAccessTokenProvider provider = provider();
        emulator().faults().injectNext(EmulatorEndpoint.OAUTH_TOKEN, 1, Fault.serviceUnavailable());
        emulator().faults().injectNext(EmulatorEndpoint.OAUTH_TOKEN, 1, Fault.status(400));

        StepVerifier.create(provider.getAccessToken())
            .expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(HubSpotOAuthException.class)
                .hasMessageStartingWith("HubSpot's token endpoint failed to refresh the access token (503")
                .hasMessageEndingWith("; the next call tries again.")
                .satisfies((oauth) -> assertThat(((HubSpotOAuthException) oauth).isCredentialsRejected()).isFalse()))
            .verify(TIMEOUT);
        StepVerifier.create(provider.getAccessToken())
            .expectErrorSatisfies(
                    (ex) -> assertThat(ex).isInstanceOf(HubSpotOAuthException.class).hasMessageContaining("(400"))
            .verify(TIMEOUT);

        String token = provider.getAccessToken().block(TIMEOUT);
        assertThat(apiStatus(token)).isEqualTo(200);
        assertThat(emulator().requests().count(EmulatorEndpoint.OAUTH_TOKEN)).isEqualTo(3);
    }

    @Test
    void anUnreadableTokenResponseFailsOnlyThatCall() {
        RefreshTokenAccessTokenProvider provider = provider();
        emulator().faults().injectNext(EmulatorEndpoint.OAUTH_TOKEN, 1, Fault.malformedJson());

        StepVerifier.create(provider.getAccessToken())
            .expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(HubSpotOAuthException.class)
                .hasMessageStartingWith("HubSpot's token endpoint answered with a token response that cannot be used "
                        + "(invalid_token_response")
                .message()
                .doesNotContain(CLIENT_SECRET, REFRESH_TOKEN))
            .verify(TIMEOUT);

        assertThat(apiStatus(provider.getAccessToken().block(TIMEOUT))).isEqualTo(200);
    }

    @Test
    void invalidGrantInATokenResponseKeepsTheRefreshTokenForALaterAttempt() {
        AtomicReference<String> answer = new AtomicReference<>("{\"error\":\"invalid_grant\"}");
        WebClient stub = WebClient.builder()
            .exchangeFunction((request) -> Mono.just(ClientResponse.create(HttpStatus.OK)
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .body(answer.get())
                .build()))
            .build();
        RefreshTokenAccessTokenProvider provider = builder(
                new Credentials(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, "https://hubspot.invalid/oauth/2026-09/token"))
            .webClient(stub)
            .build();

        StepVerifier.create(provider.getAccessToken())
            .expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(HubSpotOAuthException.class)
                .extracting("errorCode")
                .isEqualTo("invalid_grant"))
            .verify(TIMEOUT);

        answer.set("{\"access_token\":\"access-1\",\"token_type\":\"bearer\",\"expires_in\":1800}");
        StepVerifier.create(provider.getAccessToken()).expectNext("access-1").verifyComplete();
    }

    @Test
    void rfc6749ErrorAnswersNameTheProperty() {
        WebClient stub = WebClient.builder()
            .exchangeFunction((request) -> Mono.just(ClientResponse.create(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .body("{\"error\":\"invalid_client\",\"error_description\":\"Bad client " + CLIENT_SECRET + "\"}")
                .build()))
            .build();
        RefreshTokenAccessTokenProvider provider = builder(
                new Credentials(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, "https://hubspot.invalid/oauth/2026-09/token"))
            .webClient(stub)
            .build();

        StepVerifier.create(provider.getAccessToken())
            .expectErrorMessage("HubSpot rejected the OAuth client. Check hubspot.oauth.client-id and "
                    + "hubspot.oauth.client-secret (401 invalid_client: Bad client ******).")
            .verify(TIMEOUT);
    }

    @Test
    void rotatedRefreshTokenIsUsedFromThenOnAndHandedToTheListener() {
        RefreshTokenAccessTokenProvider provider = provider((options) -> options.rotateRefreshTokens(true));

        String first = provider.getAccessToken().block(TIMEOUT);
        assertThat(this.rotatedRefreshTokens).as("told before the token is handed out")
            .singleElement()
            .isNotEqualTo(REFRESH_TOKEN);

        this.clock.advance(LIFETIME);
        String second = provider.getAccessToken().block(TIMEOUT);

        assertThat(second).isNotEqualTo(first);
        assertThat(apiStatus(second)).as("the rotated refresh token worked; the original no longer does")
            .isEqualTo(200);
        assertThat(this.rotatedRefreshTokens).hasSize(2).doesNotHaveDuplicates();
        List<String> sent = emulator().requests()
            .forEndpoint(EmulatorEndpoint.OAUTH_TOKEN)
            .stream()
            .map((request) -> formValue(request.body(), "refresh_token"))
            .toList();
        assertThat(sent).containsExactly(REFRESH_TOKEN, this.rotatedRefreshTokens.get(0));
    }

    @Test
    void withoutRotationTheListenerIsNotCalled() {
        RefreshTokenAccessTokenProvider provider = provider();

        provider.getAccessToken().block(TIMEOUT);
        this.clock.advance(LIFETIME);
        provider.getAccessToken().block(TIMEOUT);

        assertThat(this.rotatedRefreshTokens).isEmpty();
    }

    @Test
    void aFailingListenerDoesNotFailTheRefresh() {
        HubSpotEmulator emulator = start((options) -> options.rotateRefreshTokens(true));
        List<String> threads = new CopyOnWriteArrayList<>();
        RefreshTokenAccessTokenProvider provider = builder(credentials(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN))
            .webClient(WebClient.create())
            .refreshTokenListener((newRefreshToken) -> {
                threads.add(Thread.currentThread().getName());
                throw new IllegalStateException("database down");
            })
            .build();

        assertThat(apiStatus(provider.getAccessToken().block(TIMEOUT))).isEqualTo(200);
        assertThat(threads).singleElement().asString().as("off the event loop").startsWith("boundedElastic");
        this.clock.advance(LIFETIME);
        assertThat(apiStatus(provider.getAccessToken().block(TIMEOUT))).isEqualTo(200);
        assertThat(emulator.tokens().requestCount()).isEqualTo(2);
    }

    @Test
    void callersCancellingDoNotAbortTheRefresh() {
        RefreshTokenAccessTokenProvider provider = provider();
        emulator().faults().injectNext(EmulatorEndpoint.OAUTH_TOKEN, 1, Fault.latency(Duration.ofMillis(200)));

        Disposable cancelled = provider.getAccessToken().subscribe();
        cancelled.dispose();
        String token = provider.getAccessToken().block(TIMEOUT);

        assertThat(apiStatus(token)).isEqualTo(200);
        assertThat(emulator().tokens().requestCount()).isEqualTo(1);
    }

    @Test
    void toStringMasksTheSecretsAndTheAccessToken() {
        RefreshTokenAccessTokenProvider provider = provider();
        String token = provider.getAccessToken().block(TIMEOUT);

        assertThat(provider.toString()).contains(CLIENT_ID, "******", "/oauth/2026-09/token")
            .doesNotContain(CLIENT_SECRET, REFRESH_TOKEN, token);
    }

    private Set<String> concurrently(int callers, java.util.function.Supplier<Mono<String>> call) {
        List<String> tokens = Flux.range(0, callers)
            .parallel(8)
            .runOn(Schedulers.parallel())
            .flatMap((i) -> call.get())
            .sequential()
            .collectList()
            .block(TIMEOUT);
        assertThat(tokens).hasSize(callers);
        return Set.copyOf(tokens);
    }

    private RefreshTokenAccessTokenProvider provider() {
        return provider(credentials(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN));
    }

    private RefreshTokenAccessTokenProvider provider(UnaryOperator<EmulatorOptions.Builder> options) {
        start(options);
        return provider();
    }

    private RefreshTokenAccessTokenProvider provider(Credentials credentials) {
        WebClient webClient = WebClient.builder().filter((request, next) -> {
            this.tokenRequestHeaders.add(request.headers());
            return next.exchange(request);
        }).build();
        return builder(credentials).webClient(webClient).refreshTokenListener(this.rotatedRefreshTokens::add).build();
    }

    /**
     * A builder with the credentials, the shared clock, and Spring Boot's property names
     * for messages.
     */
    private RefreshTokenAccessTokenProvider.Builder builder(Credentials credentials) {
        RefreshTokenAccessTokenProvider.Builder builder = RefreshTokenAccessTokenProvider.builder()
            .clientId(credentials.clientId())
            .clientSecret(credentials.clientSecret())
            .refreshToken(credentials.refreshToken())
            .refreshBeforeExpiry(REFRESH_BEFORE_EXPIRY)
            .clock(this.clock)
            .settingNames(BOOT_PROPERTIES);
        String tokenUri = credentials.tokenUri();
        return (tokenUri != null) ? builder.tokenUri(tokenUri) : builder.baseUrl(emulator().baseUrl());
    }

    /**
     * Credentials sent to the token endpoint of the default API version at the emulator's
     * base URL.
     */
    private Credentials credentials(String clientId, String clientSecret, String refreshToken) {
        return new Credentials(clientId, clientSecret, refreshToken, null);
    }

    /**
     * Credentials sent to HubSpot's v1 token endpoint, set explicitly, which answers
     * errors with {@code status} and {@code message} only.
     */
    private Credentials v1Credentials(String clientId, String clientSecret, String refreshToken) {
        return new Credentials(clientId, clientSecret, refreshToken, emulator().baseUrl() + "/oauth/v1/token");
    }

    private HubSpotEmulator emulator() {
        return (this.emulator != null) ? this.emulator : start(UnaryOperator.identity());
    }

    private HubSpotEmulator start(UnaryOperator<EmulatorOptions.Builder> options) {
        this.emulator = HubSpotEmulator.start(
                options
                    .apply(EmulatorOptions.builder()
                        .oauthClient(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN)
                        .accessTokenLifetime(LIFETIME)
                        .noRateLimit()
                        .clock(this.clock))
                    .build());
        this.emulator.state().seedRecords("contacts", List.of("1"));
        return this.emulator;
    }

    private int apiStatus(String accessToken) {
        return WebClient.create(emulator().baseUrl())
            .get()
            .uri("/crm/objects/2026-09/contacts/{id}/associations/companies", "1")
            .headers((headers) -> headers.setBearerAuth(accessToken))
            .exchangeToMono((response) -> response.releaseBody().thenReturn(response.statusCode().value()))
            .block(TIMEOUT);
    }

    /**
     * A public app's credentials and the token endpoint they are sent to, {@code null}
     * for the one the provider finds at the emulator's base URL.
     */
    private record Credentials(String clientId, String clientSecret, String refreshToken, @Nullable String tokenUri) {
    }

    private static String formValue(String form, String name) {
        Map<String, String> values = java.util.Arrays.stream(form.split("&"))
            .map((pair) -> pair.split("=", 2))
            .collect(Collectors.toMap((pair) -> pair[0], (pair) -> pair[1]));
        return values.get(name);
    }

}
