package org.tirek.vault.internal;

import com.google.crypto.tink.AccessesPartialKey;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.signature.Ed25519Parameters;
import com.google.crypto.tink.signature.Ed25519PublicKey;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tirek.platform.NotFoundException;
import org.tirek.vault.Signing;
import org.tirek.vault.VaultSealed;

/**
 * The organisation's Ed25519 key: private half wrapped by the master key like any data key, public
 * half in {@code vault_public_key} for verification while sealed. No Tink prefix, so signatures are
 * plain Ed25519.
 */
@Service
class SigningImpl implements Signing {

    static final String KEY_NAME = "org:signing";
    /** DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410). */
    static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private static final Ed25519Parameters ED25519 = ed25519();

    private final DataKeys keys;
    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile boolean published;

    SigningImpl(DataKeys keys, JdbcClient jdbc, Clock clock) {
        this.keys = keys;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** After a seal the key row is checked again at the next signature (it may have been restored or removed). */
    @EventListener(VaultSealed.class)
    void sealed() {
        published = false;
    }

    @Override
    public byte[] sign(byte[] data) {
        PublicKeySign signer = keys.primitive(KEY_NAME, true, ED25519, PublicKeySign.class);
        if (!published) {
            publishPublicKey();
            published = true;
        }
        try {
            return signer.sign(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing failed", e);
        }
    }

    @Override
    public byte[] publicKey() {
        return jdbc.sql("select public_key from vault_public_key where name = :n")
                .param("n", KEY_NAME)
                .query(byte[].class)
                .optional()
                .orElseThrow(() -> new NotFoundException("The organisation has no signing key yet"));
    }

    @Override
    public String publicKeyPem() {
        byte[] raw = publicKey();
        byte[] der = new byte[X509_PREFIX.length + raw.length];
        System.arraycopy(X509_PREFIX, 0, der, 0, X509_PREFIX.length);
        System.arraycopy(raw, 0, der, X509_PREFIX.length, raw.length);
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END PUBLIC KEY-----\n";
    }

    @AccessesPartialKey // the public key bytes are what we publish
    private void publishPublicKey() {
        try {
            KeysetHandle keyset = keys.keyset(KEY_NAME, true, ED25519);
            Ed25519PublicKey key = (Ed25519PublicKey)
                    keyset.getPublicKeysetHandle().getPrimary().getKey();
            jdbc.sql("""
                            insert into vault_public_key (name, public_key, created_at) values (:n, :k, :now)
                            on conflict (name) do update set public_key = excluded.public_key
                             where vault_public_key.public_key <> excluded.public_key
                            """)
                    .param("n", KEY_NAME)
                    .param("k", key.getPublicKeyBytes().toByteArray())
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the public signing key", e);
        }
    }

    private static Ed25519Parameters ed25519() {
        return Ed25519Parameters.create(Ed25519Parameters.Variant.NO_PREFIX);
    }
}
