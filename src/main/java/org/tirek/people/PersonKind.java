package org.tirek.people;

/** Who a person is in the organisation's work, whatever role they have in a particular case. */
public enum PersonKind {
    SURVIVOR,
    DEFENDER,
    PERPETRATOR,
    WITNESS,
    LAWYER,
    OFFICIAL,
    FAMILY,
    CONTACT,
    OTHER
}
