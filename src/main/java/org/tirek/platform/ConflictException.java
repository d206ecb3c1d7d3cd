package org.tirek.platform;

/**
 * The request was based on a state that has changed meanwhile (an optimistic-lock miss): HTTP 409.
 * Nothing was saved; the client reloads and tries again. The message is shown to the user.
 */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
