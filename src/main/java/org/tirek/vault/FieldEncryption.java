package org.tirek.vault;

/**
 * Encryption of sensitive values (AES-256-GCM through Tink) under the data key of a scope, with
 * the field's table, column and row bound as associated data. All methods need an unsealed vault.
 */
public interface FieldEncryption {

    /**
     * Encrypts {@code plaintext} for {@code field} in {@code scope}; creates the scope's key on first use.
     *
     * @throws VaultSealedException when the vault is sealed
     * @throws DecryptionFailedException when the scope's key has been destroyed
     */
    SealedText seal(KeyScope scope, FieldRef field, String plaintext);

    /**
     * Creates the data keys of these scopes that do not exist yet, all in one transaction that is
     * committed before this returns: for bulk writes (synthetic data, imports), which would otherwise
     * commit one key per new scope on first {@link #seal}. Values sealed afterwards can never outlive
     * their keys, as with a key created on first use.
     *
     * @throws VaultSealedException when the vault is sealed
     */
    void prepareKeys(java.util.Collection<KeyScope> scopes);

    /**
     * Decrypts a value; all or nothing.
     *
     * @throws VaultSealedException when the vault is sealed
     * @throws DecryptionFailedException when the ciphertext was altered, belongs to another field or
     *     scope, or its key was destroyed; a {@link DecryptionFailed} event is published
     */
    String open(KeyScope scope, FieldRef field, SealedText sealed);

    /**
     * A blind index of {@code value}: a keyed, deterministic fingerprint (HMAC-SHA256 through Tink's
     * PRF) under the scope's blind-index key, created on first use. Equal values give equal bytes, so
     * stored indexes can be compared in SQL without decrypting anything; without the key they reveal
     * nothing but equality. {@code purpose} is bound into the input, so indexes made for different
     * purposes never match. The caller normalises {@code value} first.
     *
     * <p>Hazard: an index is as guessable as its input. Whoever holds the running, unsealed server can
     * test candidate values; only use it where equality of that value may be known to the team.
     * {@link #rotateDataKey} leaves this key alone (a new key would silently break every stored index).
     *
     * @param purpose a short name such as {@code person-name}, without {@code |}
     * @return 32 bytes
     * @throws VaultSealedException when the vault is sealed
     * @throws DecryptionFailedException when the scope's key has been destroyed
     */
    byte[] blindIndex(KeyScope scope, String purpose, String value);

    /**
     * Adds a new primary key to the scope's keyset: new values use it, old ones still decrypt with
     * their own key until they are written again.
     */
    void rotateDataKey(KeyScope scope);

    /**
     * Destroys the scope's data keys: everything sealed in it becomes unreadable for good, and its
     * blind indexes can no longer be computed.
     */
    void shred(KeyScope scope);

    /** Whether the scope's key has been destroyed. */
    boolean shredded(KeyScope scope);
}
