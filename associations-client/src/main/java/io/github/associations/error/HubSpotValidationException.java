package io.github.associations.error;

import io.github.associations.Operation;
import org.jspecify.annotations.Nullable;

/**
 * HTTP 400: HubSpot rejected the request as invalid ({@code VALIDATION_ERROR}); {@link #getContext()} often names the
 * invalid ids (e.g. {@code INVALID_OBJECT_IDS}).
 */
public class HubSpotValidationException extends HubSpotException {

    /**
     * Create an exception.
     * @param message the message
     * @param operation the operation
     * @param status the HTTP status
     * @param error the error body
     * @param responseBodyExcerpt an excerpt of a non-JSON body
     */
    public HubSpotValidationException(String message, Operation operation, int status, HubSpotError error,
            @Nullable String responseBodyExcerpt) {
        super(message, operation, status, error, responseBodyExcerpt, null);
    }

}
