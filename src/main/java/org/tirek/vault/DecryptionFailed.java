package org.tirek.vault;

/** Published when a sealed value failed to decrypt, for the audit trail. Names the field only. */
public record DecryptionFailed(KeyScope scope, FieldRef field, String reason) {}
