package org.tirek.platform;

/**
 * The thing asked for does not exist, or the caller may not know that it exists (HTTP 404). The
 * message names the kind of thing, never its content.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
