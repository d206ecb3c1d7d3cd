package org.tirek.platform;

/**
 * The server cannot do this right now, though the request is fine (HTTP 503), for example because
 * the vault is sealed. The message tells the user what to do and carries no sensitive value.
 */
public class ServiceUnavailableException extends RuntimeException {

    public ServiceUnavailableException(String message) {
        super(message);
    }
}
