package org.tirek.people;

/** What creating a person takes: structural data, and whatever of the identity and safe contact is known. */
public record NewPerson(PersonProfile profile, Identity identity, SafeContact safeContact) {

    public static NewPerson of(PersonProfile profile, Identity identity) {
        return new NewPerson(profile, identity, SafeContact.NONE);
    }

    @Override
    public String toString() {
        return "NewPerson[" + profile.kind() + "]";
    }
}
