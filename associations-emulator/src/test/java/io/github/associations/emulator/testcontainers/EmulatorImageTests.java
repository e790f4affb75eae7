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

package io.github.associations.emulator.testcontainers;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import io.github.associations.emulator.StandaloneEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What goes into the emulator's image, checked without Docker: only the JRE base image
 * comes from outside this machine, and the code is the standalone jar or the class path.
 */
class EmulatorImageTests {

    @TempDir
    Path dir;

    @Test
    void aStandaloneJarIsCopiedAndRunWithJavaJar() throws IOException {
        Path jar = Files.createFile(this.dir.resolve("associations-emulator-1.0-standalone.jar"));

        EmulatorImage image = EmulatorImage.fromStandaloneJar(jar);

        assertThat(image.files()).containsExactly(org.assertj.core.api.Assertions.entry("emulator.jar", jar));
        assertThat(image.dockerfile()).isEqualTo("""
                FROM eclipse-temurin:17-jre
                COPY emulator.jar /emulator/emulator.jar
                EXPOSE 8089
                ENTRYPOINT ["java", "-jar", "/emulator/emulator.jar"]
                """);
    }

    @Test
    void aClassPathIsCopiedInOrderAndRunsTheStandaloneMainClass() throws IOException {
        Path classes = Files.createDirectories(this.dir.resolve("classes"));
        Path first = Files.createFile(Files.createDirectories(this.dir.resolve("a")).resolve("lib.jar"));
        Path second = Files.createFile(Files.createDirectories(this.dir.resolve("b")).resolve("lib.jar"));

        EmulatorImage image = EmulatorImage.fromClassPath(List.of(classes, first, second));

        assertThat(image.files()).containsExactly(org.assertj.core.api.Assertions.entry("cp/0-classes", classes),
                org.assertj.core.api.Assertions.entry("cp/1-lib.jar", first),
                org.assertj.core.api.Assertions.entry("cp/2-lib.jar", second));
        assertThat(image.entrypoint()).containsExactly("java", "-cp",
                "/emulator/cp/0-classes:/emulator/cp/1-lib.jar:/emulator/cp/2-lib.jar",
                StandaloneEmulator.class.getName());
        assertThat(image.dockerfile()).startsWith("FROM eclipse-temurin:17-jre\n")
            .contains("COPY cp/2-lib.jar /emulator/cp/2-lib.jar\n");
        assertThat(image.dockerfile().lines().filter((line) -> line.startsWith("FROM"))).hasSize(1);
    }

    @Test
    void anEmptyClassPathIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> EmulatorImage.fromClassPath(List.of()))
            .withMessageContaining("entries");
    }

    @Test
    void aManifestOnlyJarStandsForTheEntriesItLists() throws IOException {
        Path lib = Files.createFile(this.dir.resolve("lib.jar"));
        Path classes = Files.createDirectories(this.dir.resolve("classes"));
        Path booter = this.dir.resolve("booter.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, lib.toUri() + " classes/ missing.jar");
        try (OutputStream out = Files.newOutputStream(booter);
                JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }

        List<Path> entries = EmulatorImage.classPath(booter + File.pathSeparator + lib + File.pathSeparator);

        assertThat(entries).containsExactly(lib, classes);
    }

    @Test
    void theStandaloneJarIsFoundNextToTheEmulatorJarOrInTheBuildsTargetDirectory() throws IOException {
        Path jar = Files.createFile(this.dir.resolve("associations-emulator-1.0.jar"));
        assertThat(EmulatorImage.standaloneJarNextTo(jar)).isNull();
        Path standalone = Files.createFile(this.dir.resolve("associations-emulator-1.0-standalone.jar"));
        assertThat(EmulatorImage.standaloneJarNextTo(jar)).isEqualTo(standalone);
        assertThat(EmulatorImage.standaloneJarNextTo(standalone)).isEqualTo(standalone);

        Path classes = Files.createDirectories(this.dir.resolve("classes"));
        Files.setLastModifiedTime(Files.createFile(classes.resolve("Emulator.class")),
                FileTime.from(Files.getLastModifiedTime(standalone).toInstant().minusSeconds(60)));
        assertThat(EmulatorImage.standaloneJarNextTo(classes)).isEqualTo(standalone);
        assertThat(EmulatorImage.standaloneJarNextTo(Files.createDirectories(this.dir.resolve("x/classes")))).isNull();
    }

    @Test
    void aStandaloneJarOlderThanTheBuildsClassesIsNotUsed() throws IOException {
        Path standalone = Files.createFile(this.dir.resolve("associations-emulator-1.0-standalone.jar"));
        Path classes = Files.createDirectories(this.dir.resolve("classes/io/github"));
        Files.setLastModifiedTime(Files.createFile(classes.resolve("Emulator.class")),
                FileTime.from(Files.getLastModifiedTime(standalone).toInstant().plusSeconds(60)));

        assertThat(EmulatorImage.standaloneJarNextTo(this.dir.resolve("classes"))).isNull();
    }

    @Test
    void theRunningEmulatorsImageNeedsNothingButTheBaseImageFromOutside() {
        EmulatorImage image = EmulatorImage.forRunningEmulator();

        assertThat(image.dockerfile().lines().filter((line) -> line.startsWith("FROM")))
            .containsExactly("FROM " + EmulatorImage.BASE_IMAGE);
        assertThat(image.dockerfile()).doesNotContain("RUN ").doesNotContain("ADD ").doesNotContain("://");
        assertThat(image.files().values()).isNotEmpty().allSatisfy((file) -> assertThat(file).exists());
    }

    @Test
    void theContainerNamesItsImageForTheHubSpotServiceConnection() {
        assertThat(
                org.testcontainers.utility.DockerImageName.parse(HubSpotEmulatorContainer.IMAGE_NAME).getRepository())
            .isEqualTo("hubspot");
    }

}
