package org.tirek.vault.internal;

import org.jspecify.annotations.Nullable;
import org.tirek.vault.SealedText;

/**
 * The vault's own access to a {@link SealedText}'s bytes, without the defensive copies that
 * {@link SealedText#fromStored} and {@link SealedText#stored()} make for every other caller (the
 * JDK's {@code SharedSecrets} pattern). {@code SealedText} registers its {@link Hook} here when its
 * class is initialised; only {@link FieldEncryptionImpl} uses it, where the array given away is
 * Tink's fresh output and the array lent out is only read (Tink's {@code decrypt} does not modify
 * its input).
 *
 * <p>The class is public only because {@code SealedText} lives in another package; it is internal
 * to the vault module, which other modules may not use (checked by {@code ModularityTest}). A second
 * registration is refused, so nothing can replace the hook that {@code SealedText} installed.
 */
public final class SealedTextAccess {

    /** What {@link SealedText} lends to the vault. */
    public interface Hook {

        /** A {@code SealedText} that owns {@code ciphertext}: the caller must not keep or change it. */
        SealedText adopt(byte[] ciphertext);

        /** The bytes of {@code sealed} themselves, to be read and never changed. */
        byte[] borrow(SealedText sealed);
    }

    private static volatile @Nullable Hook registered;

    private SealedTextAccess() {}

    /** Called once, from {@code SealedText}'s static initialiser. */
    public static synchronized void register(Hook hook) {
        if (registered != null) throw new IllegalStateException("The SealedText access hook is registered already");
        registered = hook;
    }

    static SealedText adopt(byte[] ciphertext) {
        return Installed.HOOK.adopt(ciphertext);
    }

    static byte[] borrow(SealedText sealed) {
        return Installed.HOOK.borrow(sealed);
    }

    /** The hook in a constant, read once SealedText is initialised (so a call costs no lookup). */
    private static final class Installed {

        static final Hook HOOK = installed();

        private static Hook installed() {
            try {
                Class.forName(SealedText.class.getName(), true, SealedText.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            Hook hook = registered;
            if (hook == null) throw new IllegalStateException("SealedText registered no access hook");
            return hook;
        }
    }
}
