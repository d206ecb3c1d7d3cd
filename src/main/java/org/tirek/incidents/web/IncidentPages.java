package org.tirek.incidents.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tirek.cases.CaseId;
import org.tirek.cases.Cases;
import org.tirek.identity.CaseAccess;
import org.tirek.identity.TirekUser;
import org.tirek.incidents.AgeBand;
import org.tirek.incidents.Answer;
import org.tirek.incidents.AreaCategory;
import org.tirek.incidents.CaseContext;
import org.tirek.incidents.CoreType;
import org.tirek.incidents.Incident;
import org.tirek.incidents.IncidentId;
import org.tirek.incidents.Incidents;
import org.tirek.incidents.Relationship;
import org.tirek.incidents.Sex;
import org.tirek.incidents.TimeOfDay;
import org.tirek.platform.ConflictException;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.Region;
import org.tirek.vault.NeedsKeys;

/**
 * The incident pages of a case: the list, the guided classifier (one yes/no question a page, see
 * {@link ClassifierSteps}), the form that records an incident of the type found, and an incident's
 * page with its edit form. Everything works without JavaScript: adding or removing a perpetrator
 * row and adding or removing the narrative are submit buttons ({@code action}) that show the form
 * again with what was typed. A refused form comes back with messages next to the fields (keys
 * {@code incidents.error.<field>}) and the first of them focused; nothing is saved then.
 */
@Controller
class IncidentPages {

    private final Incidents incidents;
    private final Cases cases;
    private final CaseAccess access;
    private final Clock clock;

    IncidentPages(Incidents incidents, Cases cases, CaseAccess access, Clock clock) {
        this.incidents = incidents;
        this.cases = cases;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/cases/{caseId}/incidents")
    @NeedsKeys
    @PreAuthorize(IncidentsApi.STAFF)
    String list(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId, Model model) {
        CaseId id = CaseId.of(caseId);
        List<Incident> list = incidents.ofCase(user, id);
        model.addAttribute("caseHeader", cases.header(user, id));
        model.addAttribute("tab", "incidents");
        model.addAttribute("incidents", list);
        return "incidents/list";
    }

    @GetMapping("/cases/{caseId}/incidents/new")
    @NeedsKeys
    @PreAuthorize(IncidentsApi.STAFF)
    String start(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId, Model model) {
        CaseId id = CaseId.of(caseId);
        access.check(user, caseId);
        return stepPage(user, id, ClassifierSteps.start(), model);
    }

    @PostMapping("/cases/{caseId}/incidents/new")
    @NeedsKeys
    @PreAuthorize(IncidentsApi.STAFF)
    String step(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @RequestParam MultiValueMap<String, String> params,
            Model model) {
        CaseId id = CaseId.of(caseId);
        access.check(user, caseId);
        ClassifierSteps.Step step = ClassifierSteps.next(params);
        CoreType type = step.type();
        if (type == null) return stepPage(user, id, step, model);
        IncidentForm form = IncidentForm.blank(type.name(), today());
        return newPage(user, id, form, Map.of(), "reportedOn", model);
    }

    @PostMapping("/cases/{caseId}/incidents")
    @NeedsKeys
    @PreAuthorize(IncidentsApi.STAFF)
    String record(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @RequestParam MultiValueMap<String, String> params,
            Model model) {
        CaseId id = CaseId.of(caseId);
        access.check(user, caseId);
        IncidentForm form = IncidentForm.from(params);
        FormAction action = FormAction.of(params.getFirst("action"));
        if (action.kind() != FormAction.Kind.SAVE) {
            IncidentForm changed = action.apply(form);
            return newPage(user, id, changed, Map.of(), action.focus(changed), model);
        }
        try {
            Incident recorded = incidents.record(user, id, form.toInput());
            return "redirect:/cases/" + caseId + "/incidents?recorded=" + recorded.id();
        } catch (InvalidRequestException e) {
            Map<String, String> errors = Refusals.messageKeys(e);
            return newPage(user, id, form, errors, Refusals.autofocus(errors, form), model);
        }
    }

    @GetMapping("/incidents/{id}")
    @NeedsKeys
    @PreAuthorize(IncidentsApi.STAFF)
    String incident(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id, Model model) {
        Incident incident = incidents.get(user, IncidentId.of(id));
        return incidentPage(user, incident, IncidentForm.of(incident), Map.of(), "", model);
    }

    @PostMapping("/incidents/{id}")
    @NeedsKeys
    @PreAuthorize(IncidentsApi.STAFF)
    String change(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> params,
            Model model) {
        IncidentId incidentId = IncidentId.of(id);
        IncidentForm form = IncidentForm.from(params);
        FormAction action = FormAction.of(params.getFirst("action"));
        if (action.kind() != FormAction.Kind.SAVE) {
            IncidentForm changed = action.apply(form);
            model.addAttribute("editOpen", true);
            return incidentPage(user, incidents.get(user, incidentId), changed, Map.of(), action.focus(changed), model);
        }
        try {
            int version = Integer.parseInt(form.get("version").strip());
            incidents.change(user, incidentId, version, form.toInput());
            return "redirect:/incidents/" + id + "?saved";
        } catch (InvalidRequestException e) {
            Map<String, String> errors = Refusals.messageKeys(e);
            model.addAttribute("editOpen", true);
            return incidentPage(
                    user, incidents.get(user, incidentId), form, errors, Refusals.autofocus(errors, form), model);
        } catch (NumberFormatException | ConflictException e) {
            model.addAttribute("editOpen", true);
            model.addAttribute("conflict", true);
            return incidentPage(user, incidents.get(user, incidentId), form, Map.of(), "", model);
        }
    }

    // --- pages

    private String stepPage(TirekUser user, CaseId id, ClassifierSteps.Step step, Model model) {
        model.addAttribute("caseHeader", cases.header(user, id));
        model.addAttribute("tab", "incidents");
        model.addAttribute("step", step);
        model.addAttribute("currentPath", "/cases/" + id + "/incidents/new"); // the language links GET this
        return "incidents/classify";
    }

    private String newPage(
            TirekUser user, CaseId id, IncidentForm form, Map<String, String> errors, String autofocus, Model model) {
        model.addAttribute("caseHeader", cases.header(user, id));
        model.addAttribute("tab", "incidents");
        CoreType type = type(form.get("type"));
        model.addAttribute("type", type);
        model.addAttribute("step", type == null ? null : ClassifierSteps.decided(type));
        model.addAttribute("currentPath", "/cases/" + id + "/incidents/new");
        return formPage(form, errors, autofocus, model, "incidents/new");
    }

    private String incidentPage(
            TirekUser user,
            Incident incident,
            IncidentForm form,
            Map<String, String> errors,
            String autofocus,
            Model model) {
        model.addAttribute("caseHeader", cases.header(user, incident.caseId()));
        model.addAttribute("tab", "incidents");
        model.addAttribute("incident", incident);
        model.addAttribute("currentPath", "/incidents/" + incident.id());
        return formPage(form, errors, autofocus, model, "incidents/incident");
    }

    private static String formPage(
            IncidentForm form, Map<String, String> errors, String autofocus, Model model, String view) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("autofocus", autofocus);
        model.addAttribute("types", CoreType.values());
        model.addAttribute("timesOfDay", TimeOfDay.values());
        model.addAttribute("regions", Region.KNOWN);
        model.addAttribute("areas", AreaCategory.values());
        model.addAttribute("contexts", CaseContext.values());
        model.addAttribute("relationships", Relationship.values());
        model.addAttribute("ageBands", AgeBand.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("answers", Answer.values());
        model.addAttribute("months", IntStream.rangeClosed(1, 12).boxed().toList());
        return view;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static @Nullable CoreType type(String value) {
        try {
            return value.isBlank() ? null : CoreType.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
