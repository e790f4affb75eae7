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

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.github.associations.client.AssociationsSettings;
import io.github.associations.oauth.RefreshTokenAccessTokenProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every builder method refuses {@code null} with an {@link IllegalArgumentException}
 * naming its parameter, never a {@link NullPointerException}.
 */
class BuilderArgumentsTests {

    @Test
    void privateAppTokenNullIsAnIllegalArgumentNamingTheParameter() {
        assertThatIllegalArgumentException().isThrownBy(() -> AssociationsTemplate.builder().privateAppToken(null))
            .withMessage("privateAppToken must not be null");
    }

    @Test
    void blankPrivateAppTokenIsAnIllegalArgumentWithoutTheValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> AssociationsTemplate.builder().privateAppToken("  "))
            .withMessage("privateAppToken must not be blank");
    }

    static Stream<Arguments> builderMethods() {
        List<Supplier<Object>> builders = List.of(AssociationsTemplate::builder, AssociationsSettings::builder,
                RefreshTokenAccessTokenProvider::builder);
        return builders.stream().flatMap((builder) -> {
            Class<?> type = builder.get().getClass();
            return Arrays.stream(type.getMethods())
                .filter((method) -> method.getDeclaringClass() == type && !Modifier.isStatic(method.getModifiers()))
                .filter((method) -> method.getParameterCount() == 1 && !method.getParameterTypes()[0].isPrimitive())
                .map((method) -> Arguments.of(type.getName() + "." + method.getName() + "("
                        + method.getParameterTypes()[0].getSimpleName() + ")", builder, method));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builderMethods")
    void everyBuilderMethodRefusesNullNamingItsParameter(String name, Supplier<Object> builder, Method method) {
        Throwable thrown = null;
        try {
            method.invoke(builder.get(), new Object[] { null });
        }
        catch (InvocationTargetException ex) {
            thrown = ex.getCause();
        }
        catch (IllegalAccessException ex) {
            throw new AssertionError(ex);
        }
        assertThat(thrown).as(name).isInstanceOf(IllegalArgumentException.class);
        assertThat(thrown.getMessage()).as(name).startsWith(method.getParameters()[0].getName() + " ");
    }

}
