package org.tirek.people;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tirek.identity.TirekUser;

/**
 * The persons of a case and their roles. Every method is for those who may work on the case ({@link
 * org.tirek.identity.CaseAccess}): others get 403, and 404 when the case does not exist.
 *
 * <p>Hazard: adding a person to a case lets the case's team read that person's identity. Adding an
 * existing person is therefore recorded in the case's access log ({@code people.party_add}).
 */
public interface Parties {

    /**
     * The case's parties, survivors and clients hidden; one recorded read ({@code people.parties}).
     */
    PartyList list(TirekUser who, UUID caseId);

    /**
     * The case's parties with {@code person}'s identity revealed for this view; one recorded read
     * ({@code people.reveal}, naming the person).
     *
     * @throws org.tirek.platform.NotFoundException when the person is not a party of the case
     */
    PartyList reveal(TirekUser who, UUID caseId, PersonId person);

    /**
     * The case's parties by client code and role, in the order they were added: pseudonyms and
     * structure only, so nothing is recorded. For other modules that name a party without showing
     * who it is (e.g. who gave a consent). For anyone who may work on the case, administrators on
     * its team included.
     */
    List<PartyCode> codes(TirekUser who, UUID caseId);

    /**
     * Adds an existing person in a role.
     *
     * @throws org.tirek.platform.InvalidRequestException when the person is already a party in that role
     *     (field {@code role}) or does not exist (field <i>personId</i>)
     */
    void add(TirekUser who, UUID caseId, PersonId person, PartyRole role);

    /**
     * Creates a person and adds them in a role, all or nothing; or, as {@link People#create}, answers
     * the possible duplicates and saves nothing.
     */
    PersonCreation createAndAdd(TirekUser who, UUID caseId, NewPerson person, PartyRole role, boolean duplicatesSeen);

    /**
     * Takes a person off the case: in {@code role}, or in every role when {@code null}.
     *
     * @throws org.tirek.platform.NotFoundException when the person is not a party (in that role)
     */
    void remove(TirekUser who, UUID caseId, PersonId person, @Nullable PartyRole role);
}
