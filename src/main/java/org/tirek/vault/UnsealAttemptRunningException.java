package org.tirek.vault;

import org.tirek.platform.TooManyRequestsException;

/**
 * Another unseal attempt is running on this instance (HTTP 429). Attempts run one at a time, so
 * that concurrent guesses cannot each cost a passphrase derivation (Argon2id: 64 MiB and about half
 * a second) or slip past the limit of wrong attempts.
 */
public class UnsealAttemptRunningException extends TooManyRequestsException {

    public UnsealAttemptRunningException() {
        super("An unseal attempt is already running. Try again in a moment.");
    }
}
