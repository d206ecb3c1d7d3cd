package org.tirek.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.ReflectionTestUtils;
import org.tirek.TirekApplication;
import org.tirek.support.TirekTest;

/**
 * Two instances on one database, as behind a load balancer: the test's application and a second one
 * started on the same database. What one instance does to the keys (rotating the master key,
 * destroying a case's keys, the panic seal) reaches the other. Shares its context (and so its
 * database) with {@code VaultIntegrationTest}.
 */
@TirekTest
@TestPropertySource(properties = {"tirek.vault.kdf.target=1ms", "tirek.vault.unseal.max-failures=1000"})
class MultipleInstancesIntegrationTest {

    static final String PASSPHRASE = "correct horse battery staple";
    static final Duration WITHIN = Duration.ofSeconds(10);

    static ConfigurableApplicationContext other;

    @Autowired
    Vault vault;

    @Autowired
    FieldEncryption fields;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    final FieldRef field = FieldRef.of("note", "text", UUID.randomUUID());

    @BeforeEach
    void twoUnsealedInstances() throws Exception {
        if (other == null) other = secondInstanceOn(dataSource);
        otherVault().seal();
        vault.seal();
        jdbc.sql("delete from vault_master").update();
        jdbc.sql("delete from vault_share_check").update();
        jdbc.sql("delete from vault_data_key").update();
        jdbc.sql("delete from vault_public_key").update();
        vault.initWithPassphrase(PASSPHRASE);
        otherVault().unseal(PASSPHRASE);
        assertThat(otherVault().status().sealed()).isFalse();
    }

    @AfterAll
    static void stopTheSecondInstance() {
        if (other != null) other.close();
        other = null;
    }

    @Test
    void aDataKeyCreatedOnAnotherInstanceAfterARotationIsWrappedUnderTheNewMasterKey() {
        KeyScope earlier = KeyScope.ofCase(UUID.randomUUID());
        SealedText before = otherFields().seal(earlier, field, "written before the rotation");

        vault.rotateMasterKey();
        KeyScope later = KeyScope.ofCase(UUID.randomUUID());
        SealedText after = otherFields().seal(later, field, "a new case on the other instance");

        assertThat(masterVersionOf(later)).isEqualTo(2);
        vault.seal();
        vault.unseal(PASSPHRASE);
        assertThat(fields.open(later, field, after)).isEqualTo("a new case on the other instance");
        assertThat(fields.open(earlier, field, before)).isEqualTo("written before the rotation");
    }

    @Test
    void theOtherInstanceTakesARotatedMasterKeyWithinSeconds() {
        vault.rotateMasterKey();
        await().atMost(WITHIN).until(() -> otherMasterVersion() == 2);
        vault.rotateMasterKey();
        await().atMost(WITHIN).until(() -> otherMasterVersion() == 3);
        KeyScope scope = KeyScope.ofCase(UUID.randomUUID());
        SealedText sealed = otherFields().seal(scope, field, "after two rotations");
        assertThat(fields.open(scope, field, sealed)).isEqualTo("after two rotations");
    }

    @Test
    void anErasedCaseBecomesUnreadableOnTheOtherInstanceWithinTheCacheTime() {
        KeyScope scope = KeyScope.ofCase(UUID.randomUUID());
        SealedText sealed = fields.seal(scope, field, "the survivor's address");
        assertThat(otherFields().open(scope, field, sealed)).isEqualTo("the survivor's address");

        fields.shred(scope);

        await().atMost(WITHIN)
                .untilAsserted(() -> assertThatThrownBy(() -> otherFields().open(scope, field, sealed))
                        .isInstanceOf(DecryptionFailedException.class)
                        .hasMessage("This case was erased; its data can no longer be read."));
        assertThatThrownBy(() -> otherFields().seal(scope, field, "more"))
                .isInstanceOf(DecryptionFailedException.class);
    }

    @Test
    void sealingOneInstanceSealsTheOtherAndUnsealingOneUnsealsOnlyThatOne() throws Exception {
        otherVault().seal();
        vault.seal();
        assertThatThrownBy(() -> otherFields().seal(KeyScope.ofCase(UUID.randomUUID()), field, "x"))
                .isInstanceOf(VaultSealedException.class);

        vault.unseal(PASSPHRASE);
        Thread.sleep(2_500); // more than one check of each instance
        assertThat(vault.status().sealed())
                .as("a seal before this unseal does not undo it")
                .isFalse();
        assertThat(otherVault().status().sealed()).isTrue();

        otherVault().unseal(PASSPHRASE);
        otherVault().seal();
        await().atMost(WITHIN).until(() -> vault.status().sealed());
    }

    private static Vault otherVault() {
        return other.getBean(Vault.class);
    }

    private static FieldEncryption otherFields() {
        return other.getBean(FieldEncryption.class);
    }

    private static int otherMasterVersion() throws ClassNotFoundException {
        Object custody = other.getBean(Class.forName("org.tirek.vault.internal.Custody"));
        Integer version = ReflectionTestUtils.invokeMethod(custody, "masterVersion");
        return version == null ? -1 : version;
    }

    private int masterVersionOf(KeyScope scope) {
        return jdbc.sql("select master_version from vault_data_key where scope = :s")
                .param("s", scope.value())
                .query(Integer.class)
                .single();
    }

    /** A second application on the test's database, as an operator would point one at TIREK_DB_URL. */
    private static ConfigurableApplicationContext secondInstanceOn(DataSource dataSource) throws Exception {
        String url;
        String user;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
            user = connection.getMetaData().getUserName();
        }
        return new SpringApplicationBuilder(TirekApplication.class)
                .run(
                        "--tirek.database.url=" + url,
                        "--tirek.database.username=" + user,
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--tirek.vault.kdf.target=1ms",
                        "--tirek.audit.verify-on-start=false");
    }
}
