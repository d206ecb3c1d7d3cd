package org.tirek.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Where the ciphertext of evidence files lives: a directory (the default) or the database
 * ({@code tirek.evidence.store=database}). Only ciphertext is ever handed in: callers pass streams
 * that already encrypt. Keys are a file's id, optionally with {@code -sharing}.
 */
interface BlobStore {

    /** A blob being written; it becomes readable under {@code key} only on {@link Blob#commit()}. */
    Blob create(String key);

    /** @throws IOException when no committed blob has this key */
    InputStream open(String key) throws IOException;

    /** Removes the blob if it exists. */
    void delete(String key);

    boolean exists(String key);

    /** Checks a key's shape, so that nothing but a file id can become a path or a row key. */
    static String checked(String key) {
        if (!key.matches("[0-9a-f-]{36}(-sharing)?")) throw new IllegalArgumentException("bad blob key");
        return key;
    }

    /** A blob being written. */
    interface Blob {

        OutputStream stream();

        /** Makes the blob readable; the stream must have been closed. */
        void commit() throws IOException;

        /** Throws away what was written. */
        void abandon();
    }
}
