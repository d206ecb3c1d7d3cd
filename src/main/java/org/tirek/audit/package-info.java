/**
 * The tamper-evident audit trail: every read and write of sensitive data, every sign-in and every
 * key operation is an {@link org.tirek.audit.AuditEntry}, written in the same transaction as what it
 * records. Entries are inserted unchained; one sealer (one instance at a time) chains them with
 * SHA-256 and signs checkpoints of the head with the organisation's Ed25519 key. The database
 * refuses to update, delete or truncate any of it. Entries never hold sensitive values: only who,
 * what kind of action, on which identifier, in which case, when, and with what outcome.
 *
 * <p>Depends on nothing but {@code platform}: the modules that hold sensitive data call it, and the
 * vault lends it a signer ({@link org.tirek.audit.CheckpointSigner}). Invariant-heavy: the canonical
 * form of an entry and the chain rule live in one place ({@code internal.Canonical}).
 */
@NullMarked
package org.tirek.audit;

import org.jspecify.annotations.NullMarked;
