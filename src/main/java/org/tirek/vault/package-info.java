/**
 * Custody of the keys: the master key (never on disk in clear), sealing and unsealing with a
 * passphrase or m-of-n custodian shares, per-scope data keys (one per case) wrapped by the master
 * key, field encryption bound to table, column and row, key rotation and crypto-shredding. Every
 * other module reads and writes sensitive values only through {@link org.tirek.vault.FieldEncryption}.
 */
@NullMarked
package org.tirek.vault;

import org.jspecify.annotations.NullMarked;
