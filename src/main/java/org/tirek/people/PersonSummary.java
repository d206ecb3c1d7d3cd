package org.tirek.people;

import java.time.Instant;

/**
 * A person as lists, searches and the duplicate warning show them: client code and structural data,
 * nothing sensitive.
 *
 * @param erased the person's identity was destroyed with the last case they were a party of
 * @param version changes must name it (optimistic locking)
 */
public record PersonSummary(
        PersonId id, ClientCode clientCode, PersonProfile profile, Instant createdAt, boolean erased, int version) {}
