package org.tirek.people.internal;

import java.util.Arrays;

/** A blind index's bytes with value equality, so that a person's indexes form a set. */
final class IndexBytes {

    private final byte[] bytes;

    IndexBytes(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IndexBytes i && Arrays.equals(i.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "IndexBytes[" + bytes.length + "]";
    }
}
