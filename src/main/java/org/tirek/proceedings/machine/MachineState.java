package org.tirek.proceedings.machine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a proceeding stands: the state of each region of its machine (e.g. {@code merits} and
 * {@code custody}), with each region's earlier states so that a suspensive remedy can return to
 * where it interrupted. Immutable.
 */
public record MachineState(Map<String, String> regions, Map<String, List<String>> history) {

    public MachineState {
        regions = Collections.unmodifiableMap(new LinkedHashMap<>(regions));
        Map<String, List<String>> copy = new LinkedHashMap<>();
        history.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        history = Collections.unmodifiableMap(copy);
    }

    /** The state of {@code region}. */
    public String of(String region) {
        String state = regions.get(region);
        if (state == null) throw new IllegalArgumentException("No region " + region);
        return state;
    }

    /** The main state (of the first region). */
    public String main() {
        return regions.values().iterator().next();
    }

    MachineState with(String region, String next) {
        Map<String, String> r = new LinkedHashMap<>(regions);
        Map<String, List<String>> h = new LinkedHashMap<>(history);
        List<String> earlier = new ArrayList<>(h.getOrDefault(region, List.of()));
        earlier.add(of(region));
        r.put(region, next);
        h.put(region, earlier);
        return new MachineState(r, h);
    }

    MachineState returned(String region) {
        List<String> earlier = history.getOrDefault(region, List.of());
        if (earlier.isEmpty()) throw new IllegalStateException("Nothing to return to in " + region);
        Map<String, String> r = new LinkedHashMap<>(regions);
        Map<String, List<String>> h = new LinkedHashMap<>(history);
        // the state before the one being left, skipping the interruption itself
        String back = earlier.get(earlier.size() - 1);
        r.put(region, back);
        List<String> shorter = new ArrayList<>(earlier.subList(0, earlier.size() - 1));
        h.put(region, shorter);
        return new MachineState(r, h);
    }

    /** A readable form, e.g. {@code PROVISIONAL_ARREST / ARRESTED}. */
    public String describe() {
        return String.join(" / ", regions.values());
    }
}
