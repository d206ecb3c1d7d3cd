package org.tirek.people;

import java.util.Optional;
import java.util.UUID;

/**
 * The reference and codename of a case, for the headers and lists of the people pages. The cases
 * module implements it (this module cannot call the cases module, which depends on it); without an
 * implementation the pages name a case by the start of its identifier. Called only for cases whose
 * parties the viewer may see; an implementation returns structural data only and records nothing.
 */
public interface CaseLabels {

    /** The label of {@code caseId}, or empty when there is no such case. */
    Optional<CaseLabel> label(UUID caseId);
}
