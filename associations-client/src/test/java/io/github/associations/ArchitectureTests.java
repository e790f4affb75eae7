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

import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.LocationProvider;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The client's layers, checked on its main classes: packages import each other in one
 * direction only, the argument checks of the project are used instead of
 * {@code Objects.requireNonNull}, and the operation groups are siblings.
 */
@AnalyzeClasses(locations = ArchitectureTests.MainClasses.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /**
     * Every package of the client is a slice, the root {@code io.github.associations}
     * included (which {@code io.github.associations.(**)} would leave out).
     */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("io.github.(associations..)")
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
        .because("arguments are checked with io.github.associations.check.Arguments, whose failures name the "
                + "parameter as an IllegalArgumentException");

    @ArchTest
    static final ArchRule noOperationGroupRefersToAnother = classes().that()
        .haveNameMatching(".*\\.Default\\w+Operations(\\$.*)?")
        .should(new ArchCondition<JavaClass>("not depend on another operation group's implementation") {

            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    String target = topLevelName(dependency.getTargetClass());
                    if (isGroupImplementation(target) && !target.equals(topLevelName(item))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }

        });

    private static String topLevelName(JavaClass javaClass) {
        String name = javaClass.getName();
        int nested = name.indexOf('$');
        return (nested < 0) ? name : name.substring(0, nested);
    }

    private static boolean isGroupImplementation(String className) {
        return className.matches(".*\\.Default\\w+Operations");
    }

    /**
     * The main classes of this module only: not its tests, not the emulator's classes
     * that the tests use.
     */
    static class MainClasses implements LocationProvider {

        @Override
        public Set<Location> get(Class<?> testClass) {
            try {
                return Set.of(Location
                    .of(AssociationsTemplate.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
            }
            catch (URISyntaxException ex) {
                throw new IllegalStateException(ex);
            }
        }

    }

}
