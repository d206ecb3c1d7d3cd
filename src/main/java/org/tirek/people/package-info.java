/**
 * People and organisations: the persons of a case (survivors, defenders, perpetrators, witnesses,
 * lawyers, officials, family, contacts) under a pseudonymous client code, and the institutions
 * around them (courts, prosecutors, ministries, police, NGOs, oversight and international bodies).
 *
 * <p>A person has <em>structural</em> data in clear (kind, sex, age band or birth year, nationality,
 * displacement status, languages, region, vulnerabilities) and a <em>sensitive</em> identity (names,
 * birth date, contact details, identity documents) and safe-contact rules, sealed under the person's
 * own key ({@code person:<id>}) in a separate table. Whoever may work on a case ({@link
 * org.tirek.identity.CaseAccess}) that a person is a party of may read and change that person's
 * identity; the person's creator may while the person is a party of no case. On a case's parties,
 * survivors and clients show only their client code until a team member reveals them, which is
 * recorded. New persons are checked against existing ones through a blind index of their normalised
 * names (a keyed HMAC from the vault), so that a likely duplicate is found without decrypting anyone.
 *
 * <p>This module must not depend on the cases module (cases will depend on it): a case is a plain
 * UUID here, and what the pages show of a case comes through {@link org.tirek.people.CaseLabels}.
 * The module is CRUD-shaped: package-private repositories map rows straight to these records with
 * explicit SQL.
 */
@NullMarked
package org.tirek.people;

import org.jspecify.annotations.NullMarked;
