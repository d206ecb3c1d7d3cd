package org.tirek.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tirek.platform.InvalidRequestException;
import org.tirek.support.TirekTest;

/**
 * The vault on its own database (own context): each test starts from an uninitialised vault. The
 * KDF is calibrated to its minimum pass count here to keep the suite fast; memory stays 64 MiB.
 */
@TirekTest
@TestPropertySource(properties = {"tirek.vault.kdf.target=1ms", "tirek.vault.unseal.max-failures=1000"})
@RecordApplicationEvents
class VaultIntegrationTest {

    static final String PASSPHRASE = "correct horse battery staple";

    @Autowired
    Vault vault;

    @Autowired
    FieldEncryption fields;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void uninitialisedVault() {
        vault.seal();
        jdbc.sql("delete from vault_master").update();
        jdbc.sql("delete from vault_share_check").update();
        jdbc.sql("delete from vault_data_key").update();
        jdbc.sql("delete from vault_public_key").update();
    }

    @Test
    void passphraseUnsealsAndSealForgetsEveryKey() {
        assertThat(vault.status()).isEqualTo(new VaultStatus(false, true, null, 0, 0));
        vault.initWithPassphrase(PASSPHRASE);
        assertThat(vault.status().sealed()).isFalse();
        KeyScope scope = KeyScope.ofCase(UUID.randomUUID());
        FieldRef field = FieldRef.of("case_file", "summary", UUID.randomUUID());
        SealedText sealed = fields.seal(scope, field, "Жертва: Айгерим");

        vault.seal();
        assertThat(vault.status().sealed()).isTrue();
        assertThatThrownBy(() -> fields.open(scope, field, sealed)).isInstanceOf(VaultSealedException.class);
        assertThatThrownBy(() -> fields.seal(scope, field, "x")).isInstanceOf(VaultSealedException.class);

        assertThatThrownBy(() -> vault.unseal("wrong passphrase, long enough"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("This passphrase does not open the vault");
        assertThat(vault.status().sealed()).isTrue();

        assertThat(vault.unseal(PASSPHRASE).sealed()).isFalse();
        assertThat(fields.open(scope, field, sealed)).isEqualTo("Жертва: Айгерим");
    }

    @Test
    void refusesAShortPassphraseAndASecondInitialisation() {
        assertThatThrownBy(() -> vault.initWithPassphrase("too short")).isInstanceOf(InvalidRequestException.class);
        assertThat(vault.status().initialized()).isFalse();
        vault.initWithPassphrase(PASSPHRASE);
        assertThatThrownBy(() -> vault.initWithShares(3, 2))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("The vault is already initialised");
    }

    @Test
    void anyThresholdOfSharesUnsealsAndFewerDoNot() {
        List<String> shares = vault.initWithShares(5, 3);
        assertThat(shares).hasSize(5).allMatch(s -> s.startsWith("tirek-share-"));
        KeyScope scope = KeyScope.ofCase(UUID.randomUUID());
        FieldRef field = FieldRef.of("note", "text", UUID.randomUUID());
        SealedText sealed = fields.seal(scope, field, "the safe phone number");

        for (List<Integer> pick : List.of(List.of(0, 1, 2), List.of(4, 2, 0), List.of(1, 3, 4), List.of(3, 2, 1))) {
            vault.seal();
            assertThat(vault.unseal(shares.get(pick.get(0)))).isEqualTo(new VaultStatus(true, true, "SHARES", 3, 1));
            assertThat(vault.unseal(shares.get(pick.get(1))).sharesSubmitted()).isEqualTo(2);
            assertThat(vault.status().sealed()).as("m-1 shares leave it sealed").isTrue();
            assertThat(vault.unseal(shares.get(pick.get(2))).sealed()).isFalse();
            assertThat(fields.open(scope, field, sealed)).isEqualTo("the safe phone number");
        }
    }

    @Test
    void namesAWrongOrMistypedShare() {
        List<String> shares = vault.initWithShares(3, 2);
        vault.seal();
        String share = shares.get(1);
        String foreign = share.substring(0, 15) + (share.charAt(15) == 'A' ? 'B' : 'A') + share.substring(16);
        assertThatThrownBy(() -> vault.unseal(foreign))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("typing error");
        assertThatThrownBy(() -> vault.unseal("not a share at all")).hasMessage("This is not a Tirek key share");
        assertThat(vault.status().sharesSubmitted()).isZero();

        // a well-formed share of another vault: recorded digests tell it apart
        jdbc.sql("update vault_share_check set salt = decode('00', 'hex') where share_index = 2")
                .update();
        assertThatThrownBy(() -> vault.unseal(share)).hasMessage("Share 2 is not one of this vault's shares");
    }

    @Test
    void aCiphertextMovedToAnotherRowColumnOrScopeOrAlteredFailsClosed() {
        vault.initWithPassphrase(PASSPHRASE);
        KeyScope scope = KeyScope.ofCase(UUID.randomUUID());
        UUID row = UUID.randomUUID();
        FieldRef field = FieldRef.of("person", "legal_name", row);
        SealedText sealed = fields.seal(scope, field, "Dana K.");

        assertThatThrownBy(() -> fields.open(scope, FieldRef.of("person", "legal_name", UUID.randomUUID()), sealed))
                .isInstanceOf(DecryptionFailedException.class)
                .hasMessage("The value of person.legal_name could not be decrypted")
                .satisfies(e -> assertThat(((DecryptionFailedException) e).keyDestroyed())
                        .isFalse());
        assertThatThrownBy(() -> fields.open(scope, FieldRef.of("person", "alias", row), sealed))
                .isInstanceOf(DecryptionFailedException.class);
        KeyScope other = KeyScope.ofCase(UUID.randomUUID());
        fields.seal(other, field, "another case");
        assertThatThrownBy(() -> fields.open(other, field, sealed)).isInstanceOf(DecryptionFailedException.class);

        byte[] bytes = sealed.stored();
        for (int i : new int[] {0, 5, bytes.length / 2, bytes.length - 1}) {
            byte[] flipped = bytes.clone();
            flipped[i] ^= 0x01;
            assertThatThrownBy(() -> fields.open(scope, field, SealedText.fromStored(flipped)))
                    .isInstanceOf(DecryptionFailedException.class);
        }
        assertThat(events.stream(DecryptionFailed.class))
                .hasSizeGreaterThanOrEqualTo(7)
                .allSatisfy(e -> assertThat(e.toString()).doesNotContain("Dana"));
    }

    @Test
    void oldAndNewCiphertextsDecryptAfterDataKeyAndMasterKeyRotation() {
        vault.initWithPassphrase(PASSPHRASE);
        KeyScope scope = KeyScope.ofCase(UUID.randomUUID());
        FieldRef field = FieldRef.of("note", "text", UUID.randomUUID());
        SealedText before = fields.seal(scope, field, "written under key 1");
        fields.rotateDataKey(scope);
        SealedText after = fields.seal(scope, field, "written under key 2");
        assertThat(keyIdOf(before)).isNotEqualTo(keyIdOf(after));

        byte[] wrappedBefore = wrappedKeyset(scope);
        vault.rotateMasterKey();
        assertThat(wrappedKeyset(scope)).isNotEqualTo(wrappedBefore);
        vault.seal();
        vault.unseal(PASSPHRASE);

        assertThat(fields.open(scope, field, before)).isEqualTo("written under key 1");
        assertThat(fields.open(scope, field, after)).isEqualTo("written under key 2");
        assertThat(jdbc.sql("select master_version from vault_master")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aShreddedScopeStaysUnreadableEvenWithTheMasterKey() {
        vault.initWithPassphrase(PASSPHRASE);
        KeyScope erased = KeyScope.ofCase(UUID.randomUUID());
        KeyScope kept = KeyScope.ofCase(UUID.randomUUID());
        FieldRef field = FieldRef.of("note", "text", UUID.randomUUID());
        SealedText gone = fields.seal(erased, field, "to be erased");
        SealedText stays = fields.seal(kept, field, "kept");

        fields.shred(erased);
        assertThat(fields.shredded(erased)).isTrue();
        vault.seal();
        vault.unseal(PASSPHRASE);

        assertThatThrownBy(() -> fields.open(erased, field, gone))
                .isInstanceOf(DecryptionFailedException.class)
                .hasMessage("This case was erased; its data can no longer be read.")
                .satisfies(e -> assertThat(((DecryptionFailedException) e).keyDestroyed())
                        .isTrue());
        assertThatThrownBy(() -> fields.seal(erased, field, "new value")).isInstanceOf(DecryptionFailedException.class);
        assertThat(fields.open(kept, field, stays)).isEqualTo("kept");
        assertThat(jdbc.sql("select wrapped_keyset is null from vault_data_key where scope = :s")
                        .param("s", erased.value())
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void preparedKeysAreCommittedTogetherAndServeLaterSealsWithoutReplacingExistingOnes() {
        assertThatThrownBy(() -> fields.prepareKeys(List.of(KeyScope.ofCase(UUID.randomUUID()))))
                .isInstanceOf(VaultSealedException.class);
        vault.initWithPassphrase(PASSPHRASE);
        KeyScope existing = KeyScope.ofCase(UUID.randomUUID());
        FieldRef field = FieldRef.of("note", "text", UUID.randomUUID());
        SealedText before = fields.seal(existing, field, "sealed before");
        byte[] existingKey = jdbc.sql("select wrapped_keyset from vault_data_key where scope = :s")
                .param("s", existing.value())
                .query(byte[].class)
                .single();
        List<KeyScope> fresh = List.of(KeyScope.ofCase(UUID.randomUUID()), KeyScope.ofCase(UUID.randomUUID()));

        fields.prepareKeys(List.of(fresh.get(0), existing, fresh.get(1), fresh.get(0)));

        // both in one transaction: one row each, created at the same instant
        assertThat(jdbc.sql("select count(*), count(distinct created_at) from vault_data_key where scope in (:s)")
                        .param("s", fresh.stream().map(KeyScope::value).toList())
                        .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2)))
                        .single())
                .containsExactly(2L, 1L);
        assertThat(jdbc.sql("select wrapped_keyset from vault_data_key where scope = :s")
                        .param("s", existing.value())
                        .query(byte[].class)
                        .single())
                .isEqualTo(existingKey);
        assertThat(fields.open(existing, field, before)).isEqualTo("sealed before");
        for (KeyScope scope : fresh) {
            assertThat(fields.open(scope, field, fields.seal(scope, field, "after")))
                    .isEqualTo("after");
        }
    }

    @Test
    void fieldEncryptionIsTheBeanItselfWithNoProxyOnEverySealAndOpen() {
        assertThat(AopUtils.isAopProxy(fields)).isFalse();
        assertThat(fields.getClass().getName()).isEqualTo("org.tirek.vault.internal.FieldEncryptionImpl");
    }

    @Test
    void rotatingAndShreddingJoinTheCallersTransactionAndRollBackWithIt(@Autowired PlatformTransactionManager tm) {
        vault.initWithPassphrase(PASSPHRASE);
        KeyScope scope = KeyScope.ofCase(UUID.randomUUID());
        FieldRef field = FieldRef.of("note", "text", UUID.randomUUID());
        SealedText sealed = fields.seal(scope, field, "still here");
        byte[] wrapped = wrappedKeyset(scope);
        TransactionTemplate caller = new TransactionTemplate(tm);

        assertThatThrownBy(() -> caller.executeWithoutResult(status -> {
                    fields.rotateDataKey(scope);
                    fields.shred(scope);
                    assertThat(fields.shredded(scope)).isTrue();
                    throw new IllegalStateException("the caller fails after both");
                }))
                .hasMessage("the caller fails after both");

        assertThat(fields.shredded(scope)).isFalse();
        assertThat(wrappedKeyset(scope)).isEqualTo(wrapped);
        assertThat(fields.open(scope, field, sealed)).isEqualTo("still here");
        assertThat(keyIdOf(fields.seal(scope, field, "again"))).isEqualTo(keyIdOf(sealed));

        // and on their own, each commits its own transaction
        fields.rotateDataKey(scope);
        assertThat(wrappedKeyset(scope)).isNotEqualTo(wrapped);
        fields.shred(scope);
        assertThat(fields.shredded(scope)).isTrue();
    }

    @Test
    void rotatingAndShreddingTakeEffectOnThisInstanceAtOnceDespiteTheKeyCache(@Autowired StreamEncryption streams)
            throws Exception {
        vault.initWithPassphrase(PASSPHRASE);
        KeyScope scope = KeyScope.ofCase(UUID.randomUUID());
        KeyScope neighbour = KeyScope.ofCase(UUID.randomUUID());
        FieldRef field = FieldRef.of("note", "text", UUID.randomUUID());
        SealedText first = fields.seal(scope, field, "first");
        SealedText kept = fields.seal(neighbour, field, "the neighbour's");
        java.io.ByteArrayOutputStream sink = new java.io.ByteArrayOutputStream();
        try (java.io.OutputStream out = streams.encrypting(scope, "file-1", sink)) {
            out.write(new byte[] {1, 2, 3});
        }
        assertThat(fields.open(scope, field, first)).isEqualTo("first"); // cached now

        fields.rotateDataKey(scope);
        SealedText second = fields.seal(scope, field, "second");
        assertThat(keyIdOf(second)).isNotEqualTo(keyIdOf(first));
        assertThat(fields.open(scope, field, first)).isEqualTo("first");

        fields.shred(scope);
        assertThatThrownBy(() -> fields.open(scope, field, second))
                .isInstanceOf(DecryptionFailedException.class)
                .satisfies(e -> assertThat(((DecryptionFailedException) e).keyDestroyed())
                        .isTrue());
        assertThatThrownBy(
                        () -> streams.decrypting(scope, "file-1", new java.io.ByteArrayInputStream(sink.toByteArray())))
                .isInstanceOf(DecryptionFailedException.class);
        assertThat(fields.open(neighbour, field, kept)).isEqualTo("the neighbour's");
    }

    @Test
    void sealedTextsShareNoBytesWithTheirCallers() {
        vault.initWithPassphrase(PASSPHRASE);
        KeyScope scope = KeyScope.ofCase(UUID.randomUUID());
        FieldRef field = FieldRef.of("note", "text", UUID.randomUUID());
        SealedText sealed = fields.seal(scope, field, "untouched");

        byte[] out = sealed.stored();
        java.util.Arrays.fill(out, (byte) 0);
        assertThat(fields.open(scope, field, sealed)).isEqualTo("untouched");

        byte[] in = sealed.stored();
        SealedText read = SealedText.fromStored(in);
        java.util.Arrays.fill(in, (byte) 0);
        assertThat(fields.open(scope, field, read)).isEqualTo("untouched");
        assertThat(read).isEqualTo(sealed).hasSameHashCodeAs(sealed);
        assertThat(read.stored()).isNotSameAs(read.stored());
        assertThatThrownBy(() -> SealedText.fromStored(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void plaintextAndKeysNeverReachTheDatabaseFiles() throws Exception {
        vault.initWithPassphrase(PASSPHRASE);
        String marker = "MARKER-" + UUID.randomUUID();
        KeyScope scope = KeyScope.ofCase(UUID.randomUUID());
        jdbc.sql("create table if not exists vault_test_values (id uuid primary key, value bytea)")
                .update();
        for (int i = 0; i < 20; i++) {
            UUID id = UUID.randomUUID();
            SealedText sealed = fields.seal(scope, FieldRef.of("vault_test_values", "value", id), marker);
            jdbc.sql("insert into vault_test_values values (:id, :v)")
                    .param("id", id)
                    .param("v", sealed.stored())
                    .update();
        }
        jdbc.sql("checkpoint").update();
        Path dataDir =
                Path.of(jdbc.sql("show data_directory").query(String.class).single());
        byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
        byte[] passphrase = PASSPHRASE.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(file);
                assertThat(indexOf(content, needle)).as("marker in %s", file).isEqualTo(-1);
                assertThat(indexOf(content, passphrase))
                        .as("passphrase in %s", file)
                        .isEqualTo(-1);
            }
        }
    }

    @Test
    void blindIndexesAreKeyedStableAndSeparatedByScopeAndPurpose() throws Exception {
        vault.initWithPassphrase(PASSPHRASE);
        KeyScope scope = KeyScope.named("org", "blind-index-test");
        byte[] first = fields.blindIndex(scope, "person-name", "aigerim nurlanova");
        assertThat(first).hasSize(32);
        assertThat(fields.blindIndex(scope, "person-name", "aigerim nurlanova")).isEqualTo(first);
        assertThat(fields.blindIndex(scope, "person-name", "aigerim nurlanov")).isNotEqualTo(first);
        assertThat(fields.blindIndex(scope, "other-purpose", "aigerim nurlanova"))
                .isNotEqualTo(first);
        assertThat(fields.blindIndex(KeyScope.named("org", "another"), "person-name", "aigerim nurlanova"))
                .isNotEqualTo(first);
        byte[] plainHash = java.security.MessageDigest.getInstance("SHA-256")
                .digest("aigerim nurlanova".getBytes(StandardCharsets.UTF_8));
        assertThat(first).as("keyed, not a plain hash anyone could compute").isNotEqualTo(plainHash);

        // the key survives sealing, a master-key rotation and a rotation of the scope's field key
        vault.seal();
        assertThatThrownBy(() -> fields.blindIndex(scope, "person-name", "x")).isInstanceOf(VaultSealedException.class);
        vault.unseal(PASSPHRASE);
        vault.rotateMasterKey();
        fields.seal(scope, FieldRef.of("vault_test_values", "value", UUID.randomUUID()), "a field key for the scope");
        fields.rotateDataKey(scope);
        assertThat(fields.blindIndex(scope, "person-name", "aigerim nurlanova")).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from vault_data_key where scope = :s")
                        .param("s", scope.value() + "#prf")
                        .query(Long.class)
                        .single())
                .as("the index key is a data key of its own, wrapped like the others")
                .isEqualTo(1);

        assertThatThrownBy(() -> fields.blindIndex(scope, "a|b", "x")).isInstanceOf(IllegalArgumentException.class);
        fields.shred(scope);
        assertThatThrownBy(() -> fields.blindIndex(scope, "person-name", "aigerim nurlanova"))
                .isInstanceOf(DecryptionFailedException.class);
    }

    @Test
    void streamsRoundTripAndAlteredOrMisplacedStreamsFail(@Autowired StreamEncryption streams) throws Exception {
        vault.initWithPassphrase(PASSPHRASE);
        KeyScope scope = KeyScope.ofCase(UUID.randomUUID());
        byte[] plain = new byte[3 * 1024 * 1024 + 17];
        new java.util.Random(7).nextBytes(plain);
        java.io.ByteArrayOutputStream sink = new java.io.ByteArrayOutputStream();
        try (java.io.OutputStream out = streams.encrypting(scope, "file-1", sink)) {
            out.write(plain);
        }
        byte[] cipher = sink.toByteArray();
        try (java.io.InputStream in = streams.decrypting(scope, "file-1", new java.io.ByteArrayInputStream(cipher))) {
            assertThat(in.readAllBytes()).isEqualTo(plain);
        }
        assertThatThrownBy(() -> streams.decrypting(scope, "file-2", new java.io.ByteArrayInputStream(cipher))
                        .readAllBytes())
                .isInstanceOf(java.io.IOException.class);
        byte[] flipped = cipher.clone();
        flipped[cipher.length / 2] ^= 1;
        assertThatThrownBy(() -> streams.decrypting(scope, "file-1", new java.io.ByteArrayInputStream(flipped))
                        .readAllBytes())
                .isInstanceOf(java.io.IOException.class);
        byte[] truncated = java.util.Arrays.copyOf(cipher, cipher.length - 100);
        assertThatThrownBy(() -> streams.decrypting(scope, "file-1", new java.io.ByteArrayInputStream(truncated))
                        .readAllBytes())
                .isInstanceOf(java.io.IOException.class);

        fields.shred(scope);
        assertThatThrownBy(() -> streams.decrypting(scope, "file-1", new java.io.ByteArrayInputStream(cipher)))
                .isInstanceOf(DecryptionFailedException.class);
    }

    @Test
    void signaturesArePlainEd25519VerifiableWithTheJdk(@Autowired Signing signing) throws Exception {
        vault.initWithPassphrase(PASSPHRASE);
        byte[] data = "manifest".getBytes(StandardCharsets.UTF_8);
        byte[] signature = signing.sign(data);
        String pem = signing.publicKeyPem();
        byte[] der = java.util.Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        java.security.PublicKey key = java.security.KeyFactory.getInstance("Ed25519")
                .generatePublic(new java.security.spec.X509EncodedKeySpec(der));
        java.security.Signature verifier = java.security.Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(data);
        assertThat(verifier.verify(signature)).isTrue();
        vault.seal();
        assertThat(signing.publicKey()).hasSize(32);
        assertThatThrownBy(() -> signing.sign(data)).isInstanceOf(VaultSealedException.class);
    }

    private byte[] wrappedKeyset(KeyScope scope) {
        return jdbc.sql("select wrapped_keyset from vault_data_key where scope = :s")
                .param("s", scope.value())
                .query(byte[].class)
                .single();
    }

    /** Tink's 5-byte output prefix: version byte and the id of the key that sealed the value. */
    private static String keyIdOf(SealedText sealed) {
        byte[] b = sealed.stored();
        return String.format("%02x%02x%02x%02x%02x", b[0], b[1], b[2], b[3], b[4]);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
