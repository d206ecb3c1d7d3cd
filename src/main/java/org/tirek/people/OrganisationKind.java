package org.tirek.people;

/** What an organisation is, for referrals (cases) and forums (proceedings). */
public enum OrganisationKind {
    COURT,
    PROSECUTOR,
    MINISTRY,
    POLICE,
    NGO,
    OVERSIGHT_BODY,
    /** The European Court of Human Rights, UN treaty bodies and special procedures, INTERPOL and its CCF. */
    INTERNATIONAL_BODY,
    EMBASSY,
    SHELTER,
    HEALTH,
    LEGAL_AID,
    OTHER
}
