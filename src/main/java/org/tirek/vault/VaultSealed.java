package org.tirek.vault;

/** The vault was sealed: keys are gone from memory and every session has ended. */
public record VaultSealed() {}
