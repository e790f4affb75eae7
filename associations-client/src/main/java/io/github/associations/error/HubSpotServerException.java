package io.github.associations.error;

import io.github.associations.Operation;
import org.jspecify.annotations.Nullable;

/**
 * HTTP 5xx, including HubSpot's 521–526 and the non-JSON pages a proxy may answer with (see
 * {@link #getResponseBodyExcerpt()}).
 */
public class HubSpotServerException extends HubSpotException {

    /**
     * Create an exception.
     * @param message the message
     * @param operation the operation
     * @param status the HTTP status
     * @param error the error body
     * @param responseBodyExcerpt an excerpt of a non-JSON body
     */
    public HubSpotServerException(String message, Operation operation, int status, HubSpotError error,
            @Nullable String responseBodyExcerpt) {
        super(message, operation, status, error, responseBodyExcerpt, null);
    }

}
