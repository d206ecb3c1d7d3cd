package org.tirek.cases;

/** The kind of service a survivor is referred to (DOMAIN.md §8.2, services and referrals). */
public enum ServiceType {
    /** Medical care, including clinical management of rape and forensic examination. */
    HEALTH,
    /** Psychological and psychosocial support. */
    PSYCHOSOCIAL,
    /** Legal advice and representation. */
    LEGAL,
    /** Safety and security: police, protection measures. */
    SAFETY,
    /** Shelter or safe house. */
    SHELTER,
    /** Livelihood, economic support, education or training. */
    LIVELIHOOD,
    OTHER
}
