package org.tirek.proceedings.rules;

import java.util.List;
import java.util.Set;

/**
 * A pack as one file gives it: a whole pack, or an extension of a shipped pack ({@code mode:
 * EXTEND}) that adds or replaces rules by id and can disable some.
 */
record PackFile(RulePack pack, boolean extension, Set<String> disabled) {

    PackFile {
        disabled = Set.copyOf(disabled);
    }

    String id() {
        return pack.id();
    }

    List<Rule> rules() {
        return pack.rules();
    }
}
