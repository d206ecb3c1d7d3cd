package org.tirek.proceedings;

/** What the client is in a proceeding. */
public enum ClientRole {
    ACCUSED,
    REQUESTED_PERSON,
    APPLICANT,
    RESPONDENT,
    VICTIM,
    COMPLAINANT,
    PROTECTED_PERSON,
    OTHER
}
