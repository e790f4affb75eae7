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

import java.util.List;

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.model.BatchResult;
import io.github.associations.model.V3AssociatedRecord;
import io.github.associations.model.V3Association;
import io.github.associations.model.V3AssociationInput;
import io.github.associations.model.V3AssociationType;
import io.github.associations.model.V3BatchReadItem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The v3 calls against the emulator.
 */
@SuppressWarnings("deprecation") // v3 keeps working until HubSpot stops it
class V3AssociationOperationsTests extends EmulatorTestSupport {

    @Test
    void typesListsTheV3NamesOfAPair() {
        List<V3AssociationType> types = this.template.v3().types("contacts", "companies").collectList().block();

        assertThat(onlyRequest(EmulatorEndpoint.V3_TYPES).path())
            .isEqualTo("/crm/v3/associations/contacts/companies/types");
        assertThat(types).contains(new V3AssociationType("1", "contact_to_company"),
                new V3AssociationType("279", "contact_to_company_unlabeled"));
    }

    @Test
    void createReadAndArchiveByTypeName() {
        V3AssociationInput input = V3AssociationInput.of("53628", "12726", "contact_to_deal");

        BatchResult<V3AssociationInput, V3Association> created = this.template.v3()
            .create("contacts", "deals", List.of(input))
            .block();
        assertThat(body(onlyRequest(EmulatorEndpoint.V3_BATCH_CREATE)).toString()).isEqualTo(
                "{\"inputs\":[{\"from\":{\"id\":\"53628\"},\"to\":{\"id\":\"12726\"},\"type\":\"contact_to_deal\"}]}");
        assertThat(created.results()).containsExactly(new V3Association("53628", "12726", "contact_to_deal"));

        BatchResult<String, V3BatchReadItem> read = this.template.v3()
            .read("contacts", "deals", List.of("53628", "1"))
            .block();
        assertThat(body(onlyRequest(EmulatorEndpoint.V3_BATCH_READ)).toString())
            .isEqualTo("{\"inputs\":[{\"id\":\"53628\"},{\"id\":\"1\"}]}");
        assertThat(read.results())
            .containsExactly(new V3BatchReadItem("53628", List.of(new V3AssociatedRecord("12726", "contact_to_deal"))));
        assertThat(read.errors()).singleElement().satisfies((error) -> assertThat(error.inputs()).containsExactly("1"));

        BatchResult<V3AssociationInput, Void> archived = this.template.v3()
            .archive("contacts", "deals", List.of(input))
            .block();
        assertThat(onlyRequest(EmulatorEndpoint.V3_BATCH_ARCHIVE).status()).isEqualTo(204);
        assertThat(archived.errors()).isEmpty();
        assertThat(this.emulator.state().associations("contacts", "53628", "deals")).isEmpty();
    }

}
