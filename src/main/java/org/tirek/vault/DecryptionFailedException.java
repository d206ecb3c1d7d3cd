package org.tirek.vault;

import org.tirek.platform.UnreadableDataException;

/**
 * A ciphertext did not decrypt: its key was destroyed (the case was erased), or it was altered,
 * moved to another row, or its key is missing. Nothing of it is returned (fail closed). The message
 * names the field or the kind of data, never its content.
 */
public class DecryptionFailedException extends UnreadableDataException {

    static final String CASE_ERASED = "This case was erased; its data can no longer be read.";
    static final String KEY_DESTROYED = "The key of this data was destroyed; it can no longer be read.";

    private DecryptionFailedException(String message, boolean keyDestroyed) {
        super(message, keyDestroyed);
    }

    /** The scope's key was destroyed on purpose: for a case, the case was erased. */
    public static DecryptionFailedException keyDestroyed(KeyScope scope) {
        return new DecryptionFailedException(scope.value().startsWith("case:") ? CASE_ERASED : KEY_DESTROYED, true);
    }

    /** The ciphertext or its key failed to authenticate, or the key is missing: damage or tampering. */
    public static DecryptionFailedException failed(String message) {
        return new DecryptionFailedException(message, false);
    }

    /** Whether the key was destroyed on purpose, rather than the data damaged. */
    public boolean keyDestroyed() {
        return destroyed();
    }
}
