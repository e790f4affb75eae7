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

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.client.AccessTokenProvider;
import io.github.associations.client.ApiVersion;
import io.github.associations.client.AssociationsSettings;
import io.github.associations.client.SchemaPathStyle;
import io.github.associations.model.AssociatedRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.DefaultUriBuilderFactory;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Building the template and its settings.
 */
class AssociationsTemplateTests extends EmulatorTestSupport {

    @Test
    void theCallersWebClientBuilderIsClonedNotChanged() {
        WebClient.Builder builder = WebClient.builder().defaultHeader("X-Application", "sample");
        AssociationsOperations hubSpot = AssociationsTemplate.builder()
            .webClientBuilder(builder)
            .privateAppToken(this.emulator.privateAppToken())
            .settings(this.template.getSettings())
            .build();
        builder.defaultHeader("X-Added-Later", "yes");

        hubSpot.labels().list("contacts", "companies").blockLast();

        assertThat(onlyRequest(EmulatorEndpoint.LABELS_LIST).status()).isEqualTo(200);
    }

    @Test
    void aUriBuilderFactoryOfTheCallersClientDoesNotRedirectCalls() {
        WebClient elsewhere = WebClient.builder()
            .uriBuilderFactory(new DefaultUriBuilderFactory("http://127.0.0.1:9"))
            .build();
        AssociationsOperations hubSpot = AssociationsTemplate.builder()
            .webClient(elsewhere)
            .privateAppToken(this.emulator.privateAppToken())
            .settings(this.template.getSettings())
            .build();

        hubSpot.labels().list("contacts", "companies").blockLast();

        assertThat(onlyRequest(EmulatorEndpoint.LABELS_LIST).status()).isEqualTo(200);
    }

    @Test
    void aCursorHubSpotRepeatsEndsTheStreamInsteadOfLoopingForever() {
        AtomicInteger requests = new AtomicInteger();
        String page = "{\"results\":[{\"toObjectId\":2,\"associationTypes\":[]}],"
                + "\"paging\":{\"next\":{\"after\":\"same\"}}}";
        WebClient stuck = WebClient.builder().exchangeFunction((request) -> {
            requests.incrementAndGet();
            return Mono.just(ClientResponse.create(HttpStatus.OK)
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .body(page)
                .build());
        }).build();
        AssociationsOperations hubSpot = AssociationsTemplate.builder()
            .webClient(stuck)
            .privateAppToken("pat-local")
            .settings(this.template.getSettings())
            .build();

        List<AssociatedRecord> records = hubSpot.records().list("contacts", "1", "companies").collectList().block();

        assertThat(records).hasSize(2);
        assertThat(requests).hasValue(2);
    }

    @Test
    void aTokenProviderIsRequired() {
        assertThatIllegalArgumentException().isThrownBy(() -> AssociationsTemplate.builder().build())
            .withMessage("accessTokenProvider must not be null");
    }

    @Test
    void privateAppTokensNeverShowInToString() {
        AccessTokenProvider provider = AccessTokenProvider.ofPrivateAppToken("pat-na1-secret");
        AssociationsTemplate hubSpot = AssociationsTemplate.builder().accessTokenProvider(provider).build();

        assertThat(provider.toString()).doesNotContain("pat-na1-secret");
        assertThat(hubSpot.toString()).isEqualTo("AssociationsTemplate[https://api.hubapi.com]")
            .doesNotContain("pat-na1-secret");
        assertThatIllegalArgumentException().isThrownBy(() -> AccessTokenProvider.ofPrivateAppToken(" "))
            .withMessage("accessToken must not be blank");
    }

    @Test
    void aNullPrivateAppTokenIsRefusedNamingTheParameter() {
        assertThatIllegalArgumentException().isThrownBy(() -> AccessTokenProvider.ofPrivateAppToken(null))
            .withMessage("accessToken must not be null");
    }

    @Test
    @SuppressWarnings("deprecation") // SchemaPathStyle is a v4-only choice
    void defaultsFollowHubSpotsLimits() {
        AssociationsSettings settings = AssociationsSettings.defaults();

        assertThat(settings.baseUrl()).hasToString("https://api.hubapi.com");
        assertThat(settings.pageSize()).isEqualTo(500);
        assertThat(settings.batchReadChunkSize()).isEqualTo(1000);
        assertThat(settings.batchCreateChunkSize()).isEqualTo(2000);
        assertThat(settings.batchAssociateDefaultChunkSize()).isEqualTo(1000);
        assertThat(settings.batchConcurrency()).isEqualTo(2);
        assertThat(settings.responseTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.schemaPathStyle()).isEqualTo(SchemaPathStyle.CRM_V4_ASSOCIATIONS);
    }

    @Test
    void theApiVersionIs2026_09UnlessSetAndAnUnknownOneFailsNamingTheSupportedOnes() {
        assertThat(AssociationsSettings.defaults().apiVersion()).isEqualTo(ApiVersion.V2026_09);
        assertThat(AssociationsSettings.builder().apiVersion(ApiVersion.V4).build().apiVersion())
            .isEqualTo(ApiVersion.V4);
        assertThat(ApiVersion.of("2026-09")).isEqualTo(ApiVersion.V2026_09);
        assertThat(ApiVersion.of("2026-03")).isEqualTo(ApiVersion.V2026_03);
        assertThat(ApiVersion.of(" V4 ")).isEqualTo(ApiVersion.V4);
        assertThat(ApiVersion.values()).extracting(ApiVersion::value).containsExactly("2026-09", "2026-03", "v4");
        assertThatIllegalArgumentException().isThrownBy(() -> ApiVersion.of("2025-09"))
            .withMessage("apiVersion must be one of 2026-09, 2026-03, v4, but was '2025-09'");
        assertThatIllegalArgumentException().isThrownBy(() -> ApiVersion.of("v1"))
            .withMessage("apiVersion must be one of 2026-09, 2026-03, v4, but was 'v1'");
        assertThatIllegalArgumentException().isThrownBy(() -> ApiVersion.of(" "))
            .withMessage("apiVersion must not be blank, but was ' '");
    }

    @Test
    void eachApiVersionCarriesHubSpotsDates() {
        assertThat(ApiVersion.V2026_09.released()).isEqualTo(LocalDate.of(2026, 9, 8));
        assertThat(ApiVersion.V2026_09.endOfSupport()).isEqualTo(LocalDate.of(2028, 3, 8));
        assertThat(ApiVersion.V2026_03.released()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(ApiVersion.V2026_03.endOfSupport()).isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(ApiVersion.V4.released()).isNull();
        assertThat(ApiVersion.V4.endOfSupport()).isEqualTo(LocalDate.of(2027, 3, 30));
        assertThat(ApiVersion.values()).filteredOn(ApiVersion::isDated)
            .containsExactly(ApiVersion.V2026_09, ApiVersion.V2026_03)
            .allSatisfy(
                    (version) -> assertThat(version.endOfSupport()).as("18 months after the release, by HubSpot's rule")
                        .isEqualTo(version.released().plusMonths(18)));
    }

    @Test
    void settingsBeyondHubSpotsLimitsAreRefusedNamingTheSetting() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> AssociationsSettings.builder().batchReadChunkSize(1001).build())
            .withMessage("batchReadChunkSize must be between 1 and 1000, but was 1001");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> AssociationsSettings.builder().batchCreateChunkSize(2001).build())
            .withMessage("batchCreateChunkSize must be between 1 and 2000, but was 2001");
        assertThatIllegalArgumentException().isThrownBy(() -> AssociationsSettings.builder().pageSize(0).build())
            .withMessage("pageSize must be between 1 and 500, but was 0");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> AssociationsSettings.builder().batchConcurrency(0).build())
            .withMessage("batchConcurrency must be positive, but was 0");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> AssociationsSettings.builder().responseTimeout(Duration.ZERO).build())
            .withMessage("responseTimeout must be positive, but was PT0S");
        assertThatIllegalArgumentException().isThrownBy(() -> AssociationsSettings.builder().baseUrl("ftp://x").build())
            .withMessage("baseUrl must be an absolute http(s) URL, but was 'ftp://x'");
    }

    @Test
    void pageSizeSettingIsTheStreamingListsLimit() {
        restart((options) -> options, (settings) -> settings.pageSize(2));
        this.emulator.state().addSyntheticAssociations("contacts", "1", "companies", 5);

        List<String> ids = this.template.records()
            .list("contacts", "1", "companies")
            .map((record) -> record.toObjectId())
            .collectList()
            .block();

        assertThat(ids).containsExactly("1", "2", "3", "4", "5");
        assertThat(requests(EmulatorEndpoint.RECORDS_LIST)).hasSize(3)
            .allSatisfy((request) -> assertThat(request.query()).startsWith("limit=2"));
    }

}
