package org.tirek.audit;

import java.util.List;

/**
 * Checkpoints kept outside the server (read from a file written by
 * {@link AuditVerification#exportCheckpoints}), with the public key they were exported with: the
 * key a verification trusts instead of the one in the database.
 */
public record Witness(byte[] publicKey, List<Checkpoint> checkpoints) {}
