package org.tirek.platform;

/** The caller must slow down (HTTP 429); the message says for how long, roughly. */
public class TooManyRequestsException extends RuntimeException {

    public TooManyRequestsException(String message) {
        super(message);
    }
}
