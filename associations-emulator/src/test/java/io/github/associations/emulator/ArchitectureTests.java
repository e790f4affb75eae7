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

package io.github.associations.emulator;

import java.util.Objects;
import java.util.function.Supplier;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Architecture rules over the emulator's main classes, after Spring Boot's own
 * {@code ArchitectureRules}: no package depends on itself through others, and argument
 * checks throw {@link IllegalArgumentException} rather than calling
 * {@link Objects#requireNonNull}.
 */
class ArchitectureTests {

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages("io.github.associations.emulator");

    @Test
    void rulesSeeEveryPackageOfTheMainCode() {
        assertThat(MAIN_CLASSES.contain(HubSpotEmulator.class)).isTrue();
        assertThat(MAIN_CLASSES.containPackage("io.github.associations.emulator.internal.store")).isTrue();
        assertThat(MAIN_CLASSES.contain(ArchitectureTests.class)).isFalse();
    }

    @Test
    void packagesAreFreeOfCycles() {
        ArchRule rule = SlicesRuleDefinition.slices().matching("(**)").should().beFreeOfCycles();
        rule.check(MAIN_CLASSES);
    }

    @Test
    void noClassCallsObjectsRequireNonNull() {
        // The one-argument form is left out, as in Spring Boot's rule: javac emits it for
        // method references such as this.store::page.
        ArchRule rule = noClasses().should()
            .callMethod(Objects.class, "requireNonNull", Object.class, String.class)
            .orShould()
            .callMethod(Objects.class, "requireNonNull", Object.class, Supplier.class)
            .because("argument checks throw IllegalArgumentException naming the parameter (Spring's Assert)");
        rule.check(MAIN_CLASSES);
    }

}
