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

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.github.associations.client.ApiVersion;
import io.github.associations.client.SchemaPathStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.web.util.DefaultUriBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The URIs of requests, expanded from pre-split templates: the same URIs, and the same
 * templates recorded for {@code WebClient}'s observations, as {@code WebClient} with the
 * template's {@link DefaultUriBuilderFactory} made before.
 */
@SuppressWarnings("deprecation") // SchemaPathStyle: the v4-only path forms
class UriExpansionTests {

    private static final String TEMPLATE = "/crm/objects/2026-09/{objectType}/{objectId}/associations/{toObjectType}"
            + "?limit={limit}&after={after}";

    @ParameterizedTest
    @ValueSource(strings = { "https://api.hubapi.com", "https://api.hubapi.com/", "http://127.0.0.1:8080/hubspot",
            "http://127.0.0.1:8080/hubspot/" })
    void expandsAsWebClientsUriBuilderFactoryDoes(String baseUrl) {
        DefaultUriBuilderFactory factory = factory(baseUrl);
        HubSpotExchange.ExpandedTemplate template = new HubSpotExchange.UriFactory(URI.create(baseUrl))
            .template(TEMPLATE);
        assertThat(template).isNotNull();
        List<Object[]> cases = List.of(new Object[] { "contacts", "1", "companies", 500, "abc" },
                new Object[] { "0-1", "12 34", "p_my object", 10, "a/b?c=d&e#f" },
                new Object[] { "contacts", "ünï cödé", "2-123", 1, "100%+sure~._-" },
                new Object[] { "contacts", "{objectId}", "companies", 7L, "=&;,$!*'()[]:@" });
        for (Object[] values : cases) {
            assertThat(template.expand(values)).isEqualTo(factory.expand(TEMPLATE, values));
        }
        assertThat(template.uriTemplate()).isEqualTo(factory.uriString(TEMPLATE).toUriString());
    }

    @Test
    void expandsEveryCallOfEveryVersionWithAndWithoutItsQuery() {
        HubSpotExchange.UriFactory uris = new HubSpotExchange.UriFactory(URI.create("https://api.hubapi.com"));
        DefaultUriBuilderFactory factory = factory("https://api.hubapi.com");
        List<String> paths = new ArrayList<>();
        for (ApiVersion version : ApiVersion.values()) {
            for (SchemaPathStyle style : SchemaPathStyle.values()) {
                for (Call<?> call : calls()) {
                    try {
                        paths.add(call.path(version, style));
                        paths.add(withQuery(call.path(version, style), call.query()));
                    }
                    catch (IllegalStateException ex) {
                        // Not in this version
                    }
                }
            }
        }
        assertThat(paths).hasSizeGreaterThan(23);
        for (String template : paths) {
            HubSpotExchange.ExpandedTemplate expanded = uris.template(template);
            assertThat(expanded).as(template).isNotNull();
            Object[] values = new Object[expanded.literals().length - 1];
            for (int i = 0; i < values.length; i++) {
                values[i] = "v " + i + "/?";
            }
            assertThat(expanded.expand(values)).as(template).isEqualTo(factory.expand(template, values));
        }
    }

    private static String withQuery(String path, List<String> query) {
        StringBuilder withQuery = new StringBuilder(path);
        for (String name : query) {
            withQuery.append((withQuery.indexOf("?") < 0) ? '?' : '&')
                .append(name)
                .append("={")
                .append(name)
                .append('}');
        }
        return withQuery.toString();
    }

    @Test
    void leavesTemplatesWhoseTextNeedsEncodingToWebClient() {
        HubSpotExchange.UriFactory uris = new HubSpotExchange.UriFactory(URI.create("https://api.hubapi.com"));
        assertThat(uris.template("/crm/a b/{id}")).isNull();
        assertThat(uris.template("/crm/ü/{id}")).isNull();
        assertThat(uris.template("crm/{id}")).isNull();
        assertThat(new HubSpotExchange.UriFactory(URI.create("https://api.hubapi.com/?portal=1")).template("/crm/{id}"))
            .isNull();
    }

    @Test
    void tooFewValuesAreRefusedAsWebClientRefusesThem() {
        HubSpotExchange.ExpandedTemplate template = new HubSpotExchange.UriFactory(URI.create("https://api.hubapi.com"))
            .template("/crm/{objectType}/{objectId}");
        assertThat(template).isNotNull();
        assertThatIllegalArgumentException().isThrownBy(() -> template.expand(new Object[] { "contacts" }))
            .withMessage("The URI template https://api.hubapi.com/crm/{objectType}/{objectId} needs 2 values, "
                    + "but got 1");
    }

    private static DefaultUriBuilderFactory factory(String baseUrl) {
        DefaultUriBuilderFactory factory = new DefaultUriBuilderFactory(baseUrl);
        factory.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.TEMPLATE_AND_VALUES);
        return factory;
    }

    private static List<Call<?>> calls() {
        List<Call<?>> calls = new ArrayList<>();
        for (Field field : Calls.class.getFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            try {
                Object value = field.get(null);
                if (value instanceof Call<?> call) {
                    calls.add(call);
                }
                else if (value instanceof BatchCall<?, ?, ?> batch) {
                    calls.add(batch.call());
                }
            }
            catch (IllegalAccessException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return calls;
    }

}
