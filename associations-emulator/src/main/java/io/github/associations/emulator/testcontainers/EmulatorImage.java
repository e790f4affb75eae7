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
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import io.github.associations.emulator.HubSpotEmulator;
import io.github.associations.emulator.StandaloneEmulator;
import org.jspecify.annotations.Nullable;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * The image {@link HubSpotEmulatorContainer} runs: the emulator's code on an
 * {@value #BASE_IMAGE} base, built locally with Testcontainers'
 * {@link ImageFromDockerfile}. Nothing but the base image is pulled: the emulator's code
 * comes from this machine, in one of two forms.
 * <ul>
 * <li>The standalone jar ({@code associations-emulator-<version>-standalone.jar}), when
 * it is named by the system property {@value #STANDALONE_JAR_PROPERTY} or lies next to
 * the emulator jar (or in the {@code target} directory of a build, unless classes were
 * compiled after it): the image runs {@code java -jar} on it.</li>
 * <li>Otherwise the class path of the running JVM, which holds the emulator and its
 * dependencies because the test uses them: every jar and class directory is copied and
 * the image runs {@code java -cp} on them.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class EmulatorImage {

    /** The JRE the emulator runs on. */
    public static final String BASE_IMAGE = "eclipse-temurin:17-jre";

    /** The system property that names the standalone jar to use. */
    public static final String STANDALONE_JAR_PROPERTY = "hubspot.emulator.standalone-jar";

    private static final String HOME = "/emulator";

    private final Map<String, Path> files;

    private final List<String> entrypoint;

    private EmulatorImage(Map<String, Path> files, List<String> entrypoint) {
        this.files = Collections.unmodifiableMap(files);
        this.entrypoint = List.copyOf(entrypoint);
    }

    /**
     * The image for the emulator code this JVM runs: the standalone jar if one is found,
     * else the class path.
     * @return the image
     */
    public static EmulatorImage forRunningEmulator() {
        String configured = System.getProperty(STANDALONE_JAR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path jar = Paths.get(configured);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(
                        "System property " + STANDALONE_JAR_PROPERTY + " names " + jar + ", which is not a file");
            }
            return fromStandaloneJar(jar);
        }
        Path standalone = standaloneJarNextTo(codeLocation());
        return (standalone != null) ? fromStandaloneJar(standalone)
                : fromClassPath(classPath(System.getProperty("java.class.path", "")));
    }

    /**
     * An image that runs the standalone jar.
     * @param jar the standalone jar
     * @return the image
     */
    public static EmulatorImage fromStandaloneJar(Path jar) {
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("emulator.jar", jar);
        return new EmulatorImage(files, List.of("java", "-jar", HOME + "/emulator.jar"));
    }

    /**
     * An image that runs the emulator's main class from class path entries (jars and
     * class directories).
     * @param entries the class path, in order
     * @return the image
     * @throws IllegalArgumentException if {@code entries} is empty
     */
    public static EmulatorImage fromClassPath(List<Path> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("entries must not be empty");
        }
        Map<String, Path> files = new LinkedHashMap<>();
        List<String> classPath = new ArrayList<>();
        int index = 0;
        for (Path entry : entries) {
            // Numbered, so that equal file names from different directories do not
            // collide and the order stays
            String name = "cp/" + (index++) + "-" + entry.getFileName();
            files.put(name, entry);
            classPath.add(HOME + "/" + name);
        }
        return new EmulatorImage(files,
                List.of("java", "-cp", String.join(":", classPath), StandaloneEmulator.class.getName()));
    }

    /**
     * The Dockerfile.
     * @return its text
     */
    public String dockerfile() {
        StringBuilder dockerfile = new StringBuilder("FROM " + BASE_IMAGE + "\n");
        for (String name : this.files.keySet()) {
            dockerfile.append("COPY ").append(name).append(' ').append(HOME).append('/').append(name).append('\n');
        }
        dockerfile.append("EXPOSE ").append(HubSpotEmulatorContainer.PORT).append('\n');
        dockerfile.append("ENTRYPOINT [");
        for (int i = 0; i < this.entrypoint.size(); i++) {
            dockerfile.append((i > 0) ? ", " : "").append('"').append(this.entrypoint.get(i)).append('"');
        }
        return dockerfile.append("]\n").toString();
    }

    /**
     * The files of the build context, by their path in it, the Dockerfile excepted.
     * @return the files (jars or directories) on this machine
     */
    public Map<String, Path> files() {
        return this.files;
    }

    /**
     * The command the image runs, before the emulator's options.
     * @return the entrypoint
     */
    public List<String> entrypoint() {
        return this.entrypoint;
    }

    /**
     * The Testcontainers image, built when a container first needs it.
     * @param imageName the name to give the image
     * @return the image
     */
    public ImageFromDockerfile toImageFromDockerfile(String imageName) {
        // Kept after the run so that Docker's layer cache serves the next build
        ImageFromDockerfile image = new ImageFromDockerfile(imageName, false).withFileFromString("Dockerfile",
                dockerfile());
        this.files.forEach(image::withFileFromPath);
        return image;
    }

    @Override
    public String toString() {
        return "EmulatorImage[" + this.entrypoint + "]";
    }

    /**
     * The entries of a class path; a jar whose manifest carries a {@code Class-Path} (as
     * Maven Surefire's booter jar does) stands for the entries it lists. Entries that do
     * not exist are left out.
     * @param classPath the class path, entries separated by the platform's path separator
     * @return the entries, in order, without repeats
     */
    static List<Path> classPath(String classPath) {
        Set<Path> entries = new LinkedHashSet<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                addEntry(Paths.get(entry).toAbsolutePath().normalize(), entries);
            }
        }
        return new ArrayList<>(entries);
    }

    private static void addEntry(Path entry, Set<Path> entries) {
        if (!Files.exists(entry) || entries.contains(entry)) {
            return;
        }
        List<Path> listed = Files.isRegularFile(entry) ? manifestClassPath(entry) : List.of();
        if (listed.isEmpty()) {
            entries.add(entry);
            return;
        }
        listed.forEach((path) -> addEntry(path, entries));
    }

    private static List<Path> manifestClassPath(Path jar) {
        try (JarFile jarFile = new JarFile(jar.toFile())) {
            Manifest manifest = jarFile.getManifest();
            String classPath = (manifest != null) ? manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH)
                    : null;
            if (classPath == null || classPath.isBlank()) {
                return List.of();
            }
            List<Path> entries = new ArrayList<>();
            URI base = jar.toUri();
            for (String entry : classPath.trim().split("\\s+")) {
                entries.add(Paths.get(base.resolve(entry)).toAbsolutePath().normalize());
            }
            return entries;
        }
        catch (IOException | IllegalArgumentException ex) {
            return List.of();
        }
    }

    /**
     * The standalone jar that belongs with the emulator code at {@code location}: next to
     * the emulator jar, or in the {@code target} directory a build's
     * {@code target/classes} lies in, provided no class is newer than the jar.
     */
    static @Nullable Path standaloneJarNextTo(@Nullable Path location) {
        if (location == null) {
            return null;
        }
        if (Files.isRegularFile(location)) {
            String name = location.getFileName().toString();
            if (name.endsWith("-standalone.jar")) {
                return location;
            }
            Path sibling = location.resolveSibling(name.replaceFirst("\\.jar$", "-standalone.jar"));
            return Files.isRegularFile(sibling) ? sibling : null;
        }
        Path target = location.getParent();
        if (target == null || !Files.isDirectory(target)) {
            return null;
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "associations-emulator-*-standalone.jar")) {
            for (Path jar : jars) {
                // A build that compiled without packaging leaves the previous jar behind:
                // the classes are newer then
                return isStale(jar, location) ? null : jar;
            }
            return null;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static boolean isStale(Path jar, Path classes) throws IOException {
        FileTime built = Files.getLastModifiedTime(jar);
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(Files::isRegularFile).anyMatch((file) -> {
                try {
                    return Files.getLastModifiedTime(file).compareTo(built) > 0;
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        }
    }

    private static @Nullable Path codeLocation() {
        CodeSource source = HubSpotEmulator.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            return Paths.get(source.getLocation().toURI());
        }
        catch (URISyntaxException | IllegalArgumentException ex) {
            return null;
        }
    }

}
