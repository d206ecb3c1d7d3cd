package org.tirek.incidents;

/**
 * The questions of the GBVIMS classification tool, in its fixed priority order; a "yes" to one
 * gives its {@link #type()}. The question texts are the messages {@code incidents.question.<NAME>}.
 */
public enum Question {
    /** Non-consensual penetration, however slight, with a body part or an object? */
    PENETRATION(CoreType.RAPE, "penetration"),
    /** Unwanted sexual contact without penetration (also attempted rape, FGM/C)? */
    UNWANTED_SEXUAL_CONTACT(CoreType.SEXUAL_ASSAULT, "unwantedSexualContact"),
    /** Non-sexual physical violence? */
    PHYSICAL_ASSAULT(CoreType.PHYSICAL_ASSAULT, "physicalAssault"),
    /** Married against the person's will (also early marriage)? */
    FORCED_MARRIAGE(CoreType.FORCED_MARRIAGE, "forcedMarriage"),
    /** Denied rightful access to resources, livelihood, education, health or other services? */
    DENIAL_OF_RESOURCES(CoreType.DENIAL_OF_RESOURCES, "denialOfResources"),
    /** Threats, forced isolation, harassment, intimidation or other psychological abuse? */
    PSYCHOLOGICAL_ABUSE(CoreType.PSYCHOLOGICAL_ABUSE, "psychologicalAbuse");

    private final CoreType type;
    private final String field;

    Question(CoreType type, String field) {
        this.type = type;
        this.field = field;
    }

    /** The core type a "yes" gives. */
    public CoreType type() {
        return type;
    }

    /** Its name in the API ({@code penetration}, {@code unwantedSexualContact}, …). */
    public String field() {
        return field;
    }
}
