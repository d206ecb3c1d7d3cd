package org.tirek.incidents;

/**
 * The context of an incident: the power relationship it happened in. GBVIMS records it separately
 * from the core type, which is defined by the act alone; an incident may have several contexts.
 */
public enum CaseContext {
    DOMESTIC_VIOLENCE,
    INTIMATE_PARTNER_VIOLENCE,
    SEXUAL_EXPLOITATION,
    CHILD_SEXUAL_ABUSE,
    INCEST,
    EARLY_MARRIAGE,
    HARMFUL_TRADITIONAL_PRACTICE,
    POSSIBLE_TRAFFICKING,
    OTHER
}
