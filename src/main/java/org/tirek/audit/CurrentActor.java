package org.tirek.audit;

/**
 * Who the current request or command acts as. The identity module provides it (the audit module
 * knows nothing of accounts), so that the audit trail's own pages can record their viewers.
 */
public interface CurrentActor {

    Actor get();
}
