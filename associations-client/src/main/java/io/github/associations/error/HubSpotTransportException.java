package io.github.associations.error;

import io.github.associations.Operation;

/**
 * No HTTP response was received: the connection was refused or closed, or an I/O error occurred.
 * {@link #isRequestNotSent()} tells whether HubSpot certainly did not receive the request, which is when even a call
 * that is not idempotent may be repeated.
 */
public class HubSpotTransportException extends HubSpotException {

    private final boolean requestNotSent;

    /**
     * Create an exception.
     * @param message the message
     * @param operation the operation
     * @param requestNotSent whether the request certainly did not reach HubSpot
     * @param cause the transport failure
     */
    public HubSpotTransportException(String message, Operation operation, boolean requestNotSent, Throwable cause) {
        super(message, operation, 0, HubSpotError.EMPTY, null, cause);
        this.requestNotSent = requestNotSent;
    }

    /**
     * Whether the request certainly did not reach HubSpot (for example connection refused or an unknown host).
     * @return {@code true} only when it is certain; {@code false} means HubSpot may have processed it
     */
    public boolean isRequestNotSent() {
        return this.requestNotSent;
    }

}
