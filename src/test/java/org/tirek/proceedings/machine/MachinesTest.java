package org.tirek.proceedings.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tirek.proceedings.ProceedingType;

/** The machines as data: checked, replayable, and strict about what each state allows. */
class MachinesTest {

    @ParameterizedTest
    @EnumSource(ProceedingType.class)
    void everyTypeHasACheckedMachine(ProceedingType type) {
        Machine machine = Machines.of(type);
        assertThat(machine.type()).isEqualTo(type);
        assertThat(machine.moving(machine.initial())).isNotEmpty();
    }

    @Test
    void theMotivatingCaseRunsThroughTheExtraditionMachine() {
        Machine extradition = Machines.of(ProceedingType.EXTRADITION);
        MachineState state = extradition.replay(
                List.of("ALERT_KNOWN", "ARRESTED_ON_PROVISIONAL_REQUEST", "RELEASED_WITH_MEASURES", "MEASURE_IMPOSED"));
        assertThat(state.of(Machines.MERITS)).isEqualTo("PROVISIONAL_ARREST");
        assertThat(state.of(Machines.CUSTODY)).isEqualTo("RELEASED_WITH_MEASURES");
    }

    @Test
    void anIllegalEventNamesTheStateAndTheEvent() {
        Machine extradition = Machines.of(ProceedingType.EXTRADITION);
        MachineState state = extradition.replay(List.of("FORMAL_REQUEST_RECEIVED"));
        assertThatThrownBy(() -> extradition.apply(state, "HANDED_OVER"))
                .isInstanceOf(IllegalEventException.class)
                .hasMessage("The event HANDED_OVER cannot be recorded while the EXTRADITION proceeding is"
                        + " REQUEST_RECEIVED / AT_LIBERTY");
        assertThatThrownBy(() -> extradition.apply(state, "NO_SUCH_EVENT")).isInstanceOf(IllegalEventException.class);
    }

    @Test
    void aSuspensiveRemedyReturnsWhereItInterrupted() {
        Machine extradition = Machines.of(ProceedingType.EXTRADITION);
        MachineState state = extradition.replay(List.of(
                "FORMAL_REQUEST_RECEIVED",
                "INVESTIGATING_JUDGE_SEIZED",
                "FILE_SENT_TO_PANEL",
                "PANEL_FOUND_CONDITIONS_MET",
                "APPEAL_DEADLINE_PASSED",
                "FILE_TO_MINISTER",
                "EXTRAORDINARY_REMEDY_FILED"));
        assertThat(state.main()).isEqualTo("EXTRAORDINARY_REVIEW");
        assertThat(extradition.apply(state, "EXTRAORDINARY_REMEDY_REJECTED").main())
                .isEqualTo("MINISTER_PENDING");
        assertThat(extradition
                        .apply(state, "EXTRAORDINARY_REMEDY_GRANTED_REMAND")
                        .main())
                .isEqualTo("REMANDED");
    }

    @Test
    void terminalStatesAllowOnlyNeutralEvents() {
        Machine asylum = Machines.of(ProceedingType.ASYLUM);
        MachineState left = asylum.replay(List.of("APPLICATION_LODGED", "LEFT_TERRITORY_WITHOUT_PERMISSION"));
        assertThat(asylum.terminal(left)).isTrue();
        assertThat(asylum.moving(left)).isEmpty();
        assertThat(asylum.allows(left, "NOTE")).isTrue();
        assertThat(asylum.allows(left, "HEARING_SCHEDULED")).isFalse();
    }

    @Test
    void aBadDefinitionIsRefusedWhenBuilt() {
        assertThatThrownBy(() -> Machine.builder(ProceedingType.GENERIC)
                        .region("main", "OPEN")
                        .terminal("CLOSED")
                        .on("CLOSED", "main", "OPEN", "CLOSED")
                        .on("REOPENED", "main", "CLOSED", "OPEN")
                        .build())
                .hasMessageContaining("leaves terminal CLOSED");
        assertThatThrownBy(() -> Machine.builder(ProceedingType.GENERIC)
                        .region("main", "OPEN")
                        .on("A", "main", "OPEN", "X")
                        .on("A", "main", "OPEN", "Y")
                        .build())
                .hasMessageContaining("leaves OPEN twice");
    }

    @Test
    void anInterpolMatterEndsForWhatItBlocksWhenInterpolHoldsNothingAndNotBefore() {
        Machine interpol = Machines.of(ProceedingType.INTERPOL);
        assertThat(Machines.hasEnded(
                        ProceedingType.INTERPOL,
                        interpol.replay(List.of("RED_NOTICE_CONFIRMED", "CCF_REQUEST_SENT"))
                                .regions()))
                .isFalse();
        assertThat(Machines.hasEnded(
                        ProceedingType.INTERPOL,
                        interpol.replay(List.of("RED_NOTICE_CONFIRMED", "DATA_DELETED"))
                                .regions()))
                .isTrue();
        assertThat(Machines.hasEnded(
                        ProceedingType.INTERPOL,
                        interpol.replay(List.of("RED_NOTICE_CONFIRMED", "DATA_BLOCKED"))
                                .regions()))
                .isTrue();
        assertThat(Machines.hasEnded(
                        ProceedingType.INTERPOL,
                        interpol.replay(List.of("CCF_REQUEST_SENT", "SOURCE_DELETED"))
                                .regions()))
                .as("the source deleted its data before anything was confirmed")
                .isTrue();
        assertThat(Machines.hasEnded(
                        ProceedingType.INTERPOL,
                        interpol.replay(List.of("RED_NOTICE_CONFIRMED", "DATA_DELETED", "DATA_REINSERTED"))
                                .regions()))
                .isFalse();
    }

    @Test
    void otherProceedingsEndForWhatTheyBlockWithTheirMainState() {
        Machine asylum = Machines.of(ProceedingType.ASYLUM);
        assertThat(Machines.hasEnded(
                        ProceedingType.ASYLUM,
                        asylum.replay(List.of("APPLICATION_LODGED", "PROCEDURE_DISCONTINUED"))
                                .regions()))
                .isTrue();
        assertThat(Machines.hasEnded(
                        ProceedingType.ASYLUM,
                        asylum.replay(List.of("APPLICATION_LODGED", "REFUGEE_STATUS_GRANTED", "GRANT_FINAL"))
                                .regions()))
                .isFalse();
    }

    /** Random walks: every state reached is a state of the machine, and replay gives the same state. */
    @Property(tries = 300)
    void randomLegalWalksStayInsideTheMachine(
            @ForAll("types") ProceedingType type, @ForAll("choices") List<Integer> choices) {
        Machine machine = Machines.of(type);
        MachineState state = machine.initial();
        List<String> applied = new ArrayList<>();
        for (int choice : choices) {
            List<String> allowed = new ArrayList<>(machine.allowed(state));
            String event = allowed.get(Math.floorMod(choice, allowed.size()));
            state = machine.apply(state, event);
            applied.add(event);
            for (String region : machine.regions()) {
                assertThat(machine.states(region)).contains(state.of(region));
            }
        }
        assertThat(machine.replay(applied)).isEqualTo(state);
    }

    /** Random event names: either refused with a named exception or applied to a state of the machine. */
    @Property(tries = 300)
    void randomEventsAreRefusedOrLeadToAKnownState(
            @ForAll("types") ProceedingType type, @ForAll("choices") List<Integer> choices) {
        Machine machine = Machines.of(type);
        List<String> events = new ArrayList<>(machine.events());
        events.add("NOT_AN_EVENT");
        MachineState state = machine.initial();
        for (int choice : choices) {
            String event = events.get(Math.floorMod(choice, events.size()));
            boolean allowed = machine.allows(state, event);
            try {
                state = machine.apply(state, event);
                assertThat(allowed).as(event).isTrue();
            } catch (IllegalEventException e) {
                assertThat(allowed).as(event).isFalse();
            }
            for (String region : machine.regions())
                assertThat(machine.states(region)).contains(state.of(region));
        }
    }

    @Provide
    Arbitrary<ProceedingType> types() {
        return Arbitraries.of(ProceedingType.class);
    }

    @Provide
    Arbitrary<List<Integer>> choices() {
        return Arbitraries.integers().between(0, 1000).list().ofMaxSize(40);
    }
}
