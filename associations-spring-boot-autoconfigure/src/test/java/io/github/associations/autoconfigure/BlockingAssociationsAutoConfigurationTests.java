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

package io.github.associations.autoconfigure;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.associations.AssociationsOperations;
import io.github.associations.blocking.BlockingAssociationsOperations;
import io.github.associations.blocking.BlockingAssociationsTemplate;
import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.emulator.control.EmulatorEndpoint;
import io.github.associations.emulator.control.EmulatorOptions;
import io.github.associations.model.AssociatedRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The auto-configured {@link BlockingAssociationsOperations} in a Spring MVC application
 * context, against the in-process emulator.
 */
class BlockingAssociationsAutoConfigurationTests {

    private static HubSpotEmulator emulator;

    private WebApplicationContextRunner contextRunner;

    @BeforeAll
    static void startEmulator() {
        emulator = HubSpotEmulator
            .start(EmulatorOptions.builder().strictRecords(false).noRateLimit().noDailyLimit().build());
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void freshEmulator() {
        emulator.reset();
        this.contextRunner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HubSpotAutoConfiguration.class, WebMvcAutoConfiguration.class))
            .withPropertyValues("hubspot.base-url=" + emulator.baseUrl(), "hubspot.rate-limit.enabled=false",
                    "hubspot.access-token=" + emulator.privateAppToken());
    }

    @Test
    void blockingOperationsBeanServesASpringMvcController() {
        this.contextRunner.withUserConfiguration(ControllerConfiguration.class).run((context) -> {
            assertThat(context).hasSingleBean(AssociationsOperations.class)
                .hasSingleBean(BlockingAssociationsOperations.class);
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context.getSourceApplicationContext()).build();

            mvc.perform(put("/companies/5/contacts/41")).andExpect(status().isOk());
            mvc.perform(put("/companies/5/contacts/42")).andExpect(status().isOk());
            mvc.perform(get("/companies/5/contacts")).andExpect(status().isOk()).andExpect(content().string("41,42"));

            assertThat(emulator.requests().count(EmulatorEndpoint.RECORDS_ASSOCIATE_DEFAULT)).isEqualTo(2);
            assertThat(emulator.requests().count(EmulatorEndpoint.RECORDS_LIST)).isEqualTo(1);
        });
    }

    @Test
    void blockingOperationsWrapTheApplicationsOwnReactiveBean() {
        AssociationsOperations own = Mockito.mock(AssociationsOperations.class);
        this.contextRunner.withBean(AssociationsOperations.class, () -> own).run((context) -> {
            assertThat(context).hasSingleBean(BlockingAssociationsTemplate.class);
            assertThat(context.getBean(BlockingAssociationsTemplate.class).getReactiveOperations()).isSameAs(own);
        });
    }

    @Test
    void userDefinedBlockingOperationsBeanMakesAutoConfigurationBackOff() {
        BlockingAssociationsOperations own = Mockito.mock(BlockingAssociationsOperations.class);
        this.contextRunner.withBean(BlockingAssociationsOperations.class, () -> own).run((context) -> {
            assertThat(context).hasSingleBean(BlockingAssociationsOperations.class);
            assertThat(context.getBean(BlockingAssociationsOperations.class)).isSameAs(own);
            assertThat(context).hasSingleBean(AssociationsOperations.class);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class ControllerConfiguration {

        @Bean
        CompanyContactsController companyContactsController(BlockingAssociationsOperations associations) {
            return new CompanyContactsController(associations);
        }

    }

    @RestController
    static class CompanyContactsController {

        private final BlockingAssociationsOperations associations;

        CompanyContactsController(BlockingAssociationsOperations associations) {
            this.associations = associations;
        }

        @PutMapping("/companies/{companyId}/contacts/{contactId}")
        void link(@PathVariable String companyId, @PathVariable String contactId) {
            this.associations.records().associateDefault("companies", companyId, "contacts", contactId);
        }

        @GetMapping(path = "/companies/{companyId}/contacts", produces = "text/plain")
        String contacts(@PathVariable String companyId) {
            try (Stream<AssociatedRecord> records = this.associations.records()
                .list("companies", companyId, "contacts")) {
                return records.map(AssociatedRecord::toObjectId).collect(Collectors.joining(","));
            }
        }

    }

}
