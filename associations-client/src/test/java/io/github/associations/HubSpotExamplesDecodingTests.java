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

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;

import io.github.associations.error.HubSpotError;
import io.github.associations.internal.json.JsonCodec;
import io.github.associations.internal.json.Wire;
import io.github.associations.model.AssociationCategory;
import io.github.associations.model.AssociationPage;
import io.github.associations.model.AssociationType;
import io.github.associations.model.HighUsageReport;
import io.github.associations.model.LabelsBetweenRecords;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;

/**
 * HubSpot's documented responses (and those of the seed OpenAPI description) decode into
 * the model without loss: every field and value of the example is found again in the
 * decoded value, ids as numbers or strings alike.
 */
class HubSpotExamplesDecodingTests {

    /**
     * Field names the seed OpenAPI description uses for what HubSpot calls
     * {@code category} and {@code typeId}.
     */
    private static final Map<String, String> ALIASES = Map.of("associationCategory", "category", "associationTypeId",
            "typeId");

    private final JsonCodec codec = new JsonCodec();

    /** Re-encodes decoded values with every field, nulls included. */
    private final JsonMapper encoder = JsonMapper.builder().build();

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "r1-docs.json, page", "r1-spec.json, page", "r2-docs.json, labels-between", "b1-docs.json, batch-read",
            "b1-207.json, batch-read", "l1-docs.json, types", "l2-paired-docs.json, types",
            "seed-openapi-association-result.json, read-result", "seed-openapi-batch-response.json, batch-read",
            "seed-openapi-label-collection.json, types" })
    void exampleDecodesWithoutLoss(String file, String shape) throws IOException {
        byte[] json = read(file);
        Object decoded = this.codec.read(json, type(shape));

        JsonNode original = this.codec.readTree(json);
        JsonNode reEncoded = this.encoder.valueToTree(decoded);
        assertContains(original, reEncoded, "$");
    }

    @Test
    void aDecodingThatDropsAFieldIsCaught() throws IOException {
        byte[] json = read("b1-docs.json");
        // A type that knows only "results" and "paging" keeps the results but loses
        // status and timestamps.
        Object lossy = this.codec.read(json, this.codec.type(Wire.Results.class, Object.class));

        assertThatExceptionOfType(AssertionError.class)
            .isThrownBy(() -> assertContains(this.codec.readTree(json), this.encoder.valueToTree(lossy), "$"))
            .withMessageContaining("$.status was lost in decoding");
    }

    @Test
    void docsExampleOfR1IsReadAsTheCallerSeesIt() throws IOException {
        AssociationPage page = this.codec.read(read("r1-spec.json"), this.codec.type(AssociationPage.class));

        assertThat(page.nextAfter()).isEqualTo("MC0yLTE1OTc0MDA2NTg%3D");
        assertThat(page.results()).singleElement().satisfies((record) -> {
            assertThat(record.toObjectId()).isEqualTo("12345");
            assertThat(record.associationTypes())
                .containsExactly(AssociationType.of(AssociationCategory.HUBSPOT_DEFINED, 279, null));
        });
    }

    @Test
    void numericIdsOfR2BecomeTheirDecimalStrings() throws IOException {
        LabelsBetweenRecords labels = this.codec.read(read("r2-docs.json"),
                this.codec.type(LabelsBetweenRecords.class));

        assertThat(labels.fromObjectId()).isEqualTo("29851");
        assertThat(labels.toObjectId()).isEqualTo("21678228008");
    }

    @Test
    void unknownFieldsAndFutureCategoriesAreTolerated() {
        byte[] json = ("{\"results\":[{\"toObjectId\":\"7\",\"weight\":3,\"associationTypes\":[{\"category\":"
                + "\"PARTNER_DEFINED\",\"typeId\":\"12\",\"label\":null,\"color\":\"blue\"}]}],\"total\":1}")
            .getBytes();

        AssociationPage page = this.codec.read(json, this.codec.type(AssociationPage.class));

        AssociationType type = page.results().get(0).associationTypes().get(0);
        assertThat(type.category().value()).isEqualTo("PARTNER_DEFINED");
        assertThat(type.category().known()).isFalse();
        assertThat(type.typeId()).isEqualTo(12);
        assertThat(page.nextAfter()).isNull();
    }

    @Test
    void anErrorsSubCategoryIsReadAsTextWhetherTextOrObject() {
        byte[] text = "{\"category\":\"VALIDATION_ERROR\",\"subCategory\":\"crm.associations.X\"}".getBytes();
        byte[] object = "{\"category\":\"VALIDATION_ERROR\",\"subCategory\":{\"a\":1}}".getBytes();

        assertThat(this.codec.<HubSpotError>read(text, this.codec.type(HubSpotError.class)).subCategory())
            .isEqualTo("crm.associations.X");
        assertThat(this.codec.<HubSpotError>read(object, this.codec.type(HubSpotError.class)).subCategory())
            .isEqualTo("{\"a\":1}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = { "\"2026-03-01T12:00:00Z\"", "1772366400000", "\"1772366400000\"",
            "{\"value\":1772366400000,\"dateOnly\":false,\"timeZoneShift\":0}" })
    void aHighUsageReportsEnqueueTimeIsReadInEveryForm(String enqueueTime) {
        byte[] json = ("{\"userEmail\":\"a@example.com\",\"userId\":5,\"enqueueTime\":" + enqueueTime + "}").getBytes();

        HighUsageReport report = this.codec.read(json, this.codec.type(HighUsageReport.class));

        assertThat(report.enqueueTime()).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
    }

    private JavaType type(String shape) {
        return switch (shape) {
            case "page" -> this.codec.type(AssociationPage.class);
            case "labels-between" -> this.codec.type(LabelsBetweenRecords.class);
            case "batch-read" -> this.codec.type(Wire.BatchResponse.class, Wire.ReadResult.class);
            case "read-result" -> this.codec.type(Wire.ReadResult.class);
            case "types" -> this.codec.type(Wire.Results.class, AssociationType.class);
            default -> throw new IllegalArgumentException(shape);
        };
    }

    private static void assertContains(JsonNode original, JsonNode decoded, String path) {
        if (original.isObject()) {
            if (!decoded.isObject()) {
                fail(path + ": expected an object but the decoded value has " + decoded);
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = original.properties().iterator(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = ALIASES.getOrDefault(field.getKey(), field.getKey());
                JsonNode value = decoded.get(name);
                if (value == null) {
                    fail(path + "." + field.getKey() + " was lost in decoding");
                }
                assertContains(field.getValue(), value, path + "." + field.getKey());
            }
        }
        else if (original.isArray()) {
            assertThat(decoded.isArray()).as(path + " is an array").isTrue();
            assertThat(decoded.size()).as(path + " size").isEqualTo(original.size());
            for (int i = 0; i < original.size(); i++) {
                assertContains(original.get(i), decoded.get(i), path + "[" + i + "]");
            }
        }
        else if (original.isNull()) {
            assertThat(decoded.isNull()).as(path + " is null").isTrue();
        }
        else {
            assertThat(decoded.asString()).as(path).isEqualTo(original.asString());
        }
    }

    private static byte[] read(String file) throws IOException {
        try (InputStream in = HubSpotExamplesDecodingTests.class.getResourceAsStream("/hubspot-examples/" + file)) {
            return in.readAllBytes();
        }
    }

}
