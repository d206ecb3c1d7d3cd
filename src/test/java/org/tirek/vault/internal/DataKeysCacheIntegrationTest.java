package org.tirek.vault.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.StreamingAead;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.DecryptionFailedException;
import org.tirek.vault.Vault;
import org.tirek.vault.VaultSealedException;

/**
 * The keyset cache in front of the database, with the clock under the test's control: a cached key
 * is used with no database call until {@code key-cache-ttl} has passed, then confirmed once, and
 * forgotten at once when it is rotated or destroyed here.
 *
 * <p>The key store is the real one on the shared context's embedded PostgreSQL, spied only to count
 * its calls; the data keys are rows of {@code vault_data_key} under names unique to each test,
 * wrapped under the context's own master key at its stored version (so a master-key rotation by
 * another test rewraps them like any other key). The keys in memory are this test's own
 * {@link Custody}, unsealed with copies of the context's keys: caching and sealing here leave the
 * context's vault alone.
 */
@TirekTest
class DataKeysCacheIntegrationTest {

    final String name = "case:" + UUID.randomUUID();
    final String stream = name + "#stream";

    final Vault vault;
    final Custody vaultCustody;
    final KeyStore store;
    final PlatformTransactionManager transactions;
    final Custody custody = new Custody();
    final MutableClock clock = new MutableClock();
    final DataKeys keys;

    @Autowired
    DataKeysCacheIntegrationTest(
            Vault vault, Custody vaultCustody, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.vault = vault;
        this.vaultCustody = vaultCustody;
        this.store = spy(new KeyStore(jdbc));
        this.transactions = transactions;
        this.keys = dataKeys(Duration.ofSeconds(2));
    }

    @BeforeEach
    void unsealed() throws Exception {
        VaultFixture.unsealed(vault);
        custody.unsealed(
                copyOf(vaultCustody.master()),
                copyOf(vaultCustody.unsealKey()),
                vaultCustody.masterVersion(),
                vaultCustody.sealEpoch());
        stored(name, KeysetHandle.generateNew(DataKeyWrapping.FIELD_KEY));
        stored(stream, KeysetHandle.generateNew(DataKeyWrapping.STREAM_KEY));
        clearInvocations(store);
    }

    @AfterEach
    void seal() {
        custody.seal();
    }

    @Test
    void aCachedKeyIsUsedWithoutTheDatabaseUntilItsTimeIsUp() {
        Aead first = field();
        verify(store, times(2)).dataKey(name); // the check, then the unwrap
        clearInvocations(store);

        for (int i = 0; i < 10_000; i++) assertThat(field()).isSameAs(first);
        clock.advance(1_999);
        assertThat(field()).isSameAs(first);
        verifyNoInteractions(store);

        clock.advance(1); // two seconds after the database confirmed it
        assertThat(field()).isSameAs(first);
        verify(store, times(1)).dataKey(name); // confirmed: the same wrapped keyset, so not unwrapped again
        clearInvocations(store);
        clock.advance(1_999);
        assertThat(field()).isSameAs(first);
        verifyNoInteractions(store);
    }

    @Test
    void aKeyRotatedOrDestroyedHereIsForgottenAtOnceAndOnlyThatKey() throws Exception {
        Aead before = field();
        byte[] associatedData = name.getBytes(StandardCharsets.UTF_8);
        byte[] sealedBefore = before.encrypt("before the rotation".getBytes(StandardCharsets.UTF_8), associatedData);
        StreamingAead streaming = keys.primitive(stream, false, DataKeyWrapping.STREAM_KEY, StreamingAead.class);

        keys.rotate(name, DataKeyWrapping.FIELD_KEY);
        Aead after = field();
        assertThat(after).isNotSameAs(before);
        assertThat(after.decrypt(sealedBefore, associatedData))
                .asString(StandardCharsets.UTF_8)
                .as("the stored keyset has a new primary and keeps the old key")
                .isEqualTo("before the rotation");
        assertThat(keys.primitive(stream, false, DataKeyWrapping.STREAM_KEY, StreamingAead.class))
                .as("the stream key of the same scope is another name: still cached")
                .isSameAs(streaming);

        keys.destroy(name);
        assertThatThrownBy(this::field)
                .isInstanceOf(DecryptionFailedException.class)
                .satisfies(e -> assertThat(((DecryptionFailedException) e).keyDestroyed())
                        .isTrue());
        assertThat(keys.primitive(stream, false, DataKeyWrapping.STREAM_KEY, StreamingAead.class))
                .isSameAs(streaming);
    }

    @Test
    void forgettingANameForgetsEveryTypeOfItAndNoOtherName() {
        Custody.CacheKey aead = new Custody.CacheKey(name, Aead.class);
        Custody.CacheKey streaming = new Custody.CacheKey(name, StreamingAead.class);
        Custody.CacheKey other = new Custody.CacheKey(stream, StreamingAead.class);
        Custody.CacheKey longer = new Custody.CacheKey(name + "0", Aead.class);
        for (Custody.CacheKey k : new Custody.CacheKey[] {aead, streaming, other, longer}) {
            custody.cache(k, new Custody.CachedKey(new Object(), new byte[] {1}, Long.MAX_VALUE));
        }

        keys.forget(name);

        assertThat(custody.cachedKey(aead)).isNull();
        assertThat(custody.cachedKey(streaming)).isNull();
        assertThat(custody.cachedKey(other)).isNotNull();
        assertThat(custody.cachedKey(longer)).isNotNull();
    }

    @Test
    void nothingIsUsedFromTheCacheWhileSealed() {
        field();
        custody.seal();
        assertThatThrownBy(this::field).isInstanceOf(VaultSealedException.class);
        assertThat(custody.cachedKey(new Custody.CacheKey(name, Aead.class))).isNull();
    }

    @Test
    void aZeroOrHugeTimeToLiveIsHonoured() {
        DataKeys uncached = dataKeys(Duration.ZERO);
        Aead first = uncached.primitive(name, false, DataKeyWrapping.FIELD_KEY, Aead.class);
        clearInvocations(store);
        assertThat(uncached.primitive(name, false, DataKeyWrapping.FIELD_KEY, Aead.class))
                .isSameAs(first);
        verify(store, times(1)).dataKey(name);

        DataKeys forever = dataKeys(Duration.ofSeconds(Long.MAX_VALUE));
        forever.primitive(name, false, DataKeyWrapping.FIELD_KEY, Aead.class);
        clearInvocations(store);
        clock.advance(365L * 24 * 3600 * 1000);
        forever.primitive(name, false, DataKeyWrapping.FIELD_KEY, Aead.class);
        verify(store, times(0)).dataKey(anyString());
    }

    private DataKeys dataKeys(Duration cacheTtl) {
        return new DataKeys(store, custody, new MasterKeys(store, custody), clock, transactions, cacheTtl);
    }

    private Aead field() {
        return keys.primitive(name, false, DataKeyWrapping.FIELD_KEY, Aead.class);
    }

    /** Stores the keyset as a real data-key row, wrapped as the vault wraps it. */
    private void stored(String keyName, KeysetHandle keyset) {
        byte[] wrapped = DataKeyWrapping.wrap(keyset, custody.master(), keyName);
        assertThat(store.insertDataKey(keyName, wrapped, custody.masterVersion(), clock.instant()))
                .isTrue();
    }

    /** A key of this test's own, so that sealing here destroys the copy and not the context's key. */
    private static RawKey copyOf(RawKey key) {
        byte[] bytes = key.copyOfBytes();
        try {
            return RawKey.of(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {

        private final AtomicLong millis = new AtomicLong(1_790_000_000_000L);

        void advance(long by) {
            millis.addAndGet(by);
        }

        @Override
        public long millis() {
            return millis.get();
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
