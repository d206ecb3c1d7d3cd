package org.tirek.incidents;

/**
 * The six GBVIMS core types of an incident, defined by the act alone, plus the escape value for an
 * incident that is not gender-based violence. Declared in the tool's fixed priority order: when
 * several apply, the first one is the incident's type ({@link Classifier}). Its name is the message
 * {@code incidents.type.<NAME>}.
 */
public enum CoreType {
    /** Non-consensual penetration, however slight, of the vagina, anus or mouth; includes marital and gang rape. */
    RAPE,
    /** Non-consensual sexual contact without penetration; includes attempted rape and FGM/C. */
    SEXUAL_ASSAULT,
    /** Non-sexual physical violence; excludes FGM/C and honour killing. */
    PHYSICAL_ASSAULT,
    /** Marriage against the person's will; early marriage is recorded here too. */
    FORCED_MARRIAGE,
    /** Denial of rightful access to economic resources, livelihood, education, health or other services. */
    DENIAL_OF_RESOURCES,
    /** Psychological or emotional abuse: threats, forced isolation, harassment, intimidation. */
    PSYCHOLOGICAL_ABUSE,
    /** Not gender-based violence (the classifier's escape value). */
    NON_GBV;

    /** The message key of its name. */
    public String messageKey() {
        return "incidents.type." + name();
    }
}
