package org.tirek.proceedings.rules;

import java.util.Map;
import java.util.Set;

/**
 * An event type, optionally narrowed by the event's attributes: {@code when} lists values an
 * attribute must have, {@code unless} values it must not have (an absent attribute has none).
 */
public record Trigger(String event, Map<String, Set<String>> when, Map<String, Set<String>> unless) {

    public Trigger {
        when = Map.copyOf(when);
        unless = Map.copyOf(unless);
    }

    public static Trigger on(String event) {
        return new Trigger(event, Map.of(), Map.of());
    }

    public boolean matches(String type, Map<String, String> attributes) {
        if (!event.equals(type)) return false;
        for (var condition : when.entrySet()) {
            String value = attributes.get(condition.getKey());
            if (value == null || !condition.getValue().contains(value)) return false;
        }
        for (var condition : unless.entrySet()) {
            String value = attributes.get(condition.getKey());
            if (value != null && condition.getValue().contains(value)) return false;
        }
        return true;
    }
}
