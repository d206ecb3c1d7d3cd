package org.tirek.proceedings.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tirek.proceedings.ProceedingSummary;
import org.tirek.proceedings.ProceedingType;
import org.tirek.proceedings.machine.Machines;

/**
 * The blocks on an extradition's surrender (DOMAIN.md §3.7), computed from the case's other
 * proceedings as they stand now: a pending claim for protection, protection granted (a recognised
 * refugee must not be handed to the state they fled: non-refoulement), an interim measure in force, a
 * suspensive remedy, or an explicit BLOCKS or SUSPENDS link from a proceeding that has not ended
 * ({@link Machines#hasEnded}).
 */
@Component
class Blocks {

    static final String PROTECTION_CLAIM = "BLOCKED_BY_PENDING_PROTECTION_CLAIM";
    static final String PROTECTION_GRANTED = "BLOCKED_BY_PROTECTION_GRANTED";
    static final String INTERIM_MEASURE = "BLOCKED_BY_INTERIM_MEASURE";
    static final String COURT_SUSPENSION = "BLOCKED_BY_COURT_SUSPENSION";
    static final String LINK = "BLOCKED_BY_LINKED_PROCEEDING";

    /**
     * Events that carry the person out of reach or fix the day they will be: refused while blocked
     * unless explicitly overridden with a reason. The Minister's permission ({@code MINISTER_ALLOWED})
     * is not among them: it is a decision to record as soon as it is known (alert A1 names it), and
     * neither moves the person nor sets a date.
     */
    static final Set<String> SURRENDER_EVENTS = Set.of("SURRENDER_DATE_SET", "HANDED_OVER");

    private final JdbcClient jdbc;

    Blocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The blocks on {@code extradition}, given all proceedings of its case. */
    List<String> of(ProceedingSummary extradition, List<ProceedingSummary> ofCase) {
        if (extradition.type() != ProceedingType.EXTRADITION) return List.of();
        List<String> blocks = new ArrayList<>();
        List<ProceedingSummary> asylum =
                ofCase.stream().filter(p -> p.type() == ProceedingType.ASYLUM).toList();
        if (asylum.stream()
                .anyMatch(p -> Machines.ASYLUM_PENDING.contains(p.mainState())
                        && !Machines.ASYLUM_GRANTED.contains(p.mainState()))) {
            blocks.add(PROTECTION_CLAIM);
        }
        if (asylum.stream().anyMatch(p -> Machines.ASYLUM_GRANTED.contains(p.mainState()))) {
            blocks.add(PROTECTION_GRANTED);
        }
        if (ofCase.stream()
                .anyMatch(p -> p.type() == ProceedingType.INTERIM_MEASURE
                        && p.mainState().equals("IN_FORCE"))) {
            blocks.add(INTERIM_MEASURE);
        }
        if (extradition.mainState().equals("EXTRAORDINARY_REVIEW")) blocks.add(COURT_SUSPENSION);
        if (blockingLinkSources(extradition).stream().anyMatch(source -> stillBlocks(source, ofCase))) {
            blocks.add(LINK);
        }
        return blocks;
    }

    private List<UUID> blockingLinkSources(ProceedingSummary extradition) {
        return jdbc.sql("""
                        select from_id from proceeding_link
                         where to_id = :id and kind in ('BLOCKS', 'SUSPENDS')
                        """)
                .param("id", extradition.id().value())
                .query((rs, n) -> rs.getObject("from_id", UUID.class))
                .list();
    }

    /** Links join proceedings of one case; a source not found among them blocks, to be safe. */
    private static boolean stillBlocks(UUID source, List<ProceedingSummary> ofCase) {
        return ofCase.stream()
                .filter(p -> p.id().value().equals(source))
                .findFirst()
                .map(p -> !Machines.hasEnded(p.type(), p.state()))
                .orElse(true);
    }
}
