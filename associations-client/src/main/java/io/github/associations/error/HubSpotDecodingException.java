package io.github.associations.error;

import io.github.associations.Operation;
import org.jspecify.annotations.Nullable;

/**
 * A successful (2xx) response whose body could not be read as the expected JSON, or that exceeded the configured
 * maximum response size. {@link #getResponseBodyExcerpt()} shows how the body starts. The call may have had its
 * effect.
 */
public class HubSpotDecodingException extends HubSpotException {

    /**
     * Create an exception.
     * @param message the message
     * @param operation the operation
     * @param status the HTTP status
     * @param responseBodyExcerpt an excerpt of the body
     * @param cause the decoding failure
     */
    public HubSpotDecodingException(String message, Operation operation, int status,
            @Nullable String responseBodyExcerpt, @Nullable Throwable cause) {
        super(message, operation, status, HubSpotError.EMPTY, responseBodyExcerpt, cause);
    }

}
