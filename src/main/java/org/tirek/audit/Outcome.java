package org.tirek.audit;

/** How an audited action ended. */
public enum Outcome {
    SUCCESS,
    /** Refused: wrong credentials, not allowed, throttled. */
    DENIED,
    /** Attempted and failed, e.g. a ciphertext that did not decrypt. */
    FAILED
}
