package org.tirek.audit;

/**
 * Records audited actions. Callers record a read before they return the data, and a write inside
 * the transaction that makes it.
 */
public interface AuditTrail {

    /**
     * Records {@code entry} in the caller's transaction: if that transaction rolls back, the entry
     * is gone with the change it described. Without a transaction, the entry is committed at once.
     */
    void record(AuditEntry entry);

    /**
     * Records {@code entry} in a transaction of its own, committed before this returns: for refusals
     * and failures that must stay on record although the caller's transaction will roll back.
     */
    void recordAlone(AuditEntry entry);
}
