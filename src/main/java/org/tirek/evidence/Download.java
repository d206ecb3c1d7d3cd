package org.tirek.evidence;

import java.io.InputStream;

/**
 * A file's content on its way to the caller, already recorded in the chain of custody. The stream
 * decrypts as it is read and fails with an IOException if the stored ciphertext was altered.
 */
public record Download(EvidenceFile file, Copy copy, long size, InputStream content) {

    /** Which version of the file. */
    public enum Copy {
        ORIGINAL,
        SHARING
    }
}
