package org.tirek.vault;

import java.util.List;

/**
 * Master-key custody. The master key exists in clear only in this process's memory between unseal
 * and seal; on disk it is always wrapped by a key derived from a passphrase (Argon2id) or
 * reconstructed from custodian shares (Shamir).
 */
public interface Vault {

    VaultStatus status();

    /**
     * Creates the master key protected by a passphrase (at least 16 characters) and leaves the vault unsealed.
     *
     * @throws org.tirek.platform.InvalidRequestException when already initialised or the passphrase is too short
     */
    void initWithPassphrase(String passphrase);

    /**
     * Creates the master key protected by {@code threshold}-of-{@code shares} custodian shares and
     * returns the shares, which exist only in this answer. The vault is left unsealed.
     *
     * @throws org.tirek.platform.InvalidRequestException when already initialised or 2 ≤ threshold ≤ shares ≤ 10 fails
     */
    List<String> initWithShares(int shares, int threshold);

    /**
     * Offers a passphrase or one share.
     *
     * @return the status after this attempt
     * @throws org.tirek.platform.InvalidRequestException when the passphrase or share is wrong
     */
    VaultStatus unseal(String secret);

    /** Forgets the master key and every data key at once (panic button). */
    void seal();

    /** Replaces the master key and rewraps every data key; no data is re-encrypted. */
    void rotateMasterKey();
}
