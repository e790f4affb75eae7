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
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code ```java} block of the project's README compiles against this module's test
 * class path, which holds every module: the client, the emulator, the auto-configuration
 * and this test support. A block that declares a type is compiled as the compilation unit
 * it is; any other block is a fragment, compiled as the body of a method with the imports
 * of {@link #FRAGMENT_IMPORTS}. A failure names the block's first line, its line in the
 * README and the compiler's error.
 */
class ReadmeSnippetsTests {

    private static final Path README = Path.of("..", "README.md");

    /** A type declared at the start of a line: the block is a compilation unit. */
    private static final Pattern TYPE_DECLARATION = Pattern
        .compile("(?m)^(public |abstract |final )*(class|interface|record|enum|@interface) \\w+");

    /** What a fragment may use without importing it. */
    private static final List<String> FRAGMENT_IMPORTS = List.of("io.github.associations.*",
            "io.github.associations.client.*", "io.github.associations.model.*", "io.github.associations.resilience.*",
            "io.github.associations.oauth.*", "io.github.associations.emulator.*",
            "io.github.associations.emulator.control.*", "java.time.*", "java.util.*", "reactor.core.publisher.*",
            "org.springframework.web.reactive.function.client.WebClient");

    /**
     * The application's own types that the README's testing examples call (its
     * {@code OnboardingService}).
     */
    private static final String APPLICATION_TYPES = """
            import reactor.core.publisher.Mono;

            interface OnboardingService {

                Mono<?> onboard();

            }
            """;

    @Test
    void everyJavaSnippetOfTheReadmeCompiles(@TempDir Path classes) throws IOException {
        assertThat(README).as("the project's README, from this module's directory").isRegularFile();
        List<Snippet> snippets = Snippet.in(Files.readAllLines(README, StandardCharsets.UTF_8));
        assertThat(snippets).as("java blocks in the README").hasSizeGreaterThanOrEqualTo(6);

        Map<JavaFileObject, Snippet> sources = new LinkedHashMap<>();
        for (Snippet snippet : snippets) {
            sources.put(source("ReadmeSnippet" + snippet.readmeLine(), snippet.compilationUnit()), snippet);
        }
        List<JavaFileObject> units = new ArrayList<>(sources.keySet());
        units.add(source("ApplicationTypes", APPLICATION_TYPES));

        List<String> errors = compile(units, classes).stream()
            .filter((diagnostic) -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
            .map((diagnostic) -> describe(diagnostic, sources))
            .toList();

        assertThat(errors).as("README snippets that do not compile").isEmpty();
    }

    private static List<Diagnostic<? extends JavaFileObject>> compile(List<JavaFileObject> units, Path classes)
            throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("-proc:none", "-implicit:none", "-d", classes.toString(), "-classpath",
                    System.getProperty("java.class.path"));
            compiler.getTask(null, files, diagnostics, options, null, units).call();
        }
        return diagnostics.getDiagnostics();
    }

    private static String describe(Diagnostic<? extends JavaFileObject> diagnostic,
            Map<JavaFileObject, Snippet> sources) {
        Snippet snippet = sources.get(diagnostic.getSource());
        String message = diagnostic.getMessage(Locale.ROOT);
        if (snippet == null) {
            return message;
        }
        return "README.md line " + snippet.readmeLine(diagnostic.getLineNumber()) + ", in the snippet starting '"
                + snippet.firstLine() + "' (line " + snippet.readmeLine() + "): " + message;
    }

    private static JavaFileObject source(String name, String code) {
        return new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {

            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }

        };
    }

    /**
     * One {@code ```java} block.
     *
     * @param readmeLine the README's line number of the block's first line of code
     * @param code the block's code
     */
    record Snippet(int readmeLine, String code) {

        static List<Snippet> in(List<String> readme) {
            List<Snippet> snippets = new ArrayList<>();
            for (int i = 0; i < readme.size(); i++) {
                if (readme.get(i).strip().equals("```java")) {
                    int first = i + 1;
                    int end = first;
                    while (end < readme.size() && !readme.get(end).strip().equals("```")) {
                        end++;
                    }
                    snippets.add(new Snippet(first + 1, String.join("\n", readme.subList(first, end)) + "\n"));
                    i = end;
                }
            }
            return snippets;
        }

        String firstLine() {
            return this.code.lines().findFirst().orElse("").strip();
        }

        boolean isFragment() {
            return !TYPE_DECLARATION.matcher(this.code).find();
        }

        /**
         * The block as a compilation unit: as it is, or, for a fragment, the body of a
         * method of a class named after its line.
         */
        String compilationUnit() {
            if (!isFragment()) {
                return this.code;
            }
            return prefix() + this.code + "    }\n\n}\n";
        }

        private String prefix() {
            return FRAGMENT_IMPORTS.stream().map((name) -> "import " + name + ";\n").collect(Collectors.joining())
                    + "\nclass ReadmeFragment" + this.readmeLine + " {\n\n    void run() throws Exception {\n";
        }

        /**
         * The README's line number of a line of the compilation unit.
         */
        long readmeLine(long unitLine) {
            long prefixLines = isFragment() ? prefix().lines().count() : 0;
            return this.readmeLine + unitLine - 1 - prefixLines;
        }

    }

}
