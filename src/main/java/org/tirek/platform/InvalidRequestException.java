package org.tirek.platform;

import java.util.Map;

/**
 * The request is well-formed but asks for something the domain refuses (HTTP 422). The message is
 * shown to the user, so it must name fields and states but never echo a sensitive value.
 */
public class InvalidRequestException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidRequestException(String message) {
        this(message, Map.of());
    }

    /** @param fieldErrors message per offending field, shown next to it */
    public InvalidRequestException(String message, Map<String, String> fieldErrors) {
        super(message);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
