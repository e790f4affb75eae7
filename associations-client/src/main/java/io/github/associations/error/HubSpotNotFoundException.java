package io.github.associations.error;

import io.github.associations.Operation;
import org.jspecify.annotations.Nullable;

/**
 * HTTP 404: a record, label or object type in the call does not exist.
 */
public class HubSpotNotFoundException extends HubSpotException {

    /**
     * Create an exception.
     * @param message the message
     * @param operation the operation
     * @param status the HTTP status
     * @param error the error body
     * @param responseBodyExcerpt an excerpt of a non-JSON body
     */
    public HubSpotNotFoundException(String message, Operation operation, int status, HubSpotError error,
            @Nullable String responseBodyExcerpt) {
        super(message, operation, status, error, responseBodyExcerpt, null);
    }

}
