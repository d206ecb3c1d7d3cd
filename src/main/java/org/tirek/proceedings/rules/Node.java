package org.tirek.proceedings.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A mapping of a parsed pack, read key by key: every scalar is text (nothing is guessed: {@code NO}
 * stays Norway, {@code 2025-04-14} stays text), a missing or mistyped key fails with the file, the
 * rule being read and the key's path, and keys nobody asked for fail as unknown.
 */
final class Node {

    private final String file;
    private final @Nullable String rule;
    private final String path;
    private final Map<String, Object> map;

    private Node(String file, @Nullable String rule, String path, Map<String, Object> map) {
        this.file = file;
        this.rule = rule;
        this.path = path;
        this.map = map;
    }

    static Node root(String file, @Nullable Object parsed) {
        if (!(parsed instanceof Map<?, ?> m)) {
            throw new RulePackException(
                    file, null, "the file must be a mapping with id, version, jurisdiction and rules");
        }
        return new Node(file, null, "", copy(file, null, "", m));
    }

    /** The same mapping, with errors naming {@code ruleId}. */
    Node inRule(String ruleId) {
        return new Node(file, ruleId, "", map);
    }

    /** Fails on any key not in {@code allowed}. */
    Node allow(Set<String> allowed) {
        for (String key : map.keySet()) {
            if (!allowed.contains(key)) {
                throw fail("unknown key '" + where(key) + "' (expected one of "
                        + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
        return this;
    }

    boolean has(String key) {
        return map.containsKey(key);
    }

    String required(String key) {
        String value = optional(key);
        if (value == null) throw fail("'" + where(key) + "' is missing");
        return value;
    }

    @Nullable String optional(String key) {
        Object value = map.get(key);
        if (value == null) return null;
        if (!(value instanceof String s)) throw fail("'" + where(key) + "' must be a single value");
        String text = s.strip();
        return text.isEmpty() ? null : text;
    }

    boolean flag(String key, boolean otherwise) {
        String value = optional(key);
        if (value == null) return otherwise;
        if (value.equals("true")) return true;
        if (value.equals("false")) return false;
        throw fail("'" + where(key) + "' must be true or false, not '" + value + "'");
    }

    @Nullable Node node(String key) {
        Object value = map.get(key);
        if (value == null) return null;
        if (!(value instanceof Map<?, ?> m)) throw fail("'" + where(key) + "' must be a mapping");
        return new Node(file, rule, where(key), copy(file, rule, where(key), m));
    }

    /** A list of mappings (or of plain values, each wrapped as {@code {<scalarKey>: value}}). */
    List<Node> nodes(String key, String scalarKey) {
        List<Node> nodes = new ArrayList<>();
        int i = 0;
        for (Object item : list(key)) {
            String at = where(key) + "[" + i++ + "]";
            if (item instanceof Map<?, ?> m) nodes.add(new Node(file, rule, at, copy(file, rule, at, m)));
            else if (item instanceof String s) nodes.add(new Node(file, rule, at, Map.of(scalarKey, s)));
            else throw fail("'" + at + "' must be a mapping or a value");
        }
        return nodes;
    }

    /** A list of values; a single value counts as a list of one. */
    List<String> strings(String key) {
        Object value = map.get(key);
        if (value instanceof String s) return s.isBlank() ? List.of() : List.of(s.strip());
        List<String> values = new ArrayList<>();
        for (Object item : list(key)) {
            if (!(item instanceof String s)) throw fail("'" + where(key) + "' must be a list of values");
            values.add(s.strip());
        }
        return values;
    }

    Set<String> keys() {
        return map.keySet();
    }

    RulePackException fail(String problem) {
        return new RulePackException(file, rule, problem);
    }

    String where(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private List<?> list(String key) {
        Object value = map.get(key);
        if (value == null) return List.of();
        if (!(value instanceof List<?> l)) throw fail("'" + where(key) + "' must be a list");
        return l;
    }

    private static Map<String, Object> copy(String file, @Nullable String rule, String path, Map<?, ?> m) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (var e : m.entrySet()) {
            if (!(e.getKey() instanceof String k)) {
                throw new RulePackException(file, rule, "a key of '" + path + "' is not text");
            }
            copy.put(k, e.getValue() == null ? "" : e.getValue());
        }
        return copy;
    }
}
