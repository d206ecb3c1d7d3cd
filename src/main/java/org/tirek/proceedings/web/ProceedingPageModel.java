package org.tirek.proceedings.web;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tirek.cases.CaseId;
import org.tirek.cases.Cases;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.proceedings.ChargeCategory;
import org.tirek.proceedings.DecisionDetails;
import org.tirek.proceedings.Jurisdictions;
import org.tirek.proceedings.LinkKind;
import org.tirek.proceedings.Measure;
import org.tirek.proceedings.ProceedingDetails;
import org.tirek.proceedings.ProceedingId;
import org.tirek.proceedings.Proceedings;

/**
 * Fills the model of a proceeding's page (a recorded read of its details, deadlines included), for
 * the page itself and for the forms on it that come back to it with errors.
 */
@Component
class ProceedingPageModel {

    private final Proceedings proceedings;
    private final Cases cases;

    ProceedingPageModel(Proceedings proceedings, Cases cases) {
        this.proceedings = proceedings;
        this.cases = cases;
    }

    /** Fills {@code model} and names the template. */
    String fill(TirekUser user, ProceedingId id, Model model) {
        ProceedingDetails details = proceedings.details(user, id);
        CaseId caseId = details.summary().caseId();
        model.addAttribute("caseHeader", cases.header(user, caseId));
        model.addAttribute("tab", "proceedings");
        model.addAttribute("details", details);
        model.addAttribute(
                "others",
                proceedings.ofCase(user, caseId).stream()
                        .filter(p -> !p.id().equals(id))
                        .toList());
        model.addAttribute("categories", ChargeCategory.values());
        model.addAttribute("linkKinds", LinkKind.values());
        model.addAttribute("measureTypes", Measure.TYPES);
        model.addAttribute("outcomes", DecisionDetails.OUTCOMES);
        model.addAttribute("requestKinds", List.of("ACCESS", "CORRECTION", "DELETION"));
        model.addAttribute("unBodies", List.of("SPECIAL_PROCEDURE", "TREATY_BODY"));
        model.addAttribute(
                "zone", Jurisdictions.zone(details.summary().jurisdiction()).getId());
        model.addAttribute("currentPath", "/proceedings/" + id);
        if (!model.containsAttribute("eventForm")) model.addAttribute("eventForm", Map.of());
        if (!model.containsAttribute("chargeForm")) model.addAttribute("chargeForm", Map.of());
        model.addAttribute("deadlineDecider", user.role() == Role.LAWYER || user.role() == Role.COORDINATOR);
        return "proceedings/proceeding";
    }
}
