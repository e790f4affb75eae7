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

import io.github.associations.emulator.internal.http.ApiException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The paging cursor.
 */
class PagingCursorTests {

    @Test
    void pagingCursorMatchesHubSpotsEncoding() {
        assertThat(PagingCursor.encode("0-2", 1597400658L)).isEqualTo("MC0yLTE1OTc0MDA2NTg%3D");
        assertThat(PagingCursor.encode("0-2", 7502)).isEqualTo("MC0yLTc1MDI%3D");
        assertThat(PagingCursor.decode("MC0yLTE1OTc0MDA2NTg%3D", "0-2")).isEqualTo(1597400658L);
        assertThat(PagingCursor.decode("MC0yLTE1OTc0MDA2NTg=", "0-2")).isEqualTo(1597400658L);
        assertThat(PagingCursor.decode("MC0yLTE1OTc0MDA2NTg", "0-2")).isEqualTo(1597400658L);
        assertThatExceptionOfType(ApiException.class).isThrownBy(() -> PagingCursor.decode("MC0yLTc1MDI%3D", "0-1"));
        assertThatExceptionOfType(ApiException.class).isThrownBy(() -> PagingCursor.decode("%zz", "0-2"));
        assertThatExceptionOfType(ApiException.class).isThrownBy(() -> PagingCursor.decode("bm9wZQ==", "0-2"));
    }

}
