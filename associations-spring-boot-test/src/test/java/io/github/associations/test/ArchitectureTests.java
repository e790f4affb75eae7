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

package io.github.associations.test;

import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.LocationProvider;
import com.tngtech.archunit.lang.ArchRule;
import io.github.associations.test.emulator.AutoConfigureHubSpotEmulator;

import org.springframework.context.annotation.Condition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Architecture rules over the test support's main classes, after Spring Boot's own
 * {@code ArchitectureRules}: packages import each other in one direction only, arguments
 * are checked with Spring's {@code Assert} rather than {@code Objects.requireNonNull},
 * and conditions are not public.
 */
@AnalyzeClasses(locations = ArchitectureTests.MainClasses.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /**
     * Every package of the module is a slice.
     */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("io.github.(associations.test..)")
        .should()
        .beFreeOfCycles();

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
        .because("arguments are checked with Spring's Assert, whose failures are IllegalArgumentExceptions");

    @ArchTest
    static final ArchRule conditionsAreNotPublic = noClasses().that()
        .areAssignableTo(Condition.class)
        .and()
        .doNotHaveModifier(JavaModifier.ABSTRACT)
        .should()
        .bePublic()
        .allowEmptyShould(true)
        .because("a condition is a detail of the configuration that uses it, as in Spring Boot");

    /**
     * The main classes of this module only: not its tests, not the auto-configuration's,
     * the client's or the emulator's classes.
     */
    static class MainClasses implements LocationProvider {

        @Override
        public Set<Location> get(Class<?> testClass) {
            try {
                return Set.of(Location.of(AutoConfigureHubSpotEmulator.class.getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI()));
            }
            catch (URISyntaxException ex) {
                throw new IllegalStateException(ex);
            }
        }

    }

}
