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

package io.github.associations.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import io.github.associations.client.ApiVersion;
import io.github.associations.client.SchemaPathStyle;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.model.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The call catalog against the emulator's own table of HubSpot's paths: every call has
 * its path in every API version, the version named literally where HubSpot puts it.
 */
@SuppressWarnings("deprecation") // SchemaPathStyle: the v4-only path forms
class CallsTests {

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiVersion.class)
    void everyCallsPathIsHubSpotsPathOfTheCallInTheVersion(ApiVersion version) {
        List<Call<?>> calls = calls();
        assertThat(calls).hasSize(23);
        for (Call<?> call : calls) {
            EmulatorEndpoint endpoint = EmulatorEndpoint.valueOf(call.operation().name());
            String path = call.path(version, SchemaPathStyle.CRM_V4_ASSOCIATIONS);
            if (call.operation().name().startsWith("V3_")) {
                assertThat(endpoint.pathTemplates(io.github.associations.emulator.control.ApiVersion.V3))
                    .as(call.toString())
                    .containsExactly(path);
                continue;
            }
            io.github.associations.emulator.control.ApiVersion emulated = io.github.associations.emulator.control.ApiVersion
                .fromValue(version.value());
            assertThat(endpoint.pathTemplates(emulated)).as("%s in %s", call, version).contains(path);
            assertThat(endpoint.pathTemplates(emulated).get(0)).as("%s in %s", call, version).isEqualTo(path);
            assertThat(path).as("%s in %s", call, version).contains("/" + version.value() + "/");
            if (version.isDated()) {
                assertThat(path).doesNotContain("v4");
            }
        }
    }

    @Test
    void inV4TheLabelsAndLimitsCallsHaveTheirSecondPathForm() {
        for (Call<?> call : calls()) {
            String path = call.path(ApiVersion.V4, SchemaPathStyle.CRM_ASSOCIATIONS_V4);
            String name = call.operation().name();
            if (name.startsWith("LABELS_") || name.startsWith("LIMITS_")) {
                assertThat(path).as(call.toString()).startsWith("/crm/associations/v4/");
            }
            else {
                assertThat(path).as(call.toString())
                    .isEqualTo(call.path(ApiVersion.V4, SchemaPathStyle.CRM_V4_ASSOCIATIONS));
            }
            assertThat(EmulatorEndpoint.valueOf(name).pathTemplates()).as(call.toString()).contains(path);
        }
        for (ApiVersion dated : List.of(ApiVersion.V2026_09, ApiVersion.V2026_03)) {
            assertThat(Calls.LABELS_LIST.path(dated, SchemaPathStyle.CRM_ASSOCIATIONS_V4)).as("one form in %s", dated)
                .isEqualTo(Calls.LABELS_LIST.path(dated, SchemaPathStyle.CRM_V4_ASSOCIATIONS));
        }
    }

    @Test
    void aPathMustNameItsVersionAndEveryVersionNeedsOne() {
        assertThatIllegalStateException()
            .isThrownBy(() -> Call.get(Operation.LABELS_LIST)
                .path(ApiVersion.V2026_03, "/crm/associations/2026-09/{fromObjectType}/{toObjectType}/labels"))
            .withMessage("labels.list: the path '/crm/associations/2026-09/{fromObjectType}/{toObjectType}/labels' "
                    + "does not name API version 2026-03");
        assertThatIllegalStateException()
            .isThrownBy(() -> Call.get(Operation.LABELS_LIST)
                .path(ApiVersion.V4, "/crm/v4/associations/{fromObjectType}/{toObjectType}/labels")
                .readsNothing())
            .withMessage("labels.list has no path in API version 2026-09");
    }

    private static List<Call<?>> calls() {
        List<Call<?>> calls = new ArrayList<>();
        for (Field field : Calls.class.getFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            try {
                Object value = field.get(null);
                if (value instanceof Call<?> call) {
                    calls.add(call);
                }
                else if (value instanceof BatchCall<?, ?, ?> batch) {
                    calls.add(batch.call());
                }
            }
            catch (IllegalAccessException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return calls;
    }

}
