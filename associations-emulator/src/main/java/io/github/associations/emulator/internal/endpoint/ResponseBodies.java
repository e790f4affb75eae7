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

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.associations.emulator.control.ApiVersion;
import io.github.associations.emulator.control.EmulatorState.AssociationType;
import io.github.associations.emulator.internal.store.AssociationDefinition;
import io.github.associations.emulator.internal.store.AssociationPage;
import io.github.associations.emulator.internal.store.LimitConfiguration;
import io.github.associations.emulator.internal.store.ObjectType;
import org.jspecify.annotations.Nullable;
import org.springframework.web.reactive.function.server.ServerRequest;

/**
 * The JSON shapes of HubSpot's association responses, as records (serialized in component
 * order) and maps where a field is sometimes absent. Ids are JSON numbers where HubSpot's
 * docs examples show numbers ({@code toObjectId}, {@code fromObjectId}) and strings where
 * they show strings ({@code from.id}).
 */
final class ResponseBodies {

    private ResponseBodies() {
    }

    /**
     * {@code {"id":"..."}}.
     *
     * @param id the record id
     */
    record ObjectId(String id) {

        static ObjectId of(long id) {
            return new ObjectId(Long.toString(id));
        }

    }

    /**
     * One associated record of a record list and a batch read
     * ({@code MultiAssociatedObjectWithLabel}).
     *
     * @param toObjectId the associated record id
     * @param associationTypes the types between the records, as {@link AssociationType}
     * or {@link AssociationTypeWithObjectTypes}
     */
    record AssociatedRecord(long toObjectId, List<?> associationTypes) {

        static AssociatedRecord of(AssociationPage.Entry entry) {
            List<AssociationDefinition> types = entry.types();
            AssociationType[] views = new AssociationType[types.size()];
            for (int i = 0; i < views.length; i++) {
                views[i] = types.get(i).toView();
            }
            return new AssociatedRecord(entry.toObjectId(), List.of(views));
        }

        static AssociatedRecord of(AssociationPage.Entry entry, boolean withObjectTypeIds) {
            if (!withObjectTypeIds) {
                return of(entry);
            }
            List<AssociationTypeWithObjectTypes> views = entry.types()
                .stream()
                .map(AssociationTypeWithObjectTypes::of)
                .toList();
            return new AssociatedRecord(entry.toObjectId(), views);
        }

    }

    /**
     * A label seen on a record with the object types it goes between
     * ({@code AssociationSpecWithLabel} of 2026-03).
     *
     * @param category {@code HUBSPOT_DEFINED}, {@code USER_DEFINED}, ...
     * @param typeId HubSpot's association type id
     * @param label the label, {@code null} for the unlabeled type
     * @param fromObjectTypeId the object type id the type goes from
     * @param toObjectTypeId the object type id the type goes to
     */
    record AssociationTypeWithObjectTypes(String category, int typeId, @Nullable String label, String fromObjectTypeId,
            String toObjectTypeId) {

        static AssociationTypeWithObjectTypes of(AssociationDefinition type) {
            return new AssociationTypeWithObjectTypes(type.category(), type.typeId(), type.label(),
                    type.fromObjectTypeId(), type.toObjectTypeId());
        }

    }

    /**
     * The result of a labelled association, single or batch.
     *
     * @param fromObjectTypeId the from object type id
     * @param fromObjectId the from record id
     * @param toObjectTypeId the to object type id
     * @param toObjectId the to record id
     * @param labels the labels between the records afterwards, seen from the from record
     */
    record LabelsBetweenObjectPair(String fromObjectTypeId, long fromObjectId, String toObjectTypeId, long toObjectId,
            List<String> labels) {
    }

    /**
     * {@code {"associationCategory","associationTypeId"}}.
     *
     * @param associationCategory the category
     * @param associationTypeId the type id
     */
    record AssociationSpec(String associationCategory, int associationTypeId) {
    }

    /**
     * The result of a default association, single or batch, one per direction.
     *
     * @param from the from record
     * @param to the to record
     * @param associationSpec the unlabeled type in that direction
     */
    record DefaultAssociation(ObjectId from, ObjectId to, AssociationSpec associationSpec) {

        /**
         * Both directions of a default association.
         * @param fromId the from record id
         * @param toId the to record id
         * @param unlabeled the unlabeled type from the from record's side
         * @return the two results
         */
        static List<DefaultAssociation> bothDirections(long fromId, long toId, AssociationDefinition unlabeled) {
            // An allocated or catalogued unlabeled pair shares its category in both
            // directions.
            return List.of(
                    new DefaultAssociation(ObjectId.of(fromId), ObjectId.of(toId),
                            new AssociationSpec(unlabeled.category(), unlabeled.typeId())),
                    new DefaultAssociation(ObjectId.of(toId), ObjectId.of(fromId),
                            new AssociationSpec(unlabeled.category(), unlabeled.inverseTypeId())));
        }

    }

    /**
     * {@code {"results":[...]}} without paging.
     *
     * @param results the entries of {@code results}
     */
    record Results(List<?> results) {
    }

    /**
     * A configured limit as listed and created
     * ({@code PublicAssociationDefinitionUserConfiguration}).
     *
     * @param category the association category, for example {@code HUBSPOT_DEFINED}
     * @param typeId HubSpot's association type id, for example {@code 279}
     * @param userEnforcedMaxToObjectIds the configured limit
     * @param label the type's label
     */
    record UserConfiguration(String category, int typeId, int userEnforcedMaxToObjectIds, @Nullable String label) {

        static UserConfiguration of(LimitConfiguration configuration) {
            AssociationDefinition type = configuration.type();
            return new UserConfiguration(type.category(), type.typeId(), configuration.maxToObjectIds(), type.label());
        }

    }

    /**
     * A configured limit as updated
     * ({@code PublicAssociationDefinitionConfigurationUpdateResult}).
     *
     * @param category the association category, for example {@code HUBSPOT_DEFINED}
     * @param typeId HubSpot's association type id, for example {@code 279}
     * @param userEnforcedMaxToObjectIds the configured limit
     */
    record ConfigurationUpdate(String category, int typeId, int userEnforcedMaxToObjectIds) {
    }

    /**
     * HubSpot's {@code paging} object pointing at the next page of a record's
     * associations. The deprecated {@code link} is the record list's URL for that page on
     * this emulator.
     * @param request the request being answered, for scheme and host
     * @param from the listing record's object type
     * @param fromId the listing record id
     * @param to the listed object type
     * @param lastId the last id on this page
     * @param limit the page size
     * @param version the version called, whose record list the link points at
     * @return the paging object
     */
    static Map<String, Object> paging(ServerRequest request, ObjectType from, long fromId, ObjectType to, long lastId,
            int limit, ApiVersion version) {
        String after = PagingCursor.encode(to.id(), lastId);
        URI uri = request.uri();
        String origin = (uri.getScheme() != null && uri.getRawAuthority() != null)
                ? uri.getScheme() + "://" + uri.getRawAuthority() : "";
        Map<String, Object> next = new LinkedHashMap<>();
        next.put("after", after);
        String objects = version.isDated() ? "/crm/objects/" + version.value() + "/" : "/crm/v4/objects/";
        next.put("link", origin + objects + from.id() + "/" + fromId + "/associations/" + to.id() + "?after=" + after
                + "&limit=" + limit);
        return Map.of("next", next);
    }

}
