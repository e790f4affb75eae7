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

package io.github.associations.redis;

import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.LocationProvider;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The Redis store's main classes: arguments are checked with the client's
 * {@code Arguments}, and nothing reaches into the client's internals.
 */
@AnalyzeClasses(locations = ArchitectureTests.MainClasses.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /**
     * As in Spring Boot's build, the forms with a message: the one-argument form is also
     * what the compiler emits for a bound method reference ({@code this::name}), so it
     * cannot tell a check from a reference.
     */
    @ArchTest
    static final ArchRule noClassCallsObjectsRequireNonNull = noClasses().should()
        .callMethod(Objects.class, "requireNonNull", Object.class, String.class)
        .orShould()
        .callMethod(Objects.class, "requireNonNull", Object.class, Supplier.class)
        .because("arguments are checked with io.github.associations.check.Arguments, whose failures name the "
                + "parameter as an IllegalArgumentException");

    @ArchTest
    static final ArchRule noClassUsesTheClientsInternals = noClasses().should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.associations.internal..")
        .because("the store implements the client's public RateLimitStore SPI only");

    /**
     * The main classes of this module only.
     */
    static class MainClasses implements LocationProvider {

        @Override
        public Set<Location> get(Class<?> testClass) {
            try {
                return Set.of(Location
                    .of(RedisRateLimitStore.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
            }
            catch (URISyntaxException ex) {
                throw new IllegalStateException(ex);
            }
        }

    }

}
