package io.github.associations.internal;

import org.jspecify.annotations.Nullable;

/**
 * Turns the bytes of a 2xx response into the call's result.
 * <p>
 * Returning {@code null} completes the call empty. A {@link tools.jackson.core.JacksonException} becomes a
 * {@link io.github.associations.error.HubSpotDecodingException}; a
 * {@link io.github.associations.error.HubSpotException} (errors reported inside the body) is passed on as is.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface ResponseReader<T> {

    /**
     * Read a body.
     * @param body the body, empty when there was none
     * @return the result, or {@code null} for none
     */
    @Nullable T read(byte[] body);

}
