package org.tirek.vault.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.prf.PrfSet;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tirek.vault.DecryptionFailed;
import org.tirek.vault.DecryptionFailedException;
import org.tirek.vault.FieldEncryption;
import org.tirek.vault.FieldRef;
import org.tirek.vault.KeyScope;
import org.tirek.vault.SealedText;

/**
 * Field encryption. Deliberately not a Spring proxy: {@link #seal} and {@link #open} run once per
 * sensitive value, so the two methods that need a transaction run it through a {@link
 * TransactionTemplate} (joining the caller's, as {@code @Transactional} did) instead of making every
 * call pass through an interceptor chain. Their hot path does no database call: the key comes from
 * {@link DataKeys}' cache, and the ciphertext goes into and comes out of {@link SealedText} without
 * the copies made for other callers.
 */
@Service
class FieldEncryptionImpl implements FieldEncryption {

    static final int BLIND_INDEX_BYTES = 32;

    private final DataKeys keys;
    private final ApplicationEventPublisher events;
    private final VaultAudit audit;
    private final TransactionTemplate transaction;

    FieldEncryptionImpl(
            DataKeys keys,
            ApplicationEventPublisher events,
            VaultAudit audit,
            PlatformTransactionManager transactions) {
        this.keys = keys;
        this.events = events;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions); // joins the caller's transaction, if any
    }

    @Override
    public SealedText seal(KeyScope scope, FieldRef field, String plaintext) {
        try {
            return SealedTextAccess.adopt(aead(scope, true)
                    .encrypt(plaintext.getBytes(StandardCharsets.UTF_8), associatedData(scope, field)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    @Override
    public void prepareKeys(java.util.Collection<KeyScope> scopes) {
        keys.createAll(scopes.stream().map(KeyScope::value).distinct().toList(), DataKeyWrapping.FIELD_KEY);
    }

    @Override
    public String open(KeyScope scope, FieldRef field, SealedText sealed) {
        try {
            return decrypt(scope, field, sealed);
        } catch (GeneralSecurityException first) {
            // the keyset may have gained a primary key on another instance since it was cached
            keys.forget(scope.value());
        }
        try {
            return decrypt(scope, field, sealed);
        } catch (GeneralSecurityException e) {
            events.publishEvent(new DecryptionFailed(scope, field, "authentication failed"));
            audit.decryptionFailed(scope, field);
            throw DecryptionFailedException.failed(
                    "The value of " + field.table() + "." + field.column() + " could not be decrypted");
        }
    }

    private String decrypt(KeyScope scope, FieldRef field, SealedText sealed) throws GeneralSecurityException {
        Aead aead;
        try {
            aead = aead(scope, false);
        } catch (DecryptionFailedException e) {
            events.publishEvent(new DecryptionFailed(scope, field, "key unavailable"));
            audit.decryptionFailed(scope, field);
            throw e;
        }
        return new String(
                aead.decrypt(SealedTextAccess.borrow(sealed), associatedData(scope, field)), StandardCharsets.UTF_8);
    }

    @Override
    public byte[] blindIndex(KeyScope scope, String purpose, String value) {
        if (purpose.isBlank() || purpose.contains("|")) {
            throw new IllegalArgumentException("A blind index purpose is a short name without '|'");
        }
        PrfSet prf = keys.primitive(prfKeyName(scope), true, DataKeyWrapping.PRF_KEY, PrfSet.class);
        byte[] input = ("tirek/blind-index/v1|" + scope.value() + "|" + purpose + "|" + value)
                .getBytes(StandardCharsets.UTF_8);
        try {
            return prf.computePrimary(input, BLIND_INDEX_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot compute a blind index", e);
        }
    }

    static String prfKeyName(KeyScope scope) {
        return scope.value() + "#prf";
    }

    @Override
    public void rotateDataKey(KeyScope scope) {
        transaction.executeWithoutResult(status -> {
            keys.rotate(scope.value(), DataKeyWrapping.FIELD_KEY);
            audit.record(VaultAudit.ROTATE_DATA_KEY, scope);
            String stream = StreamEncryptionImpl.keyName(scope);
            if (keys.exists(stream) && !keys.destroyed(stream)) keys.rotate(stream, DataKeyWrapping.STREAM_KEY);
        });
    }

    @Override
    public void shred(KeyScope scope) {
        transaction.executeWithoutResult(status -> {
            keys.destroy(scope.value());
            keys.destroy(StreamEncryptionImpl.keyName(scope));
            if (keys.exists(prfKeyName(scope))) keys.destroy(prfKeyName(scope));
            audit.record(VaultAudit.SHRED, scope);
        });
    }

    @Override
    public boolean shredded(KeyScope scope) {
        return keys.destroyed(scope.value());
    }

    private Aead aead(KeyScope scope, boolean create) {
        return keys.primitive(scope.value(), create, DataKeyWrapping.FIELD_KEY, Aead.class);
    }

    /**
     * The associated data bound into every field's ciphertext: the UTF-8 bytes of {@code
     * tirek/field/v1|<scope>|<table>|<column>|<row id>}. These bytes must never change, or no value
     * sealed before opens again; {@code FieldAssociatedDataTest} pins them. (Writing them straight
     * into an array was measured and was slower than this concatenation, which the JDK compiles
     * into a few intrinsic copies.)
     */
    static byte[] associatedData(KeyScope scope, FieldRef field) {
        return ("tirek/field/v1|" + scope.value() + "|" + field.table() + "|" + field.column() + "|" + field.rowId())
                .getBytes(StandardCharsets.UTF_8);
    }
}
