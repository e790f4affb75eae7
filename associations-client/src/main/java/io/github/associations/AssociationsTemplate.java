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

import io.github.associations.internal.Arguments;
import io.github.associations.internal.BatchCalls;
import io.github.associations.internal.HubSpotExchange;
import io.github.associations.internal.JsonCodec;
import org.jspecify.annotations.Nullable;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The implementation of {@link AssociationsOperations}: every call goes through one exchange pipeline built on a
 * {@link WebClient}. Thread-safe; create one per HubSpot account (or token) and share it.
 * <p>
 * The template derives its own client from the given one ({@link WebClient#mutate()}) and sets the base URL from
 * the settings, so the given client's filters, connector and observation apply while the caller's instance is left
 * as it was. Request and response bodies are written and read with the template's own JSON mapper: the
 * application's JSON configuration does not change what is sent to or understood from HubSpot.
 * <pre class="code">
 * AssociationsOperations associations = AssociationsTemplate.builder()
 *     .accessTokenProvider(AccessTokenProvider.ofPrivateAppToken(token))
 *     .build();
 * </pre>
 */
public class AssociationsTemplate implements AssociationsOperations {

    private final AssociationsSettings settings;

    private final RecordAssociationOperations records;

    private final BatchAssociationOperations batch;

    private final AssociationLabelOperations labels;

    private final AssociationLimitOperations limits;

    private final AssociationUsageOperations usage;

    private final V3AssociationOperations v3;

    /**
     * Create a template.
     * @param webClient the client to derive the template's client from
     * @param accessTokenProvider where access tokens come from
     * @param settings the settings (base URL, chunk sizes, timeouts)
     */
    public AssociationsTemplate(WebClient webClient, AccessTokenProvider accessTokenProvider,
            AssociationsSettings settings) {
        Arguments.notNull("webClient", webClient);
        Arguments.notNull("accessTokenProvider", accessTokenProvider);
        this.settings = Arguments.notNull("settings", settings);
        WebClient client = webClient.mutate().baseUrl(settings.baseUrl().toString()).build();
        HubSpotExchange exchange = new HubSpotExchange(client, accessTokenProvider, settings, new JsonCodec());
        BatchCalls batches = new BatchCalls(exchange, settings.batchConcurrency());
        this.records = new DefaultRecordAssociationOperations(exchange, settings);
        this.batch = new DefaultBatchAssociationOperations(exchange, batches, settings);
        this.labels = new DefaultAssociationLabelOperations(exchange, settings);
        this.limits = new DefaultAssociationLimitOperations(exchange, batches, settings);
        this.usage = new DefaultAssociationUsageOperations(exchange);
        this.v3 = new DefaultV3AssociationOperations(exchange, batches, settings);
    }

    /**
     * A builder.
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The settings this template was created with.
     * @return the settings
     */
    public AssociationsSettings getSettings() {
        return this.settings;
    }

    @Override
    public RecordAssociationOperations records() {
        return this.records;
    }

    @Override
    public BatchAssociationOperations batch() {
        return this.batch;
    }

    @Override
    public AssociationLabelOperations labels() {
        return this.labels;
    }

    @Override
    public AssociationLimitOperations limits() {
        return this.limits;
    }

    @Override
    public AssociationUsageOperations usage() {
        return this.usage;
    }

    @Override
    public V3AssociationOperations v3() {
        return this.v3;
    }

    @Override
    public String toString() {
        return "AssociationsTemplate[" + this.settings.baseUrl() + "]";
    }

    /**
     * Builds an {@link AssociationsTemplate}. Only the access token provider is required.
     */
    public static final class Builder {

        private @Nullable WebClient webClient;

        private @Nullable AccessTokenProvider accessTokenProvider;

        private AssociationsSettings settings = AssociationsSettings.defaults();

        private Builder() {
        }

        /**
         * Use a client to derive the template's client from (default: {@code WebClient.create()}).
         * @param webClient the client
         * @return this builder
         */
        public Builder webClient(WebClient webClient) {
            this.webClient = Arguments.notNull("webClient", webClient);
            return this;
        }

        /**
         * Use a builder to derive the template's client from; it is cloned, not changed.
         * @param webClientBuilder the builder
         * @return this builder
         */
        public Builder webClientBuilder(WebClient.Builder webClientBuilder) {
            this.webClient = Arguments.notNull("webClientBuilder", webClientBuilder).clone().build();
            return this;
        }

        /**
         * Set where access tokens come from.
         * @param accessTokenProvider the provider
         * @return this builder
         */
        public Builder accessTokenProvider(AccessTokenProvider accessTokenProvider) {
            this.accessTokenProvider = Arguments.notNull("accessTokenProvider", accessTokenProvider);
            return this;
        }

        /**
         * Use a private app's static access token.
         * @param privateAppToken the token
         * @return this builder
         */
        public Builder privateAppToken(String privateAppToken) {
            return accessTokenProvider(AccessTokenProvider.ofPrivateAppToken(privateAppToken));
        }

        /**
         * Set the settings (default {@link AssociationsSettings#defaults()}).
         * @param settings the settings
         * @return this builder
         */
        public Builder settings(AssociationsSettings settings) {
            this.settings = Arguments.notNull("settings", settings);
            return this;
        }

        /**
         * Build the template.
         * @return the template
         * @throws IllegalArgumentException if no access token provider was set
         */
        public AssociationsTemplate build() {
            Arguments.notNull("accessTokenProvider", this.accessTokenProvider);
            WebClient client = (this.webClient != null) ? this.webClient : WebClient.create();
            return new AssociationsTemplate(client, this.accessTokenProvider, this.settings);
        }

    }

}
