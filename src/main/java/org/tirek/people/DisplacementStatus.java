package org.tirek.people;

/**
 * Where a person stands as to displacement (GBVIMS intake). Stored in clear for statistics: mind that
 * {@link #ASYLUM_SEEKER} tells that an asylum claim exists.
 */
public enum DisplacementStatus {
    RESIDENT,
    REFUGEE,
    ASYLUM_SEEKER,
    IDP,
    STATELESS,
    MIGRANT,
    UNKNOWN
}
