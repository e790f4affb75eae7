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

package io.github.associations.client;

import java.net.URI;
import java.time.Duration;

import io.github.associations.check.Arguments;
import io.github.associations.resilience.RateLimitSettings;
import io.github.associations.resilience.RetrySettings;

/**
 * Immutable settings of an {@link io.github.associations.AssociationsTemplate}, validated
 * on construction with messages that name the setting. Start from {@link #defaults()} or
 * {@link #builder()}; {@link #toBuilder()} changes a copy.
 * <p>
 * Chunk sizes are the most inputs one request carries; a batch call with more inputs is
 * split into chunks. HubSpot documents maximums only for batch read (1,000, also v3) and
 * batch create (2,000); those are enforced. The other defaults are conservative choices,
 * explained on each setting.
 *
 * @param baseUrl the HubSpot API base URL, default {@code https://api.hubapi.com}
 * @param apiVersion the version of HubSpot's Associations API called, default
 * {@link ApiVersion#V2026_09}
 * @param schemaPathStyle the path form of the labels and limits endpoints in
 * {@link ApiVersion#V4} only (the date-based versions have one form), default
 * {@link SchemaPathStyle#CRM_V4_ASSOCIATIONS}
 * @param pageSize the {@code limit} of each page the streaming list fetches, 1..500,
 * default 500
 * @param batchReadChunkSize inputs per batch read request, 1..1000, default 1000
 * @param batchCreateChunkSize inputs per batch create request, 1..2000, default 2000
 * @param batchAssociateDefaultChunkSize inputs per batch associate-default request,
 * default 1000 (undocumented by HubSpot; the batch read maximum)
 * @param batchArchiveChunkSize inputs per batch archive request, default 1000
 * (undocumented by HubSpot; a third party claims 2000, so half that)
 * @param batchArchiveLabelsChunkSize inputs per batch archive-labels request, default
 * 1000 (undocumented by HubSpot)
 * @param limitsChunkSize inputs per limits batch request (create, update, purge), default
 * 100 (undocumented by HubSpot; a pair has far fewer types than that, so one request is
 * the norm)
 * @param v3ReadChunkSize inputs per v3 batch read request, 1..1000, default 1000
 * @param v3CreateChunkSize inputs per v3 batch create request, default 100 (HubSpot
 * documents none for v3; 100 is the smallest batch maximum it documents, that of CRM
 * object batch endpoints)
 * @param v3ArchiveChunkSize inputs per v3 batch archive request, default 100 (same
 * reasoning as v3 create)
 * @param batchConcurrency how many chunks of one batch call are in flight at once,
 * default 2
 * @param responseTimeout the most time one HTTP attempt may take from sending the request
 * to reading the whole response, default 30 seconds
 * @param maxResponseSize the largest response body read, in bytes, default 16 MiB (a
 * 1,000-input batch read can far exceed WebClient's 256 KiB default)
 * @param rateLimit client-side rate limiting of every HTTP attempt, default
 * {@link RateLimitSettings#defaults()} (HubSpot's Free/Starter private-app limit, 100 per
 * 10 s)
 * @param retry retry of failed attempts, default {@link RetrySettings#defaults()}
 * @since 0.1.0
 */
@SuppressWarnings("deprecation") // SchemaPathStyle: a v4-only setting
public record AssociationsSettings(URI baseUrl, ApiVersion apiVersion, SchemaPathStyle schemaPathStyle, int pageSize,
        int batchReadChunkSize, int batchCreateChunkSize, int batchAssociateDefaultChunkSize, int batchArchiveChunkSize,
        int batchArchiveLabelsChunkSize, int limitsChunkSize, int v3ReadChunkSize, int v3CreateChunkSize,
        int v3ArchiveChunkSize, int batchConcurrency, Duration responseTimeout, int maxResponseSize,
        RateLimitSettings rateLimit, RetrySettings retry) {

    /** HubSpot's API base URL. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.hubapi.com");

    /** The most results HubSpot returns per page of a record's associations. */
    public static final int MAX_PAGE_SIZE = 500;

    /** The most inputs HubSpot accepts in one batch read (v4 and v3). */
    public static final int MAX_BATCH_READ_INPUTS = 1000;

    /** The most inputs HubSpot accepts in one batch create. */
    public static final int MAX_BATCH_CREATE_INPUTS = 2000;

    /**
     * Validate every setting.
     * @throws IllegalArgumentException naming the first invalid setting
     */
    public AssociationsSettings {
        Arguments.notNull("baseUrl", baseUrl);
        if (!baseUrl.isAbsolute() || baseUrl.getHost() == null
                || !("http".equalsIgnoreCase(baseUrl.getScheme()) || "https".equalsIgnoreCase(baseUrl.getScheme()))) {
            throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL, but was '" + baseUrl + "'");
        }
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUrl must not have a query or fragment, but was '" + baseUrl + "'");
        }
        Arguments.notNull("apiVersion", apiVersion);
        Arguments.notNull("schemaPathStyle", schemaPathStyle);
        Arguments.between1And("pageSize", pageSize, MAX_PAGE_SIZE);
        Arguments.between1And("batchReadChunkSize", batchReadChunkSize, MAX_BATCH_READ_INPUTS);
        Arguments.between1And("batchCreateChunkSize", batchCreateChunkSize, MAX_BATCH_CREATE_INPUTS);
        requirePositive("batchAssociateDefaultChunkSize", batchAssociateDefaultChunkSize);
        requirePositive("batchArchiveChunkSize", batchArchiveChunkSize);
        requirePositive("batchArchiveLabelsChunkSize", batchArchiveLabelsChunkSize);
        requirePositive("limitsChunkSize", limitsChunkSize);
        Arguments.between1And("v3ReadChunkSize", v3ReadChunkSize, MAX_BATCH_READ_INPUTS);
        requirePositive("v3CreateChunkSize", v3CreateChunkSize);
        requirePositive("v3ArchiveChunkSize", v3ArchiveChunkSize);
        requirePositive("batchConcurrency", batchConcurrency);
        Arguments.notNull("responseTimeout", responseTimeout);
        if (responseTimeout.isNegative() || responseTimeout.isZero()) {
            throw new IllegalArgumentException("responseTimeout must be positive, but was " + responseTimeout);
        }
        requirePositive("maxResponseSize", maxResponseSize);
        Arguments.notNull("rateLimit", rateLimit);
        Arguments.notNull("retry", retry);
    }

    /**
     * The default settings.
     * @return settings with every default
     */
    public static AssociationsSettings defaults() {
        return builder().build();
    }

    /**
     * A builder starting from the defaults.
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from these settings.
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive, but was " + value);
        }
    }

    /**
     * Builds {@link AssociationsSettings}; every setting starts at its default and is
     * validated by {@link #build()}.
     */
    public static final class Builder {

        private URI baseUrl = DEFAULT_BASE_URL;

        private ApiVersion apiVersion = ApiVersion.V2026_09;

        private SchemaPathStyle schemaPathStyle = SchemaPathStyle.CRM_V4_ASSOCIATIONS;

        private int pageSize = MAX_PAGE_SIZE;

        private int batchReadChunkSize = MAX_BATCH_READ_INPUTS;

        private int batchCreateChunkSize = MAX_BATCH_CREATE_INPUTS;

        private int batchAssociateDefaultChunkSize = 1000;

        private int batchArchiveChunkSize = 1000;

        private int batchArchiveLabelsChunkSize = 1000;

        private int limitsChunkSize = 100;

        private int v3ReadChunkSize = MAX_BATCH_READ_INPUTS;

        private int v3CreateChunkSize = 100;

        private int v3ArchiveChunkSize = 100;

        private int batchConcurrency = 2;

        private Duration responseTimeout = Duration.ofSeconds(30);

        private int maxResponseSize = 16 * 1024 * 1024;

        private RateLimitSettings rateLimit = RateLimitSettings.defaults();

        private RetrySettings retry = RetrySettings.defaults();

        private Builder() {
        }

        private Builder(AssociationsSettings settings) {
            this.baseUrl = settings.baseUrl;
            this.apiVersion = settings.apiVersion;
            this.schemaPathStyle = settings.schemaPathStyle;
            this.pageSize = settings.pageSize;
            this.batchReadChunkSize = settings.batchReadChunkSize;
            this.batchCreateChunkSize = settings.batchCreateChunkSize;
            this.batchAssociateDefaultChunkSize = settings.batchAssociateDefaultChunkSize;
            this.batchArchiveChunkSize = settings.batchArchiveChunkSize;
            this.batchArchiveLabelsChunkSize = settings.batchArchiveLabelsChunkSize;
            this.limitsChunkSize = settings.limitsChunkSize;
            this.v3ReadChunkSize = settings.v3ReadChunkSize;
            this.v3CreateChunkSize = settings.v3CreateChunkSize;
            this.v3ArchiveChunkSize = settings.v3ArchiveChunkSize;
            this.batchConcurrency = settings.batchConcurrency;
            this.responseTimeout = settings.responseTimeout;
            this.maxResponseSize = settings.maxResponseSize;
            this.rateLimit = settings.rateLimit;
            this.retry = settings.retry;
        }

        /**
         * Set the base URL.
         * @param baseUrl for example {@code https://api.hubapi.com} or an emulator's URL
         * @return this builder
         * @throws IllegalArgumentException if {@code baseUrl} is not a valid URI
         */
        public Builder baseUrl(String baseUrl) {
            Arguments.notNull("baseUrl", baseUrl);
            try {
                this.baseUrl = URI.create(baseUrl);
            }
            catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("baseUrl must be a valid URI, but was '" + baseUrl + "'", ex);
            }
            return this;
        }

        /**
         * Set the base URL.
         * @param baseUrl an absolute http(s) URL without query or fragment
         * @return this builder
         */
        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = Arguments.notNull("baseUrl", baseUrl);
            return this;
        }

        /**
         * Set the version of HubSpot's Associations API to call (default
         * {@link ApiVersion#V2026_09}).
         * @param apiVersion the version, for example {@code ApiVersion.of("2026-03")}
         * @return this builder
         */
        public Builder apiVersion(ApiVersion apiVersion) {
            this.apiVersion = Arguments.notNull("apiVersion", apiVersion);
            return this;
        }

        /**
         * Set the path form of the labels and limits endpoints of {@link ApiVersion#V4}.
         * @param schemaPathStyle the style
         * @return this builder
         * @deprecated since 0.1.0: applies to {@link ApiVersion#V4} only; the date-based
         * versions have one form
         */
        @Deprecated(since = "0.1.0")
        public Builder schemaPathStyle(SchemaPathStyle schemaPathStyle) {
            this.schemaPathStyle = Arguments.notNull("schemaPathStyle", schemaPathStyle);
            return this;
        }

        /**
         * Set the page size of the streaming list.
         * @param pageSize 1..500
         * @return this builder
         */
        public Builder pageSize(int pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /**
         * Set the batch read chunk size.
         * @param size 1..1000
         * @return this builder
         */
        public Builder batchReadChunkSize(int size) {
            this.batchReadChunkSize = size;
            return this;
        }

        /**
         * Set the batch create chunk size.
         * @param size 1..2000
         * @return this builder
         */
        public Builder batchCreateChunkSize(int size) {
            this.batchCreateChunkSize = size;
            return this;
        }

        /**
         * Set the batch associate-default chunk size.
         * @param size a positive size
         * @return this builder
         */
        public Builder batchAssociateDefaultChunkSize(int size) {
            this.batchAssociateDefaultChunkSize = size;
            return this;
        }

        /**
         * Set the batch archive chunk size.
         * @param size a positive size
         * @return this builder
         */
        public Builder batchArchiveChunkSize(int size) {
            this.batchArchiveChunkSize = size;
            return this;
        }

        /**
         * Set the batch archive-labels chunk size.
         * @param size a positive size
         * @return this builder
         */
        public Builder batchArchiveLabelsChunkSize(int size) {
            this.batchArchiveLabelsChunkSize = size;
            return this;
        }

        /**
         * Set the chunk size of the limits batch calls.
         * @param size a positive size
         * @return this builder
         */
        public Builder limitsChunkSize(int size) {
            this.limitsChunkSize = size;
            return this;
        }

        /**
         * Set the v3 batch read chunk size.
         * @param size 1..1000
         * @return this builder
         */
        public Builder v3ReadChunkSize(int size) {
            this.v3ReadChunkSize = size;
            return this;
        }

        /**
         * Set the v3 batch create chunk size.
         * @param size a positive size
         * @return this builder
         */
        public Builder v3CreateChunkSize(int size) {
            this.v3CreateChunkSize = size;
            return this;
        }

        /**
         * Set the v3 batch archive chunk size.
         * @param size a positive size
         * @return this builder
         */
        public Builder v3ArchiveChunkSize(int size) {
            this.v3ArchiveChunkSize = size;
            return this;
        }

        /**
         * Set how many chunks of one batch call are in flight at once.
         * @param concurrency a positive number
         * @return this builder
         */
        public Builder batchConcurrency(int concurrency) {
            this.batchConcurrency = concurrency;
            return this;
        }

        /**
         * Set the response timeout of one HTTP attempt.
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder responseTimeout(Duration timeout) {
            this.responseTimeout = Arguments.notNull("timeout", timeout);
            return this;
        }

        /**
         * Set the largest response body read.
         * @param bytes a positive number of bytes
         * @return this builder
         */
        public Builder maxResponseSize(int bytes) {
            this.maxResponseSize = bytes;
            return this;
        }

        /**
         * Set the client-side rate limiting.
         * @param rateLimit the rate limiting, {@link RateLimitSettings#disabled()} for
         * none
         * @return this builder
         */
        public Builder rateLimit(RateLimitSettings rateLimit) {
            this.rateLimit = Arguments.notNull("rateLimit", rateLimit);
            return this;
        }

        /**
         * Set the retry of failed attempts.
         * @param retry the retry, {@link RetrySettings#disabled()} for none
         * @return this builder
         */
        public Builder retry(RetrySettings retry) {
            this.retry = Arguments.notNull("retry", retry);
            return this;
        }

        /**
         * Build and validate the settings.
         * @return the validated settings
         * @throws IllegalArgumentException naming the first invalid setting
         */
        public AssociationsSettings build() {
            return new AssociationsSettings(this.baseUrl, this.apiVersion, this.schemaPathStyle, this.pageSize,
                    this.batchReadChunkSize, this.batchCreateChunkSize, this.batchAssociateDefaultChunkSize,
                    this.batchArchiveChunkSize, this.batchArchiveLabelsChunkSize, this.limitsChunkSize,
                    this.v3ReadChunkSize, this.v3CreateChunkSize, this.v3ArchiveChunkSize, this.batchConcurrency,
                    this.responseTimeout, this.maxResponseSize, this.rateLimit, this.retry);
        }

    }

}
