package org.tirek.vault.internal;

import org.jspecify.annotations.Nullable;

/** The {@code vault_master} row: how the master key is protected, and the master key wrapped. */
record MasterRecord(
        String method,
        PassphraseKdf.@Nullable Parameters kdf,
        int shareCount,
        int shareThreshold,
        byte[] wrappedMaster,
        int masterVersion) {

    static final String PASSPHRASE = "PASSPHRASE";
    static final String SHARES = "SHARES";

    boolean usesShares() {
        return SHARES.equals(method);
    }

    byte[] masterAssociatedData() {
        return masterAssociatedData(masterVersion);
    }

    static byte[] masterAssociatedData(int version) {
        return ("tirek/master/v" + version).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Override
    public String toString() {
        return "MasterRecord[" + method + ", v" + masterVersion + "]";
    }
}
