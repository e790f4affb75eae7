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

package io.github.associations.emulator.internal.endpoint;

import java.util.EnumMap;
import java.util.Map;

import io.github.associations.emulator.control.ApiVersion;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.internal.store.ApiSettings;
import io.github.associations.emulator.internal.store.AssociationStore;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The handlers of every HubSpot associations endpoint in every version it is served in,
 * over one {@link AssociationStore}.
 */
final class AssociationEndpointHandlers implements EndpointHandlers {

    private final Map<EmulatorEndpoint, Map<ApiVersion, HandlerFunction<ServerResponse>>> handlers = new EnumMap<>(
            EmulatorEndpoint.class);

    private final RecordHandlers records;

    private final BatchHandlers batch;

    private final DefinitionHandlers definitions;

    private final V3Handlers v3;

    AssociationEndpointHandlers(AssociationStore store, ApiSettings settings) {
        this.records = new RecordHandlers(store, settings);
        this.batch = new BatchHandlers(store, settings);
        this.definitions = new DefinitionHandlers(store, settings);
        this.v3 = new V3Handlers(store, settings);
        for (EmulatorEndpoint endpoint : EmulatorEndpoint.values()) {
            if (endpoint.isOAuth()) {
                continue;
            }
            Map<ApiVersion, HandlerFunction<ServerResponse>> versions = new EnumMap<>(ApiVersion.class);
            for (ApiVersion version : endpoint.versions()) {
                versions.put(version, create(endpoint, version));
            }
            this.handlers.put(endpoint, versions);
        }
    }

    private HandlerFunction<ServerResponse> create(EmulatorEndpoint endpoint, ApiVersion version) {
        RecordHandlers records = this.records;
        BatchHandlers batch = this.batch;
        DefinitionHandlers definitions = this.definitions;
        V3Handlers v3 = this.v3;
        return switch (endpoint) {
            case RECORDS_LIST -> Requests.handler((request) -> records.list(request, version));
            case RECORDS_ASSOCIATE -> Requests.handlerWithBody(records::associate);
            case RECORDS_ASSOCIATE_DEFAULT -> Requests.handler(records::associateDefault);
            case RECORDS_REMOVE -> Requests.handler(records::remove);
            case BATCH_READ -> Requests.handlerWithBody((request, body) -> batch.read(request, body, version));
            case BATCH_CREATE -> Requests.handlerWithBody((request, body) -> batch.create(request, body, version));
            case BATCH_ASSOCIATE_DEFAULT -> Requests.handlerWithBody(batch::associateDefault);
            case BATCH_ARCHIVE -> Requests.handlerWithBody((request, body) -> batch.archive(request, body, version));
            case BATCH_ARCHIVE_LABELS ->
                Requests.handlerWithBody((request, body) -> batch.archiveLabels(request, body, version));
            case LABELS_LIST -> Requests.handler(definitions::listLabels);
            case LABELS_CREATE -> Requests.handlerWithBody(definitions::createLabel);
            case LABELS_UPDATE -> Requests.handlerWithBody(definitions::updateLabel);
            case LABELS_DELETE -> Requests.handler(definitions::deleteLabel);
            case LIMITS_LIST_ALL -> Requests.handler(definitions::listAllLimits);
            case LIMITS_LIST -> Requests.handler(definitions::listLimits);
            case LIMITS_CREATE ->
                Requests.handlerWithBody((request, body) -> definitions.createLimits(request, body, version));
            case LIMITS_UPDATE ->
                Requests.handlerWithBody((request, body) -> definitions.updateLimits(request, body, version));
            case LIMITS_PURGE ->
                Requests.handlerWithBody((request, body) -> definitions.purgeLimits(request, body, version));
            case USAGE_HIGH_USAGE_REPORT -> Requests.handler(definitions::highUsageReport);
            case V3_TYPES -> Requests.handler(v3::types);
            case V3_BATCH_CREATE -> Requests.handlerWithBody(v3::create);
            case V3_BATCH_READ -> Requests.handlerWithBody(v3::read);
            case V3_BATCH_ARCHIVE -> Requests.handlerWithBody(v3::archive);
            case OAUTH_TOKEN, OAUTH_INTROSPECT, OAUTH_REVOKE -> throw new IllegalArgumentException(
                    endpoint + " is served by the server, not by the associations domain");
        };
    }

    /**
     * The handler of an endpoint in its legacy version (v4, or v3 for the v3 calls).
     */
    @Override
    public HandlerFunction<ServerResponse> handler(EmulatorEndpoint endpoint) {
        return handler(endpoint, endpoint.versions().get(0));
    }

    @Override
    public HandlerFunction<ServerResponse> handler(EmulatorEndpoint endpoint, ApiVersion version) {
        Map<ApiVersion, HandlerFunction<ServerResponse>> versions = this.handlers.get(endpoint);
        HandlerFunction<ServerResponse> handler = (versions != null) ? versions.get(version) : null;
        if (handler == null) {
            throw new IllegalArgumentException(
                    endpoint + " in " + version.value() + " is not served by the associations domain");
        }
        return handler;
    }

}
