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

package io.github.associations.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.style.ToStringCreator;

/**
 * {@link ConfigurationProperties @ConfigurationProperties} for HubSpot: where the API is, how to authenticate, and how
 * the client sends batches. Beans read the URL and credentials through {@link HubSpotConnectionDetails}, never from
 * here directly.
 * <p>
 * {@link #toString()} masks the access token, client secret and refresh token.
 */
@ConfigurationProperties("hubspot")
public class HubSpotProperties {

    /**
     * Base URL of HubSpot's API.
     */
    private String baseUrl = "https://api.hubapi.com";

    /**
     * Access token of a HubSpot private app, sent as a bearer token. Cannot be combined with 'hubspot.oauth.*'.
     */
    private @Nullable String accessToken;

    /**
     * Time to wait for a TCP connection to HubSpot.
     */
    private Duration connectTimeout = Duration.ofSeconds(10);

    /**
     * Time to wait for HubSpot's response to a request, per attempt.
     */
    private Duration responseTimeout = Duration.ofSeconds(30);

    private final OAuth oauth = new OAuth();

    private final Batch batch = new Batch();

    public String getBaseUrl() {
        return this.baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public @Nullable String getAccessToken() {
        return this.accessToken;
    }

    public void setAccessToken(@Nullable String accessToken) {
        this.accessToken = accessToken;
    }

    public Duration getConnectTimeout() {
        return this.connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getResponseTimeout() {
        return this.responseTimeout;
    }

    public void setResponseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public OAuth getOauth() {
        return this.oauth;
    }

    public Batch getBatch() {
        return this.batch;
    }

    @Override
    public String toString() {
        return new ToStringCreator(this).append("baseUrl", this.baseUrl)
            .append("accessToken", mask(this.accessToken))
            .append("connectTimeout", this.connectTimeout)
            .append("responseTimeout", this.responseTimeout)
            .append("oauth", this.oauth)
            .append("batch", this.batch)
            .toString();
    }

    static @Nullable String mask(@Nullable String secret) {
        return (secret != null) ? "******" : null;
    }

    /**
     * OAuth credentials of a HubSpot public app, exchanged for short-lived access tokens with the refresh-token grant.
     */
    public static class OAuth {

        /**
         * Client ID of the HubSpot public app.
         */
        private @Nullable String clientId;

        /**
         * Client secret of the HubSpot public app.
         */
        private @Nullable String clientSecret;

        /**
         * Refresh token an account granted the public app, exchanged for access tokens.
         */
        private @Nullable String refreshToken;

        /**
         * URI of HubSpot's OAuth token endpoint.
         */
        private String tokenUri = "https://api.hubapi.com/oauth/v1/token";

        /**
         * Time before an access token's expiry at which it is refreshed. Keep it well below the token lifetime, 30
         * minutes at HubSpot.
         */
        private Duration refreshBeforeExpiry = Duration.ofSeconds(60);

        public @Nullable String getClientId() {
            return this.clientId;
        }

        public void setClientId(@Nullable String clientId) {
            this.clientId = clientId;
        }

        public @Nullable String getClientSecret() {
            return this.clientSecret;
        }

        public void setClientSecret(@Nullable String clientSecret) {
            this.clientSecret = clientSecret;
        }

        public @Nullable String getRefreshToken() {
            return this.refreshToken;
        }

        public void setRefreshToken(@Nullable String refreshToken) {
            this.refreshToken = refreshToken;
        }

        public String getTokenUri() {
            return this.tokenUri;
        }

        public void setTokenUri(String tokenUri) {
            this.tokenUri = tokenUri;
        }

        public Duration getRefreshBeforeExpiry() {
            return this.refreshBeforeExpiry;
        }

        public void setRefreshBeforeExpiry(Duration refreshBeforeExpiry) {
            this.refreshBeforeExpiry = refreshBeforeExpiry;
        }

        @Override
        public String toString() {
            return new ToStringCreator(this).append("clientId", this.clientId)
                .append("clientSecret", mask(this.clientSecret))
                .append("refreshToken", mask(this.refreshToken))
                .append("tokenUri", this.tokenUri)
                .append("refreshBeforeExpiry", this.refreshBeforeExpiry)
                .toString();
        }

    }

    /**
     * How batch operations split their inputs into requests and how many requests they send at once.
     */
    public static class Batch {

        /**
         * Maximum number of inputs per batch read request, up to HubSpot's documented limit.
         */
        private int readChunkSize = 1000;

        /**
         * Maximum number of inputs per batch create request, up to HubSpot's documented limit.
         */
        private int createChunkSize = 2000;

        /**
         * Maximum number of inputs per batch request creating default associations.
         */
        private int associateDefaultChunkSize = 1000;

        /**
         * Maximum number of inputs per batch archive request.
         */
        private int archiveChunkSize = 1000;

        /**
         * Maximum number of inputs per batch request archiving association labels.
         */
        private int archiveLabelsChunkSize = 1000;

        /**
         * Maximum number of requests of one batch operation in flight at once.
         */
        private int concurrency = 2;

        public int getReadChunkSize() {
            return this.readChunkSize;
        }

        public void setReadChunkSize(int readChunkSize) {
            this.readChunkSize = readChunkSize;
        }

        public int getCreateChunkSize() {
            return this.createChunkSize;
        }

        public void setCreateChunkSize(int createChunkSize) {
            this.createChunkSize = createChunkSize;
        }

        public int getAssociateDefaultChunkSize() {
            return this.associateDefaultChunkSize;
        }

        public void setAssociateDefaultChunkSize(int associateDefaultChunkSize) {
            this.associateDefaultChunkSize = associateDefaultChunkSize;
        }

        public int getArchiveChunkSize() {
            return this.archiveChunkSize;
        }

        public void setArchiveChunkSize(int archiveChunkSize) {
            this.archiveChunkSize = archiveChunkSize;
        }

        public int getArchiveLabelsChunkSize() {
            return this.archiveLabelsChunkSize;
        }

        public void setArchiveLabelsChunkSize(int archiveLabelsChunkSize) {
            this.archiveLabelsChunkSize = archiveLabelsChunkSize;
        }

        public int getConcurrency() {
            return this.concurrency;
        }

        public void setConcurrency(int concurrency) {
            this.concurrency = concurrency;
        }

        @Override
        public String toString() {
            return new ToStringCreator(this).append("readChunkSize", this.readChunkSize)
                .append("createChunkSize", this.createChunkSize)
                .append("associateDefaultChunkSize", this.associateDefaultChunkSize)
                .append("archiveChunkSize", this.archiveChunkSize)
                .append("archiveLabelsChunkSize", this.archiveLabelsChunkSize)
                .append("concurrency", this.concurrency)
                .toString();
        }

    }

}
