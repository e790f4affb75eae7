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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Stream;

import io.github.associations.client.ApiVersion;
import io.github.associations.client.AssociationsSettings;
import io.github.associations.model.ArchiveInput;
import io.github.associations.model.AssociationInput;
import io.github.associations.model.AssociationSpec;
import io.github.associations.model.BatchResult;
import io.github.associations.model.LimitInput;
import io.github.associations.model.RecordPair;
import io.github.associations.model.V3AssociationInput;
import io.github.associations.resilience.RateLimitSettings;
import io.github.associations.resilience.RetrySettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every batch call, in every API version, with HubSpot's batch body carrying a per-input
 * error under each status a success has had: 207 (v4 and 2026-03 with errors), 200
 * (2026-09 whatever the outcome, the dated archive and purge bodies, and status drift)
 * and 201. The error reaches {@link BatchResult#errors()} tied to the input it names
 * whatever the status. A stub answers, since the emulator answers each call with one
 * status per version; {@link ApiVersionTests} has the same against the emulator.
 */
class BatchErrorsWhateverTheStatusTests {

    private static final AssociationSpec UNLABELED = AssociationSpec
        .hubSpotDefined(AssociationTypeIds.CONTACT_TO_COMPANY);

    private static final String RECORD_CONTEXT = "{\"fromObjectId\":[\"3\"],\"toObjectId\":[\"4\"]}";

    private static final String TYPE_CONTEXT = "{\"category\":[\"USER_DEFINED\"],\"typeId\":[\"20\"]}";

    private final List<String> paths = new CopyOnWriteArrayList<>();

    static Stream<Arguments> everyBatchCallVersionAndStatus() {
        List<Arguments> arguments = new ArrayList<>();
        for (BatchCase call : batchCalls()) {
            for (ApiVersion version : ApiVersion.values()) {
                for (int status : new int[] { 200, 201, 207 }) {
                    arguments.add(Arguments.of(call, version, status));
                }
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} in {1} answered {2}")
    @MethodSource("everyBatchCallVersionAndStatus")
    void aPerInputErrorIsTiedToItsInputWhateverTheStatus(BatchCase call, ApiVersion version, int status) {
        String body = "{\"status\":\"COMPLETE\",\"results\":[],\"numErrors\":1,\"errors\":[{\"status\":\"error\","
                + "\"category\":\"VALIDATION_ERROR\",\"message\":\"The input could not be applied\",\"context\":"
                + call.context() + "}],\"startedAt\":\"2026-09-08T12:00:00.000Z\","
                + "\"completedAt\":\"2026-09-08T12:00:00.100Z\"}";

        BatchResult<?, ?> result = call.call().apply(template(version, status, body)).block();

        assertThat(result.results()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies((error) -> {
            assertThat(error.category()).isEqualTo("VALIDATION_ERROR");
            assertThat(List.<Object>copyOf(error.inputs())).containsExactly(call.failedInput());
        });
        assertThat(this.paths).singleElement()
            .asString()
            .contains(call.v3() ? "/crm/v3/" : "/" + version.value() + "/");
    }

    private AssociationsOperations template(ApiVersion version, int status, String body) {
        WebClient stub = WebClient.builder().exchangeFunction((request) -> {
            this.paths.add(request.url().getPath());
            return Mono.just(ClientResponse.create(HttpStatus.valueOf(status))
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .body(body)
                .build());
        }).build();
        return AssociationsTemplate.builder()
            .webClient(stub)
            .privateAppToken("pat-local")
            .settings(AssociationsSettings.builder()
                .apiVersion(version)
                .rateLimit(RateLimitSettings.disabled())
                .retry(RetrySettings.disabled())
                .build())
            .build();
    }

    @SuppressWarnings("deprecation") // v3 keeps working until HubSpot stops it
    private static List<BatchCase> batchCalls() {
        AssociationInput second = AssociationInput.of("3", "4", UNLABELED);
        List<AssociationInput> labelled = List.of(AssociationInput.of("1", "2", UNLABELED), second);
        LimitInput secondLimit = LimitInput.of(AssociationSpec.userDefined(20), 2);
        List<LimitInput> limits = List.of(LimitInput.of(AssociationSpec.hubSpotDefined(3), 5), secondLimit);
        V3AssociationInput secondV3 = V3AssociationInput.of("3", "4", "contact_to_company");
        List<V3AssociationInput> v3 = List.of(V3AssociationInput.of("1", "2", "contact_to_company"), secondV3);
        return List.of(
                new BatchCase("batch read", "{\"fromObjectId\":[\"3\"]}", "3", false,
                        (ops) -> ops.batch().read("contacts", "companies", List.of("1", "3"))),
                new BatchCase("batch create", RECORD_CONTEXT, second, false,
                        (ops) -> ops.batch().create("contacts", "companies", labelled)),
                new BatchCase("batch associate default", RECORD_CONTEXT, RecordPair.of("3", "4"), false,
                        (ops) -> ops.batch()
                            .associateDefault("contacts", "companies",
                                    List.of(RecordPair.of("1", "2"), RecordPair.of("3", "4")))),
                new BatchCase("batch archive", RECORD_CONTEXT, ArchiveInput.of("3", "4"), false, (ops) -> ops.batch()
                    .archive("contacts", "companies", List.of(ArchiveInput.of("1", "2"), ArchiveInput.of("3", "4")))),
                new BatchCase("batch archive labels", RECORD_CONTEXT, second, false,
                        (ops) -> ops.batch().archiveLabels("contacts", "companies", labelled)),
                new BatchCase("limits create", TYPE_CONTEXT, secondLimit, false,
                        (ops) -> ops.limits().create("deals", "contacts", limits)),
                new BatchCase("limits update", TYPE_CONTEXT, secondLimit, false,
                        (ops) -> ops.limits().update("deals", "contacts", limits)),
                new BatchCase("limits purge", TYPE_CONTEXT, AssociationSpec.userDefined(20), false,
                        (ops) -> ops.limits()
                            .purge("deals", "contacts",
                                    List.of(AssociationSpec.hubSpotDefined(3), AssociationSpec.userDefined(20)))),
                new BatchCase("v3 batch create", RECORD_CONTEXT, secondV3, true,
                        (ops) -> ops.v3().create("contacts", "companies", v3)),
                new BatchCase("v3 batch read", "{\"fromObjectId\":[\"3\"]}", "3", true,
                        (ops) -> ops.v3().read("contacts", "companies", List.of("1", "3"))),
                new BatchCase("v3 batch archive", RECORD_CONTEXT, secondV3, true,
                        (ops) -> ops.v3().archive("contacts", "companies", v3)));
    }

    /**
     * A batch call over two inputs, the error context naming the second, and whether it
     * is a v3 call (whose path is the same in every version).
     */
    record BatchCase(String name, String context, Object failedInput, boolean v3,
            Function<AssociationsOperations, Mono<? extends BatchResult<?, ?>>> call) {

        @Override
        public String toString() {
            return this.name;
        }

    }

}
