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

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.internal.store.ApiSettings;
import io.github.associations.emulator.internal.store.AssociationStore;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The handlers of every HubSpot associations endpoint, over one {@link AssociationStore}.
 */
final class AssociationEndpointHandlers implements EndpointHandlers {

    private final Map<EmulatorEndpoint, HandlerFunction<ServerResponse>> handlers = new EnumMap<>(
            EmulatorEndpoint.class);

    AssociationEndpointHandlers(AssociationStore store, ApiSettings settings) {
        RecordHandlers records = new RecordHandlers(store, settings);
        BatchHandlers batch = new BatchHandlers(store, settings);
        DefinitionHandlers definitions = new DefinitionHandlers(store, settings);
        V3Handlers v3 = new V3Handlers(store, settings);
        for (EmulatorEndpoint endpoint : EmulatorEndpoint.values()) {
            HandlerFunction<ServerResponse> handler = switch (endpoint) {
                case RECORDS_LIST -> Requests.handler(records::list);
                case RECORDS_ASSOCIATE -> Requests.handlerWithBody(records::associate);
                case RECORDS_ASSOCIATE_DEFAULT -> Requests.handler(records::associateDefault);
                case RECORDS_REMOVE -> Requests.handler(records::remove);
                case BATCH_READ -> Requests.handlerWithBody(batch::read);
                case BATCH_CREATE -> Requests.handlerWithBody(batch::create);
                case BATCH_ASSOCIATE_DEFAULT -> Requests.handlerWithBody(batch::associateDefault);
                case BATCH_ARCHIVE -> Requests.handlerWithBody(batch::archive);
                case BATCH_ARCHIVE_LABELS -> Requests.handlerWithBody(batch::archiveLabels);
                case LABELS_LIST -> Requests.handler(definitions::listLabels);
                case LABELS_CREATE -> Requests.handlerWithBody(definitions::createLabel);
                case LABELS_UPDATE -> Requests.handlerWithBody(definitions::updateLabel);
                case LABELS_DELETE -> Requests.handler(definitions::deleteLabel);
                case LIMITS_LIST_ALL -> Requests.handler(definitions::listAllLimits);
                case LIMITS_LIST -> Requests.handler(definitions::listLimits);
                case LIMITS_CREATE -> Requests.handlerWithBody(definitions::createLimits);
                case LIMITS_UPDATE -> Requests.handlerWithBody(definitions::updateLimits);
                case LIMITS_PURGE -> Requests.handlerWithBody(definitions::purgeLimits);
                case USAGE_HIGH_USAGE_REPORT -> Requests.handler(definitions::highUsageReport);
                case V3_TYPES -> Requests.handler(v3::types);
                case V3_BATCH_CREATE -> Requests.handlerWithBody(v3::create);
                case V3_BATCH_READ -> Requests.handlerWithBody(v3::read);
                case V3_BATCH_ARCHIVE -> Requests.handlerWithBody(v3::archive);
                case OAUTH_TOKEN -> null;
            };
            if (handler != null) {
                this.handlers.put(endpoint, handler);
            }
        }
    }

    @Override
    public HandlerFunction<ServerResponse> handler(EmulatorEndpoint endpoint) {
        HandlerFunction<ServerResponse> handler = this.handlers.get(endpoint);
        if (handler == null) {
            throw new IllegalArgumentException(endpoint + " is served by the server, not by the associations domain");
        }
        return handler;
    }

}
