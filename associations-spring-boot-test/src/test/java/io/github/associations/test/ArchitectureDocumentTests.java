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

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every module, package, class and member that {@code docs/architecture.md} names exists,
 * so that the map cannot drift from the house.
 *
 * @author the original author or authors
 */
class ArchitectureDocumentTests {

    private static final Path DOCUMENT = Path.of("..", "docs", "architecture.md");

    /**
     * A name in backquotes or a Mermaid label: a package, a class, a member of a class.
     */
    private static final Pattern QUOTED = Pattern.compile("`@?([A-Za-z][\\w.*-]*)(\\([^`]*\\))?`");

    /** A class name in the Mermaid diagrams' labels and participants. */
    private static final Pattern CAMEL_CASE = Pattern.compile("\\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\\b");

    /** Names the document uses that are not classes of this project. */
    private static final Set<String> NOT_PROJECT_CLASSES = Set.of("HubSpot", "WebFlux", "WebClient", "ArchUnit",
            "GitHub");

    /** Types of other projects the document names in backquotes. */
    private static final Set<String> OTHER_PROJECTS_TYPES = Set.of("WebClient", "Retry", "Mono", "Flux", "Stream",
            "ServiceConnection", "Bean");

    private static String document;

    private static Map<String, List<String>> classesBySimpleName;

    @BeforeAll
    static void readDocumentAndClasses() throws IOException {
        document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        classesBySimpleName = new HashMap<>();
        MetadataReaderFactory readers = new SimpleMetadataReaderFactory();
        Resource[] resources = new PathMatchingResourcePatternResolver()
            .getResources("classpath*:io/github/associations/**/*.class");
        for (Resource resource : resources) {
            String className = readers.getMetadataReader(resource).getClassMetadata().getClassName();
            String simpleName = className.substring(className.lastIndexOf('.') + 1);
            if (!simpleName.contains("$")) {
                classesBySimpleName.computeIfAbsent(simpleName, (key) -> new ArrayList<>()).add(className);
            }
        }
    }

    @Test
    void everyModuleNamedIsAModuleOfTheBuild() {
        List<String> missing = quotedNames().stream()
            .filter((name) -> name.startsWith("associations-") || name.equals("sample-app")
                    || name.equals("benchmarks"))
            .filter((module) -> !Files.isRegularFile(Path.of("..", module, "pom.xml")))
            .toList();

        assertThat(quotedNames()).contains("associations-client", "associations-spring-boot-test");
        assertThat(missing).as("modules named in docs/architecture.md that do not exist").isEmpty();
    }

    @Test
    void everyPackageNamedHasClasses() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<String> packages = new ArrayList<>(
                quotedNames().stream().filter((name) -> name.startsWith("io.github.associations")).toList());
        Matcher labels = Pattern.compile("\"(io\\.github\\.associations[\\w.]*)<br/>").matcher(document);
        while (labels.find()) {
            packages.add(labels.group(1));
        }
        List<String> missing = new ArrayList<>();
        for (String name : packages) {
            // "a.b.*" names the packages under a.b
            String classes = name.endsWith(".*") ? name.substring(0, name.length() - 2) + ".**" : name;
            String path = ClassUtils.convertClassNameToResourcePath(classes);
            if (resolver.getResources("classpath*:" + path + "/*.class").length == 0) {
                missing.add(name);
            }
        }

        assertThat(packages).hasSizeGreaterThan(10);
        assertThat(missing).as("packages named in docs/architecture.md without classes").isEmpty();
    }

    @Test
    void everyClassAndMemberNamedExists() {
        Set<String> names = new LinkedHashSet<>();
        for (String name : quotedNames()) {
            if (Character.isUpperCase(name.charAt(0)) && !OTHER_PROJECTS_TYPES.contains(name)) {
                names.add(name);
            }
        }
        for (String block : mermaidBlocks()) {
            Matcher camelCase = CAMEL_CASE.matcher(block);
            while (camelCase.find()) {
                names.add(camelCase.group());
            }
        }
        names.removeAll(NOT_PROJECT_CLASSES);
        List<String> missing = names.stream().filter((name) -> !exists(name)).toList();

        assertThat(names).contains("CallPipeline", "HubSpotExchange", "AssociationsTemplate");
        assertThat(missing).as("classes or members named in docs/architecture.md that do not exist").isEmpty();
    }

    private static boolean exists(String name) {
        String[] parts = name.split("\\.", 2);
        String simpleName = parts[0].endsWith("*") ? parts[0].substring(0, parts[0].length() - 1) : parts[0];
        if (parts[0].endsWith("*")) {
            return classesBySimpleName.keySet().stream().anyMatch((candidate) -> candidate.startsWith(simpleName));
        }
        List<String> classes = classesBySimpleName.getOrDefault(simpleName, List.of());
        if (parts.length == 1) {
            return !classes.isEmpty();
        }
        return classes.stream().anyMatch((className) -> hasMember(className, parts[1]));
    }

    private static boolean hasMember(String className, String member) {
        try {
            Class<?> type = ClassUtils.forName(className, ArchitectureDocumentTests.class.getClassLoader());
            boolean field = Arrays.stream(type.getDeclaredFields()).map(Field::getName).anyMatch(member::equals);
            boolean method = Arrays.stream(type.getDeclaredMethods()).map(Method::getName).anyMatch(member::equals);
            return field || method;
        }
        catch (ClassNotFoundException | LinkageError ex) {
            return false;
        }
    }

    private static Set<String> quotedNames() {
        Set<String> names = new LinkedHashSet<>();
        Matcher quoted = QUOTED.matcher(document);
        while (quoted.find()) {
            names.add(quoted.group(1));
        }
        return names;
    }

    private static List<String> mermaidBlocks() {
        List<String> blocks = new ArrayList<>();
        Matcher block = Pattern.compile("(?s)```mermaid\\n(.*?)```").matcher(document);
        while (block.find()) {
            blocks.add(block.group(1));
        }
        assertThat(blocks).as("Mermaid diagrams in docs/architecture.md").isNotEmpty();
        return blocks;
    }

}
