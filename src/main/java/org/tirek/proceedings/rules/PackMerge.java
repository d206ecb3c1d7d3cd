package org.tirek.proceedings.rules;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Applies an extension to the pack it extends, and checks what must hold across all packs. */
final class PackMerge {

    private PackMerge() {}

    /** {@code base} with the extension's rules added or replaced by id and its disabled rules removed. */
    static RulePack extend(@Nullable RulePack base, PackFile extension) {
        String file = extension.pack().source();
        if (base == null) {
            throw new RulePackException(file, null, "extends pack " + extension.id() + ", which does not exist");
        }
        Map<String, Rule> rules = new LinkedHashMap<>();
        base.rules().forEach(r -> rules.put(r.id(), r));
        for (String id : extension.disabled()) {
            if (rules.remove(id) == null)
                throw new RulePackException(file, id, "disables a rule that pack " + base.id() + " does not have");
        }
        extension.rules().forEach(r -> rules.put(r.id(), r));
        return new RulePack(
                base.id(),
                base.version() + "+" + extension.pack().version(),
                base.jurisdiction(),
                base.name(),
                base.zone(),
                base.calendar(),
                rules.values().stream().toList(),
                base.source() + " + " + file);
    }

    /** One pack per jurisdiction, and every rule id once. */
    static void checkAcross(Collection<RulePack> packs) {
        Map<String, RulePack> byJurisdiction = new HashMap<>();
        Map<String, RulePack> byRule = new HashMap<>();
        for (RulePack pack : packs) {
            RulePack other = byJurisdiction.put(pack.jurisdiction(), pack);
            if (other != null) {
                throw new RulePackException(
                        pack.source(),
                        null,
                        "pack " + pack.id() + " and pack " + other.id() + " are both for " + pack.jurisdiction());
            }
            for (Rule rule : pack.rules()) {
                RulePack first = byRule.put(rule.id(), pack);
                if (first != null && !first.id().equals(pack.id())) {
                    throw new RulePackException(
                            pack.source(), rule.id(), "the rule id is also used in pack " + first.id());
                }
            }
        }
    }
}
