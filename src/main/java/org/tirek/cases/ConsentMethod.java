package org.tirek.cases;

/** How consent was given. */
public enum ConsentMethod {
    VERBAL,
    WRITTEN,
    /**
     * Ticked by the reporter on the anonymous report form, recorded when the report became part of
     * the case: the reporter's first word, not yet explained and confirmed with the person. Only
     * intake records it; the team confirms it by recording a consent of its own.
     */
    REPORT_FORM;

    /** The methods a team member records by hand. */
    public static java.util.List<ConsentMethod> recordedByHand() {
        return java.util.List.of(VERBAL, WRITTEN);
    }
}
