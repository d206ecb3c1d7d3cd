package org.tirek.vault;

import java.util.Arrays;
import org.tirek.vault.internal.SealedTextAccess;

/**
 * A sensitive text as it is stored: ciphertext only. The one way a sensitive column is written and
 * read; {@link FieldEncryption} makes and opens it. {@code toString()} never shows content.
 *
 * <p>{@link #fromStored} and {@link #stored()} copy, so that no caller can change a value another
 * holds. The vault itself makes and reads values without those copies, through {@link
 * SealedTextAccess}: it gives away Tink's fresh output and only reads the bytes it decrypts.
 */
public final class SealedText {

    static {
        SealedTextAccess.register(new Lender());
    }

    private final byte[] ciphertext;

    /** Takes {@code ciphertext} as it is: the caller hands it over and keeps no reference. */
    private SealedText(byte[] ciphertext) {
        if (ciphertext.length == 0) throw new IllegalArgumentException("empty ciphertext");
        this.ciphertext = ciphertext;
    }

    /** Wraps bytes read from a {@code bytea} column (a copy of them). */
    public static SealedText fromStored(byte[] ciphertext) {
        return new SealedText(ciphertext.clone());
    }

    /** The bytes to store in a {@code bytea} column (a copy). */
    public byte[] stored() {
        return ciphertext.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedText s && Arrays.equals(s.ciphertext, ciphertext);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ciphertext);
    }

    @Override
    public String toString() {
        return "SealedText[" + ciphertext.length + " bytes]";
    }

    /** The vault's access without copies; registered once, above. */
    private static final class Lender implements SealedTextAccess.Hook {

        @Override
        public SealedText adopt(byte[] ciphertext) {
            return new SealedText(ciphertext);
        }

        @Override
        public byte[] borrow(SealedText sealed) {
            return sealed.ciphertext;
        }
    }
}
