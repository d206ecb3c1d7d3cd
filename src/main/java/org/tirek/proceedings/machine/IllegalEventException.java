package org.tirek.proceedings.machine;

import java.util.Map;
import org.tirek.platform.InvalidRequestException;

/** An event that the proceeding's machine does not allow in its current state; names both. */
public final class IllegalEventException extends InvalidRequestException {

    private static final long serialVersionUID = 1L;

    public IllegalEventException(String type, String event, String state) {
        super(
                "The event " + event + " cannot be recorded while the " + type + " proceeding is " + state,
                Map.of("type", "not allowed in " + state));
    }
}
