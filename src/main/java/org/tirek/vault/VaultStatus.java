package org.tirek.vault;

import org.jspecify.annotations.Nullable;

/**
 * What anyone may know about the vault: whether it is set up, sealed, how it is unsealed, and how
 * many shares have been given so far towards the threshold.
 *
 * @param method {@code PASSPHRASE} or {@code SHARES}, or {@code null} before initialisation
 */
public record VaultStatus(
        boolean initialized, boolean sealed, @Nullable String method, int threshold, int sharesSubmitted) {}
