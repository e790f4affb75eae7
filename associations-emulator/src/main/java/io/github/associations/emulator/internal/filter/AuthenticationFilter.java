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

package io.github.associations.emulator.internal.filter;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.internal.auth.Principal;
import io.github.associations.emulator.internal.auth.TokenRegistry;
import io.github.associations.emulator.internal.http.HubSpotResponses;
import org.springframework.web.reactive.function.server.HandlerFilterFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Authentication and authorization of API requests. {@link #authenticate()} answers 401
 * for a missing, unknown or expired token and records who the token stands for;
 * {@link #authorize(EmulatorEndpoint)}, which runs after the rate limiter so that a 403
 * is counted and carries the rate-limit headers like any authenticated response, answers
 * 403 {@code MISSING_SCOPES} to a write with a read-only token.
 *
 * @since 0.1.0
 */
public final class AuthenticationFilter {

    /** The endpoints that change state; batch reads are POSTs but only read. */
    private static final Set<EmulatorEndpoint> WRITES = EnumSet.of(EmulatorEndpoint.RECORDS_ASSOCIATE,
            EmulatorEndpoint.RECORDS_ASSOCIATE_DEFAULT, EmulatorEndpoint.RECORDS_REMOVE, EmulatorEndpoint.BATCH_CREATE,
            EmulatorEndpoint.BATCH_ASSOCIATE_DEFAULT, EmulatorEndpoint.BATCH_ARCHIVE,
            EmulatorEndpoint.BATCH_ARCHIVE_LABELS, EmulatorEndpoint.LABELS_CREATE, EmulatorEndpoint.LABELS_UPDATE,
            EmulatorEndpoint.LABELS_DELETE, EmulatorEndpoint.LIMITS_CREATE, EmulatorEndpoint.LIMITS_UPDATE,
            EmulatorEndpoint.LIMITS_PURGE, EmulatorEndpoint.V3_BATCH_CREATE, EmulatorEndpoint.V3_BATCH_ARCHIVE);

    private final TokenRegistry tokens;

    private final Clock clock;

    public AuthenticationFilter(TokenRegistry tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    public HandlerFilterFunction<ServerResponse, ServerResponse> authenticate() {
        return (request, next) -> {
            RequestTrace trace = RequestTrace.of(request);
            TokenRegistry.Authentication authentication = this.tokens.authenticate(trace.bearerToken());
            if (authentication.principal() != null) {
                trace.principal(authentication.principal());
                return next.handle(request);
            }
            if (authentication.expiredAt() != null) {
                return HubSpotResponses.expiredAuthentication(authentication.expiredAt(), this.clock.instant());
            }
            return HubSpotResponses.invalidAuthentication();
        };
    }

    public HandlerFilterFunction<ServerResponse, ServerResponse> authorize(EmulatorEndpoint endpoint) {
        if (!WRITES.contains(endpoint)) {
            return (request, next) -> next.handle(request);
        }
        return (request, next) -> {
            Principal principal = RequestTrace.of(request).principal();
            if (principal != null && principal.readOnly()) {
                return HubSpotResponses.missingScopes(requiredWriteScopes(request));
            }
            return next.handle(request);
        };
    }

    static boolean isWrite(EmulatorEndpoint endpoint) {
        return WRITES.contains(endpoint);
    }

    /**
     * The write scopes of the object types in the path. HubSpot lists ~80 alternative
     * scopes per endpoint; which it names in a 403 for an associations call is UNCERTAIN.
     */
    private static List<String> requiredWriteScopes(ServerRequest request) {
        List<String> scopes = new ArrayList<>();
        for (String variable : List.of("fromObjectType", "objectType", "toObjectType")) {
            String objectType = request.pathVariables().get(variable);
            if (objectType != null) {
                String scope = writeScope(objectType);
                if (!scopes.contains(scope)) {
                    scopes.add(scope);
                }
            }
        }
        if (scopes.isEmpty()) {
            scopes.add("crm.schemas.custom.write");
        }
        return scopes;
    }

    private static String writeScope(String objectType) {
        return switch (objectType.toLowerCase(Locale.ROOT)) {
            case "contact", "contacts", "0-1" -> "crm.objects.contacts.write";
            case "company", "companies", "0-2" -> "crm.objects.companies.write";
            case "deal", "deals", "0-3" -> "crm.objects.deals.write";
            case "ticket", "tickets", "0-5" -> "tickets";
            default -> "crm.objects.custom.write";
        };
    }

}
