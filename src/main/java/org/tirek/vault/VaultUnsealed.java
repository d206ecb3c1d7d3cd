package org.tirek.vault;

/** The vault was unsealed (or initialised) in this instance. */
public record VaultUnsealed() {}
