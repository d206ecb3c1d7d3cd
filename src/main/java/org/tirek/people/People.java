package org.tirek.people;

import java.util.Optional;
import org.tirek.identity.TirekUser;

/**
 * Creating, reading and changing persons. Only case staff (coordinators, lawyers, caseworkers) use
 * it. A person's identity and safe-contact rules are for those who may work on a case the person is
 * a party of, or for the person's creator while they are a party of no case; every such read is
 * recorded before it returns, every change in its transaction.
 */
public interface People {

    /**
     * Creates a person with a new client code, unless persons who resemble the new one exist and
     * {@code duplicatesSeen} is false: then nothing is saved and the answer lists them. The check
     * compares blind indexes of the normalised names and never decrypts anyone.
     *
     * @throws org.tirek.platform.InvalidRequestException naming the field, when a value is not allowed
     * @throws org.springframework.security.access.AccessDeniedException unless case staff
     */
    PersonCreation create(TirekUser who, NewPerson person, boolean duplicatesSeen);

    /**
     * The person with identity and safe contact (a recorded read).
     *
     * @throws org.tirek.platform.NotFoundException when there is no such person
     * @throws org.springframework.security.access.AccessDeniedException unless the viewer may know the person
     * @throws org.tirek.platform.UnreadableDataException (410) when the person's identity was erased
     */
    PersonDetails details(TirekUser who, PersonId id);

    /**
     * The person's client code and structural data, for any case staff (nothing sensitive, not recorded).
     *
     * @throws org.tirek.platform.NotFoundException when there is no such person
     */
    PersonSummary summary(TirekUser who, PersonId id);

    /** The person with the given client code: structural data only, for any case staff. */
    Optional<PersonSummary> find(TirekUser who, ClientCode code);

    /** Whether {@code who} may read and change the person's identity (see the class comment). */
    boolean mayKnow(TirekUser who, PersonId id);

    /**
     * Replaces the structural data.
     *
     * @throws org.tirek.platform.ConflictException when {@code version} is stale; nothing changed
     */
    PersonSummary changeProfile(TirekUser who, PersonId id, int version, PersonProfile profile);

    /**
     * Replaces the identity (and the name indexes the duplicate check uses).
     *
     * @throws org.tirek.platform.ConflictException when {@code version} is stale; nothing changed
     */
    PersonSummary changeIdentity(TirekUser who, PersonId id, int version, Identity identity);

    /**
     * Replaces the safe-contact rules.
     *
     * @throws org.tirek.platform.ConflictException when {@code version} is stale; nothing changed
     */
    PersonSummary changeSafeContact(TirekUser who, PersonId id, int version, SafeContact safeContact);
}
