package org.tirek.cases;

/** What a case is about. */
public enum CaseType {
    /** A survivor of domestic or sexual violence: support, safety, referrals, legal aid. */
    SURVIVOR_SUPPORT,
    /** A human-rights defender facing prosecution, arrest warrants, extradition or asylum procedures. */
    DEFENDER_PROTECTION
}
