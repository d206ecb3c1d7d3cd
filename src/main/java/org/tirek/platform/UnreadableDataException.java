package org.tirek.platform;

/**
 * Stored data cannot be read, and nothing of it is returned. Either its key was destroyed for good,
 * as when a case is erased (HTTP 410 Gone, with the message shown), or it failed its integrity
 * check: altered, moved to another row, or its key is missing (HTTP 500 with a fixed explanation;
 * the message goes to the log as one line, without a stack trace). Messages name the kind of data,
 * never its content.
 */
public class UnreadableDataException extends RuntimeException {

    private final boolean destroyed;

    /** @param destroyed whether the key is gone for good (rather than the data damaged) */
    public UnreadableDataException(String message, boolean destroyed) {
        super(message);
        this.destroyed = destroyed;
    }

    /** Whether the data's key was destroyed on purpose (an erasure), rather than the data being damaged. */
    public boolean destroyed() {
        return destroyed;
    }
}
