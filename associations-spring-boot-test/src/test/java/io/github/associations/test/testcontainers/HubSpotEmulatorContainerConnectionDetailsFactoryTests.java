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

package io.github.associations.test.testcontainers;

import java.util.ArrayList;
import java.util.List;

import io.github.associations.emulator.testcontainers.HubSpotEmulatorContainer;
import org.junit.jupiter.api.Test;
import org.testcontainers.utility.DockerImageName;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactory;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code @ServiceConnection} factory is found as Spring Boot finds its own, under the
 * name the emulator container's image yields. The container itself runs in
 * {@code ContainerHubSpotContractTests} where Docker is.
 */
class HubSpotEmulatorContainerConnectionDetailsFactoryTests {

    @Test
    void theFactoryIsRegisteredForSpringBootToFind() {
        // As Spring Boot loads them: factories of technologies absent from this class
        // path are skipped
        List<String> skipped = new ArrayList<>();
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation()
            .load(ConnectionDetailsFactory.class,
                    (factoryType, factoryImplementationName, failure) -> skipped.add(factoryImplementationName)))
            .hasAtLeastOneElementOfType(HubSpotEmulatorContainerConnectionDetailsFactory.class);
        assertThat(skipped).noneMatch((name) -> name.startsWith("io.github.associations"));
    }

    @Test
    void theContainersImageNameIsTheConnectionNameHubSpot() {
        // Spring Boot deduces a container's connection name from its image's repository
        assertThat(DockerImageName.parse(HubSpotEmulatorContainer.IMAGE_NAME).getRepository()).isEqualTo("hubspot");
    }

}
