package org.tirek.proceedings.rules;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one rule-pack file (YAML) and checks it: shape, names of proceedings and events against
 * the machines, units, bases and confidences, holidays, duplicate ids. Everything that is wrong
 * fails with a {@link RulePackException} naming the file and rule.
 */
public final class RulePackReader {

    private static final Pattern PACK_ID = Pattern.compile("[A-Z][A-Z0-9_-]{0,31}");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,39}");
    private static final Pattern JURISDICTION = Pattern.compile("[A-Z]{2}|ECHR|INTERPOL|EU|UN|DEFAULT");
    private static final Set<String> KEYS = Set.of(
            "id",
            "version",
            "name",
            "jurisdiction",
            "zone",
            "mode",
            "weekend",
            "holidays",
            "stateLists",
            "defaults",
            "rules",
            "disable");
    private static final Set<String> EXTENSION_KEYS =
            Set.of("id", "version", "mode", "stateLists", "defaults", "rules", "disable");

    private RulePackReader() {}

    /**
     * Reads {@code text}, the content of the file {@code file}.
     *
     * @param messages whether a message key exists in the deadlines bundle (labels and notes that
     *     look like keys must be)
     */
    static PackFile read(String file, String text, Predicate<String> messages) {
        Node root = Node.root(file, parse(file, text));
        String id = root.required("id");
        if (!PACK_ID.matcher(id).matches()) throw root.fail("pack id '" + id + "' must be capitals, like ME or KZ-ORG");
        String version = root.required("version");
        if (!VERSION.matcher(version).matches()) throw root.fail("version '" + version + "' must be like 2026.1");
        String mode = root.optional("mode");
        if (mode != null && !mode.equals("REPLACE") && !mode.equals("EXTEND")) {
            throw root.fail("mode '" + mode + "' must be REPLACE or EXTEND");
        }
        boolean extension = "EXTEND".equals(mode);
        root.allow(extension ? EXTENSION_KEYS : KEYS);
        String jurisdiction = extension ? RulePack.DEFAULT : root.required("jurisdiction");
        if (!JURISDICTION.matcher(jurisdiction).matches()) {
            throw root.fail(
                    "jurisdiction '" + jurisdiction + "' must be a country code, ECHR, INTERPOL, EU, UN or DEFAULT");
        }
        ZoneId zone = extension ? null : zone(root, jurisdiction);
        HolidayCalendar calendar = extension ? HolidayCalendar.none("") : HolidaysReader.read(root);
        RuleReader.Context context =
                new RuleReader.Context(defaults(root), warnBefore(root), stateLists(root), messages);
        List<Rule> rules = rules(root, context);
        Set<String> disabled = new LinkedHashSet<>(root.strings("disable"));
        if (!extension && !disabled.isEmpty()) throw root.fail("'disable' is for extensions (mode: EXTEND) only");
        String name = root.optional("name");
        return new PackFile(
                new RulePack(id, version, jurisdiction, name == null ? id : name, zone, calendar, rules, file),
                extension,
                disabled);
    }

    private static @Nullable Object parse(String file, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(2_000_000);
        DumperOptions dumper = new DumperOptions();
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new TextOnly());
        try {
            return yaml.load(text);
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            String at = mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
            throw new RulePackException(file, null, "not valid YAML" + at + ": " + oneLine(e.getProblem()));
        } catch (YAMLException e) {
            throw new RulePackException(file, null, "not valid YAML: " + oneLine(e.getMessage()));
        }
    }

    private static @Nullable ZoneId zone(Node root, String jurisdiction) {
        String zone = root.required("zone");
        if (zone.equals("JURISDICTION")) {
            if (!jurisdiction.equals(RulePack.DEFAULT))
                throw root.fail("only the DEFAULT pack counts in each jurisdiction's zone");
            return null;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw root.fail("unknown time zone '" + zone + "' (use a region like Europe/Podgorica)");
        }
    }

    private static Counting defaults(Node root) {
        Node d = root.node("defaults");
        if (d == null) return Counting.STANDARD;
        d.allow(Set.of("startDayCounts", "rollForward", "clockChange", "warnBefore"));
        return RuleReader.counting(d, Counting.STANDARD);
    }

    private static Duration warnBefore(Node root) {
        Node d = root.node("defaults");
        return d == null ? Duration.ofHours(48) : RuleReader.warnBefore(d, Duration.ofHours(48));
    }

    private static Map<String, Set<String>> stateLists(Node root) {
        Node lists = root.node("stateLists");
        Map<String, Set<String>> result = new HashMap<>();
        if (lists == null) return result;
        for (String name : lists.keys()) {
            Set<String> codes = new LinkedHashSet<>();
            for (String code : lists.strings(name)) {
                if (!code.matches("[A-Z]{2}"))
                    throw lists.fail("'" + code + "' in state list '" + name + "' is not a country code");
                codes.add(code);
            }
            result.put(name, codes);
        }
        return result;
    }

    private static List<Rule> rules(Node root, RuleReader.Context context) {
        Map<String, Rule> rules = new java.util.LinkedHashMap<>();
        for (Node node : root.nodes("rules", "id")) {
            Rule rule = RuleReader.read(node, context);
            if (rules.putIfAbsent(rule.id(), rule) != null) {
                throw node.inRule(rule.id()).fail("duplicate rule id");
            }
        }
        return List.copyOf(rules.values());
    }

    private static String oneLine(@Nullable String text) {
        return text == null ? "unreadable" : text.replaceAll("\\s+", " ").strip();
    }

    /** Resolves every plain scalar as text: nothing becomes a boolean, a number or a date by itself. */
    private static final class TextOnly extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            // none: NO stays Norway and 2025-04-14 stays text; the reader parses what it expects
        }
    }
}
