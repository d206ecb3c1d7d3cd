package org.tirek.platform;

/** The upload is larger than allowed (HTTP 413); nothing of it is kept. */
public class ContentTooLargeException extends RuntimeException {

    public ContentTooLargeException(String message) {
        super(message);
    }
}
