package io.github.associations.error;

import java.time.Duration;

import io.github.associations.Operation;

/**
 * No complete response arrived within the configured response timeout of one attempt. HubSpot may have processed
 * the request.
 */
public class HubSpotTimeoutException extends HubSpotTransportException {

    private final Duration timeout;

    /**
     * Create an exception.
     * @param message the message
     * @param operation the operation
     * @param timeout the timeout that elapsed
     * @param cause the timeout signal
     */
    public HubSpotTimeoutException(String message, Operation operation, Duration timeout, Throwable cause) {
        super(message, operation, false, cause);
        this.timeout = timeout;
    }

    /**
     * The timeout that elapsed.
     * @return the per-attempt response timeout
     */
    public Duration getTimeout() {
        return this.timeout;
    }

}
