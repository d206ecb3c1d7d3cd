package org.tirek.proceedings.machine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.tirek.proceedings.ProceedingType;

/**
 * One proceeding type's state machine, as data. A machine has one or more regions (each with its
 * own current state) and transitions {@code (region, from-states, event) → to-state}. An event is
 * allowed when its <em>primary</em> region (the first region it has transitions in) has a transition
 * from the current state; it then also moves every other region that has a matching transition.
 * {@link #ANY} stands for every non-terminal state of the region, {@link #BACK} for the state before
 * the current one (a suspensive remedy returning the proceeding to where it was). <em>Neutral</em>
 * events (hearings, documents, decisions served, measures, interventions, notes) change no state.
 *
 * <p>Machines are checked when built: states reachable, transitions of one event and region not
 * overlapping, nothing leaving a terminal state.
 */
public final class Machine {

    /** Every non-terminal state of the region. */
    public static final String ANY = "*";
    /** Back to the state the region was in before the current one. */
    public static final String BACK = "^";

    /** Events every machine allows in every state, changing nothing. */
    public static final Set<String> ALWAYS = Set.of(
            "NOTE",
            "DOCUMENT_RECEIVED",
            "SUBMISSION_FILED",
            "DECISION_SERVED",
            "DECISION_FINAL",
            "INTERVENTION",
            "MEASURE_LIFTED",
            "HEARING_HELD",
            "HEARING_CANCELLED",
            "CORRECTION");
    /** Events every machine allows while it is not terminal, changing nothing. */
    public static final Set<String> WHILE_OPEN = Set.of("HEARING_SCHEDULED", "MEASURE_IMPOSED");

    private final ProceedingType type;
    private final Map<String, String> initial;
    private final Set<String> terminal;
    private final Map<String, List<Transition>> byEvent;

    private Machine(
            ProceedingType type,
            Map<String, String> initial,
            Set<String> terminal,
            Map<String, List<Transition>> byEvent) {
        this.type = type;
        this.initial = Collections.unmodifiableMap(new LinkedHashMap<>(initial));
        this.terminal = Set.copyOf(terminal);
        this.byEvent = Collections.unmodifiableMap(new LinkedHashMap<>(byEvent));
    }

    public ProceedingType type() {
        return type;
    }

    public MachineState initial() {
        return new MachineState(initial, Map.of());
    }

    public List<String> regions() {
        return List.copyOf(initial.keySet());
    }

    /** Whether the main region has reached an end. */
    public boolean terminal(MachineState state) {
        return terminal.contains(state.main());
    }

    public boolean isTerminal(String state) {
        return terminal.contains(state);
    }

    /** Every event this machine knows, neutral ones included. */
    public SortedSet<String> events() {
        SortedSet<String> all = new TreeSet<>(byEvent.keySet());
        all.addAll(ALWAYS);
        all.addAll(WHILE_OPEN);
        return all;
    }

    /** Every state of {@code region} that a transition names. */
    public SortedSet<String> states(String region) {
        SortedSet<String> states = new TreeSet<>();
        states.add(initial.get(region));
        byEvent.values().stream()
                .flatMap(List::stream)
                .filter(t -> t.region().equals(region))
                .forEach(t -> {
                    t.from().stream().filter(s -> !s.equals(ANY)).forEach(states::add);
                    if (!t.to().equals(BACK)) states.add(t.to());
                });
        return states;
    }

    /** The events allowed in {@code state}, neutral ones included. */
    public SortedSet<String> allowed(MachineState state) {
        SortedSet<String> allowed = new TreeSet<>(ALWAYS);
        if (!terminal(state)) allowed.addAll(WHILE_OPEN);
        byEvent.keySet().stream().filter(e -> primaryMatch(state, e) != null).forEach(allowed::add);
        return allowed;
    }

    /** The events that move the machine and are allowed in {@code state}. */
    public SortedSet<String> moving(MachineState state) {
        SortedSet<String> allowed = new TreeSet<>();
        byEvent.keySet().stream().filter(e -> primaryMatch(state, e) != null).forEach(allowed::add);
        return allowed;
    }

    public boolean allows(MachineState state, String event) {
        return allowed(state).contains(event);
    }

    /**
     * The state after {@code event}.
     *
     * @throws IllegalEventException when the event is unknown to this machine or not allowed now
     */
    public MachineState apply(MachineState state, String event) {
        if (ALWAYS.contains(event)) return state;
        if (WHILE_OPEN.contains(event)) {
            if (terminal(state)) throw new IllegalEventException(type.name(), event, state.describe());
            return state;
        }
        List<Transition> transitions = byEvent.get(event);
        if (transitions == null || primaryMatch(state, event) == null) {
            throw new IllegalEventException(type.name(), event, state.describe());
        }
        MachineState next = state;
        for (String region : initial.keySet()) {
            for (Transition t : transitions) {
                if (t.region().equals(region) && matches(t, state.of(region))) {
                    next = t.to().equals(BACK) ? next.returned(region) : next.with(region, t.to());
                    break;
                }
            }
        }
        return next;
    }

    /** The state after all {@code events} from the start; stops with the first illegal one. */
    public MachineState replay(List<String> events) {
        MachineState state = initial();
        for (String event : events) state = apply(state, event);
        return state;
    }

    private @Nullable Transition primaryMatch(MachineState state, String event) {
        List<Transition> transitions = byEvent.get(event);
        if (transitions == null) return null;
        String primary = transitions.get(0).region();
        for (Transition t : transitions) {
            if (t.region().equals(primary) && matches(t, state.of(primary))) {
                if (t.to().equals(BACK)
                        && state.history().getOrDefault(primary, List.of()).isEmpty()) return null;
                return t;
            }
        }
        return null;
    }

    private boolean matches(Transition t, String current) {
        return t.from().contains(current) || (t.from().contains(ANY) && !terminal.contains(current));
    }

    public static Builder builder(ProceedingType type) {
        return new Builder(type);
    }

    /** One edge of the machine. */
    record Transition(String region, Set<String> from, String to) {}

    /** Builds and checks a machine. */
    public static final class Builder {

        private final ProceedingType type;
        private final Map<String, String> initial = new LinkedHashMap<>();
        private final Set<String> terminal = new LinkedHashSet<>();
        private final Map<String, List<Transition>> byEvent = new LinkedHashMap<>();

        private Builder(ProceedingType type) {
            this.type = type;
        }

        /** Declares a region and its initial state; the first region is the main one. */
        public Builder region(String name, String initialState) {
            initial.put(name, initialState);
            return this;
        }

        public Builder terminal(String... states) {
            terminal.addAll(List.of(states));
            return this;
        }

        /**
         * Adds {@code event}: in {@code region}, from any of {@code from} (comma-separated, or
         * {@link #ANY}) to {@code to} (or {@link #BACK}).
         */
        public Builder on(String event, String region, String from, String to) {
            if (!initial.containsKey(region)) throw new IllegalArgumentException("Unknown region " + region);
            Set<String> sources = new LinkedHashSet<>();
            for (String s : from.split(",")) sources.add(s.strip());
            byEvent.computeIfAbsent(event, e -> new ArrayList<>()).add(new Transition(region, sources, to));
            return this;
        }

        /** Builds the machine after checking it. */
        public Machine build() {
            Machine machine = new Machine(type, initial, terminal, byEvent);
            check(machine);
            return machine;
        }

        private void check(Machine machine) {
            for (var entry : byEvent.entrySet()) {
                String event = entry.getKey();
                if (ALWAYS.contains(event) || WHILE_OPEN.contains(event)) {
                    throw new IllegalStateException(type + ": " + event + " is a neutral event");
                }
                for (String region : initial.keySet()) {
                    Set<String> seen = new LinkedHashSet<>();
                    for (Transition t : entry.getValue()) {
                        if (!t.region().equals(region)) continue;
                        for (String s : t.from()) {
                            if (!seen.add(s))
                                throw new IllegalStateException(type + ": " + event + " leaves " + s + " twice");
                            if (terminal.contains(s)) {
                                throw new IllegalStateException(type + ": " + event + " leaves terminal " + s);
                            }
                        }
                        if (t.to().equals(BACK) && t.from().contains(ANY)) {
                            throw new IllegalStateException(type + ": " + event + " returns from any state");
                        }
                    }
                }
            }
            for (String region : initial.keySet()) {
                Set<String> reachable = reachable(region);
                for (String state : machine.states(region)) {
                    if (!reachable.contains(state))
                        throw new IllegalStateException(type + ": " + state + " is unreachable");
                }
            }
        }

        private Set<String> reachable(String region) {
            Set<String> reached = new LinkedHashSet<>();
            reached.add(initial.get(region));
            boolean grew = true;
            while (grew) {
                grew = false;
                for (List<Transition> list : byEvent.values()) {
                    for (Transition t : list) {
                        if (!t.region().equals(region) || t.to().equals(BACK)) continue;
                        boolean from = t.from().stream()
                                .anyMatch(s -> reached.contains(s) || (s.equals(ANY) && !reached.isEmpty()));
                        if (from && reached.add(t.to())) grew = true;
                    }
                }
            }
            return reached;
        }
    }
}
