package org.tirek.proceedings;

/** How two proceedings bear on each other (DOMAIN.md §0.1). */
public enum LinkKind {
    /** The source, while pending, blocks the target (e.g. an asylum claim blocks surrender). */
    BLOCKS,
    /** The source suspends the target (e.g. a constitutional appeal suspends execution). */
    SUSPENDS,
    /** The source's outcome ends the target (e.g. asylum granted ends extradition). */
    TERMINATES,
    EVIDENCE_FOR,
    /** An event of the source starts a deadline in the target (e.g. a final decision and the ECtHR). */
    TRIGGERS_DEADLINE,
    SAME_FACTS
}
