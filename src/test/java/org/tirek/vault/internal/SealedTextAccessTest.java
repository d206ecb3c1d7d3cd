package org.tirek.vault.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tirek.vault.SealedText;

/** The vault's access to a SealedText's bytes without copies, and the copies everyone else gets. */
class SealedTextAccessTest {

    @Test
    void theVaultHandsOverAndBorrowsTheArrayItselfOthersGetCopies() {
        byte[] ciphertext = {1, 2, 3, 4};
        SealedText adopted = SealedTextAccess.adopt(ciphertext);
        assertThat(SealedTextAccess.borrow(adopted)).isSameAs(ciphertext);
        assertThat(adopted.stored()).isEqualTo(ciphertext).isNotSameAs(ciphertext);

        SealedText read = SealedText.fromStored(ciphertext);
        assertThat(SealedTextAccess.borrow(read)).isEqualTo(ciphertext).isNotSameAs(ciphertext);
        assertThat(read).isEqualTo(adopted);
        assertThatThrownBy(() -> SealedTextAccess.adopt(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nothingCanReplaceTheHookSealedTextRegistered() {
        SealedText.fromStored(new byte[] {1}); // SealedText is initialised, and registered its hook
        assertThatThrownBy(() -> SealedTextAccess.register(new SealedTextAccess.Hook() {
                    @Override
                    public SealedText adopt(byte[] ciphertext) {
                        throw new AssertionError();
                    }

                    @Override
                    public byte[] borrow(SealedText sealed) {
                        throw new AssertionError();
                    }
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(SealedTextAccess.borrow(SealedTextAccess.adopt(new byte[] {9})))
                .containsExactly(9);
    }
}
