package org.tirek.cases;

import java.util.Map;
import org.tirek.platform.InvalidRequestException;

/**
 * What was asked needs a consent in force and there is none (HTTP 422). The message names the
 * purpose and, by field, what to correct; never the survivor.
 */
public class NoConsentException extends InvalidRequestException {

    private static final long serialVersionUID = 1L;

    /** @param field the request field that names the recipient or the consent */
    public NoConsentException(String message, String field) {
        super(message, Map.of(field, "no consent in force"));
    }
}
