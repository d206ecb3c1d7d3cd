package org.tirek.people;

/** A person in one role in a case, by client code only: nothing sensitive, for other modules' forms. */
public record PartyCode(PersonId person, ClientCode clientCode, PartyRole role) {}
