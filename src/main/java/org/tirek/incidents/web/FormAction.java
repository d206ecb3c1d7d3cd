package org.tirek.incidents.web;

import org.jspecify.annotations.Nullable;

/**
 * What a submit button of the incident form asks for ({@code name="action"}): save, or change the
 * form itself and show it again (add or remove a perpetrator row, add or remove the narrative).
 *
 * @param index the perpetrator row to remove
 */
record FormAction(Kind kind, int index) {

    enum Kind {
        SAVE,
        ADD_PERPETRATOR,
        REMOVE_PERPETRATOR,
        ADD_NARRATIVE,
        REMOVE_NARRATIVE
    }

    private static final String REMOVE = "remove-perpetrator-";

    /** The action of a button's value; anything unknown (or Enter in a field) saves. */
    static FormAction of(@Nullable String value) {
        if (value == null) return new FormAction(Kind.SAVE, 0);
        if (value.startsWith(REMOVE) && value.substring(REMOVE.length()).matches("\\d{1,2}")) {
            return new FormAction(Kind.REMOVE_PERPETRATOR, Integer.parseInt(value.substring(REMOVE.length())));
        }
        return switch (value) {
            case "add-perpetrator" -> new FormAction(Kind.ADD_PERPETRATOR, 0);
            case "add-narrative" -> new FormAction(Kind.ADD_NARRATIVE, 0);
            case "remove-narrative" -> new FormAction(Kind.REMOVE_NARRATIVE, 0);
            default -> new FormAction(Kind.SAVE, 0);
        };
    }

    IncidentForm apply(IncidentForm form) {
        return switch (kind) {
            case SAVE -> form;
            case ADD_PERPETRATOR -> form.withPerpetratorAdded();
            case REMOVE_PERPETRATOR -> form.withoutPerpetrator(index);
            case ADD_NARRATIVE -> form.withNarrative(true);
            case REMOVE_NARRATIVE -> form.withNarrative(false);
        };
    }

    /** The element to focus on the form shown again: where the user goes on from. */
    String focus(IncidentForm changed) {
        return switch (kind) {
            case SAVE -> "";
            case ADD_PERPETRATOR -> "p" + (changed.perpetrators().size() - 1) + "-relationship";
            case REMOVE_PERPETRATOR -> changed.mayAddPerpetrator() ? "add-perpetrator" : "";
            case ADD_NARRATIVE -> "narrative";
            case REMOVE_NARRATIVE -> "add-narrative";
        };
    }
}
