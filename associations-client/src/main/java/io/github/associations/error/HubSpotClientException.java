package io.github.associations.error;

import io.github.associations.Operation;
import org.jspecify.annotations.Nullable;

/**
 * Any other HTTP 4xx (for example 405, 409, 415, 423 Locked, 477 Migration in Progress), and errors HubSpot
 * reports inside the 2xx body of a single-record call.
 */
public class HubSpotClientException extends HubSpotException {

    /**
     * Create an exception.
     * @param message the message
     * @param operation the operation
     * @param status the HTTP status
     * @param error the error body
     * @param responseBodyExcerpt an excerpt of a non-JSON body
     */
    public HubSpotClientException(String message, Operation operation, int status, HubSpotError error,
            @Nullable String responseBodyExcerpt) {
        super(message, operation, status, error, responseBodyExcerpt, null);
    }

}
