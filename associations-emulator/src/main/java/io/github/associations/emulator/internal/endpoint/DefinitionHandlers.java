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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.associations.emulator.control.ApiVersion;
import io.github.associations.emulator.internal.endpoint.ResponseBodies.ConfigurationUpdate;
import io.github.associations.emulator.internal.endpoint.ResponseBodies.Results;
import io.github.associations.emulator.internal.endpoint.ResponseBodies.UserConfiguration;
import io.github.associations.emulator.internal.http.ApiException;
import io.github.associations.emulator.internal.http.EmulatorJson;
import io.github.associations.emulator.internal.store.ApiSettings;
import io.github.associations.emulator.internal.store.AssociationDefinition;
import io.github.associations.emulator.internal.store.AssociationStore;
import io.github.associations.emulator.internal.store.LimitConfiguration;
import io.github.associations.emulator.internal.store.ObjectType;
import io.github.associations.emulator.internal.store.TypeSpec;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Schema endpoints: labels (list, create, update, delete), definition configurations
 * (limits: list, create, update, purge), and the high-usage report. The server routes
 * both v4 path prefixes ({@code /crm/v4/associations/...} and
 * {@code /crm/associations/v4/...}) and the dated {@code /crm/associations/{version}/...}
 * here; handlers read only path variables, so the prefix makes no difference.
 */
final class DefinitionHandlers {

    private final AssociationStore store;

    private final ApiSettings settings;

    DefinitionHandlers(AssociationStore store, ApiSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /**
     * List labels: every type of the pair, HubSpot-defined and custom, by type id.
     */
    Mono<ServerResponse> listLabels(ServerRequest request) {
        ObjectType from = Requests.objectType(request, "fromObjectType");
        ObjectType to = Requests.objectType(request, "toObjectType");
        return EmulatorJson.respond(HttpStatus.OK,
                new Results(this.store.definitions(from, to).stream().map(AssociationDefinition::toView).toList()));
    }

    /**
     * Create a label: create a single or paired label; 200 (not 201) with the created
     * types.
     */
    Mono<ServerResponse> createLabel(ServerRequest request, byte[] body) {
        ObjectType from = Requests.objectType(request, "fromObjectType");
        ObjectType to = Requests.objectType(request, "toObjectType");
        JsonNode json = requireObject(body,
                "com.hubspot.crm.associations.v4.schema.PublicAssociationDefinitionCreateRequest");
        String name = Requests.requiredText(json, "name");
        if (name.indexOf('-') >= 0 || Character.isDigit(name.charAt(0))) {
            throw ApiException.validation(
                    "Invalid name '" + name
                            + "': an association label's internal name cannot include hyphens or begin with a number",
                    "name");
        }
        String label = Requests.requiredText(json, "label");
        String inverseLabel = Requests.text(json, "inverseLabel", false);
        if (inverseLabel != null && inverseLabel.isBlank()) {
            inverseLabel = null;
        }
        List<AssociationDefinition> created = this.store.createLabel(from, to, name, label, inverseLabel);
        return EmulatorJson.respond(HttpStatus.OK,
                new Results(created.stream().map(AssociationDefinition::toView).toList()));
    }

    /**
     * Update a label: change a custom label's text ({@code associationTypeId} in the
     * body); 204.
     */
    Mono<ServerResponse> updateLabel(ServerRequest request, byte[] body) {
        ObjectType from = Requests.objectType(request, "fromObjectType");
        ObjectType to = Requests.objectType(request, "toObjectType");
        JsonNode json = requireObject(body,
                "com.hubspot.crm.associations.v4.schema.PublicAssociationDefinitionUpdateRequest");
        int typeId = Requests.integer(json, "associationTypeId");
        String label = Requests.requiredText(json, "label");
        String inverseLabel = Requests.text(json, "inverseLabel", false);
        this.store.updateLabel(from, to, typeId, label, inverseLabel);
        return ServerResponse.noContent().build();
    }

    /**
     * Delete a label: delete a custom label that no association uses; 204.
     */
    Mono<ServerResponse> deleteLabel(ServerRequest request) {
        ObjectType from = Requests.objectType(request, "fromObjectType");
        ObjectType to = Requests.objectType(request, "toObjectType");
        int typeId = Requests.positiveInt(request.pathVariable("associationTypeId"), "associationTypeId");
        this.store.deleteLabel(from, to, typeId);
        return ServerResponse.noContent().build();
    }

    /**
     * List all limits: every configured limit.
     */
    Mono<ServerResponse> listAllLimits(ServerRequest request) {
        return respondConfigurations(this.store.configurations(null, null));
    }

    /**
     * List limits: the configured limits of one direction of an object pair.
     */
    Mono<ServerResponse> listLimits(ServerRequest request) {
        ObjectType from = Requests.objectType(request, "fromObjectType");
        ObjectType to = Requests.objectType(request, "toObjectType");
        return respondConfigurations(this.store.configurations(from, to));
    }

    private static Mono<ServerResponse> respondConfigurations(List<LimitConfiguration> configurations) {
        return EmulatorJson.respond(HttpStatus.OK,
                new Results(configurations.stream().map(UserConfiguration::of).toList()));
    }

    /**
     * Create limits: configure limits; 201, or 207 with per-input errors (200 either way
     * in 2026-09).
     */
    Mono<ServerResponse> createLimits(ServerRequest request, byte[] body, ApiVersion version) {
        return configure(request, body, VersionedAnswers.created(version), version,
                (from, to, input) -> UserConfiguration
                    .of(this.store.createConfiguration(from, to, input.category(), input.typeId(), input.max())));
    }

    /**
     * Update limits: change configured limits; 200, or 207 with per-input errors (200
     * either way in 2026-09).
     */
    Mono<ServerResponse> updateLimits(ServerRequest request, byte[] body, ApiVersion version) {
        return configure(request, body, HttpStatus.OK, version, (from, to, input) -> {
            LimitConfiguration updated = this.store.updateConfiguration(from, to, input.category(), input.typeId(),
                    input.max());
            return new ConfigurationUpdate(updated.type().category(), updated.type().typeId(),
                    updated.maxToObjectIds());
        });
    }

    private Mono<ServerResponse> configure(ServerRequest request, byte[] body, HttpStatus success, ApiVersion version,
            ConfigurationChange change) {
        ObjectType from = Requests.objectType(request, "fromObjectType");
        ObjectType to = Requests.objectType(request, "toObjectType");
        List<ConfigurationInput> inputs = new ArrayList<>();
        for (JsonNode input : Requests.inputs(body, Integer.MAX_VALUE)) {
            inputs.add(new ConfigurationInput(Requests.category(input, "category"), Requests.integer(input, "typeId"),
                    Requests.integer(input, "maxToObjectIds")));
        }
        BatchOutcome outcome = new BatchOutcome(this.settings.clock());
        this.store.write(() -> {
            for (ConfigurationInput input : inputs) {
                try {
                    outcome.result(change.apply(from, to, input));
                }
                catch (ApiException ex) {
                    ex.body()
                        .context("category", input.category())
                        .context("typeId", Integer.toString(input.typeId()))
                        .context("maxToObjectIds", Integer.toString(input.max()));
                    outcome.error(ex);
                }
            }
            return null;
        });
        return outcome.respond(success, VersionedAnswers.withErrors(version));
    }

    /**
     * Purge limits: return types to the system default. v4 answers 204 and fails the
     * whole request for an unknown type; the dated versions answer 200 with a batch body
     * and an error per input that failed.
     */
    Mono<ServerResponse> purgeLimits(ServerRequest request, byte[] body, ApiVersion version) {
        ObjectType from = Requests.objectType(request, "fromObjectType");
        ObjectType to = Requests.objectType(request, "toObjectType");
        List<JsonNode> inputs = Requests.inputs(body, Integer.MAX_VALUE);
        List<TypeSpec> specs = new ArrayList<>();
        for (JsonNode input : inputs) {
            specs.add(new TypeSpec(Requests.category(input, "category"), Requests.integer(input, "typeId")));
        }
        if (VersionedAnswers.voidBatchBody(version)) {
            BatchOutcome outcome = new BatchOutcome(this.settings.clock());
            this.store.write(() -> {
                for (TypeSpec spec : specs) {
                    try {
                        this.store.purgeConfiguration(from, to, spec.category(), spec.typeId());
                        outcome.voidResult();
                    }
                    catch (ApiException ex) {
                        ex.body()
                            .context("category", spec.category())
                            .context("typeId", Integer.toString(spec.typeId()));
                        outcome.error(ex);
                    }
                }
                return null;
            });
            return outcome.respondVoid();
        }
        this.store.write(() -> {
            specs.forEach((spec) -> this.store.requireType(from, to, spec));
            specs.forEach((spec) -> this.store.purgeConfiguration(from, to, spec.category(), spec.typeId()));
            return null;
        });
        return ServerResponse.noContent().build();
    }

    /**
     * High-usage report: accept a high-usage report request for a user; 200.
     */
    Mono<ServerResponse> highUsageReport(ServerRequest request) {
        int userId = Requests.positiveInt(request.pathVariable("userId"), "userId");
        Map<String, Object> body = new LinkedHashMap<>();
        // UNCERTAIN: HubSpot mails the report to the user's address; the emulator has no
        // users, so it makes one up.
        body.put("userEmail", "user-" + userId + "@example.com");
        body.put("userId", userId);
        // UNCERTAIN: the spec types enqueueTime as a DateTime object, the Node SDK as a
        // date; an ISO instant it is.
        body.put("enqueueTime", BatchOutcome.timestamp(this.settings.clock().instant()));
        return EmulatorJson.respond(HttpStatus.OK, body);
    }

    private static JsonNode requireObject(byte[] body, String javaType) {
        JsonNode json = Requests.json(body);
        if (!json.isObject()) {
            throw Requests.wrongShape(javaType, json);
        }
        return json;
    }

    /**
     * A limit create or update input.
     *
     * @param category the association category, for example {@code HUBSPOT_DEFINED}
     * @param typeId HubSpot's association type id, for example {@code 279}
     * @param max {@code maxToObjectIds}
     */
    private record ConfigurationInput(String category, int typeId, int max) {
    }

    @FunctionalInterface
    private interface ConfigurationChange {

        Object apply(ObjectType from, ObjectType to, ConfigurationInput input);

    }

}
