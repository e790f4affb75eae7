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

package io.github.associations.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The {@code User-Agent} the client sends: this library and its version (written into a
 * resource at build time), and the Java version.
 *
 * @since 0.1.0
 */
public final class UserAgent {

    /** The library's name, as it appears in the {@code User-Agent}. */
    public static final String PRODUCT = "hubspot-associations-java";

    private static final String VALUE = PRODUCT + "/" + version() + " Java/" + System.getProperty("java.version");

    private UserAgent() {
    }

    /**
     * The value sent: {@code hubspot-associations-java/<version> Java/<java version>}.
     * @return the value of the header
     */
    public static String value() {
        return VALUE;
    }

    /**
     * Send this {@code User-Agent} from a client builder unless the application already
     * set one on it.
     * @param builder the builder of the client's own {@code WebClient}
     * @return the same builder
     */
    public static WebClient.Builder applyUnlessSet(WebClient.Builder builder) {
        return builder.defaultHeaders((headers) -> {
            if (headers.getFirst(HttpHeaders.USER_AGENT) == null) {
                headers.set(HttpHeaders.USER_AGENT, VALUE);
            }
        });
    }

    private static String version() {
        try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "unknown").strip();
            // An unfiltered resource (an IDE build without Maven) still names the
            // library.
            return (version.isEmpty() || version.startsWith("${")) ? "unknown" : version;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
