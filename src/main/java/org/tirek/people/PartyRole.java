package org.tirek.people;

/** The part a person plays in one case. */
public enum PartyRole {
    SURVIVOR,
    CLIENT,
    DEFENDER,
    PERPETRATOR,
    WITNESS,
    FAMILY,
    LAWYER,
    CONTACT;

    /** Whether a party in this role shows only its client code until a team member reveals it. */
    public boolean hiddenByDefault() {
        return this == SURVIVOR || this == CLIENT;
    }
}
