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

package io.github.associations.emulator.internal.store;

import java.util.HashMap;
import java.util.Map;

import io.github.associations.emulator.internal.http.ApiException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Object type resolution and the type catalogue.
 */
class DomainBuildingBlocksTests {

    @Test
    void objectTypesResolveByIdAndNameInAnyCase() {
        assertThat(ObjectTypes.resolve("contacts").id()).isEqualTo("0-1");
        assertThat(ObjectTypes.resolve("Company").id()).isEqualTo("0-2");
        assertThat(ObjectTypes.resolve("LINE_ITEMS").id()).isEqualTo("0-8");
        assertThat(ObjectTypes.resolve("0-46").name()).isEqualTo("note");
        assertThat(ObjectTypes.resolve("appointments").id()).isEqualTo("0-421");
        assertThat(ObjectTypes.resolve("2-98765").isCustom()).isTrue();
        for (String unknown : new String[] { "widgets", "0-999", "2-", "2-abc", "" }) {
            assertThatExceptionOfType(ApiException.class).isThrownBy(() -> ObjectTypes.resolve(unknown))
                .withMessage("Unable to infer object type from: " + unknown);
        }
    }

    @Test
    void everyCataloguedTypeHasAConsistentInverse() {
        Map<Integer, AssociationDefinition> byId = new HashMap<>();
        HubSpotDefinedTypes.all().forEach((type) -> byId.put(type.typeId(), type));
        for (AssociationDefinition type : byId.values()) {
            AssociationDefinition inverse = byId.get(type.inverseTypeId());
            assertThat(inverse).as("inverse of %s", type.typeId()).isNotNull();
            assertThat(inverse.inverseTypeId()).isEqualTo(type.typeId());
            assertThat(inverse.fromObjectTypeId()).isEqualTo(type.toObjectTypeId());
            assertThat(inverse.toObjectTypeId()).isEqualTo(type.fromObjectTypeId());
            assertThat(inverse.kind()).isEqualTo(type.kind());
            assertThat(type.typeId()).isLessThan(TypeRegistry.FIRST_ALLOCATED_TYPE_ID);
        }
        assertThat(byId.get(279).name()).isEqualTo("contact_to_company_unlabeled");
        assertThat(byId.get(1).name()).isEqualTo("contact_to_company");
        assertThat(byId.get(3).name()).isEqualTo("deal_to_contact");
        assertThat(byId.get(26).name()).isEqualTo("ticket_to_company");
        assertThat(byId.get(449).inverseTypeId()).isEqualTo(449);
        assertThat(byId.get(194).fromObjectTypeId()).isEqualTo("0-48");
    }

}
