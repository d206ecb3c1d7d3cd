package org.tirek.proceedings.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tirek.cases.CaseId;
import org.tirek.cases.Cases;
import org.tirek.identity.TirekUser;
import org.tirek.platform.ConflictException;
import org.tirek.platform.InvalidRequestException;
import org.tirek.proceedings.ChargeCategory;
import org.tirek.proceedings.ClientRole;
import org.tirek.proceedings.Jurisdictions;
import org.tirek.proceedings.LinkKind;
import org.tirek.proceedings.NewEvent;
import org.tirek.proceedings.NewProceeding;
import org.tirek.proceedings.OccurredAt;
import org.tirek.proceedings.ProceedingId;
import org.tirek.proceedings.ProceedingSummary;
import org.tirek.proceedings.ProceedingType;
import org.tirek.proceedings.Proceedings;
import org.tirek.proceedings.machine.IllegalEventException;
import org.tirek.vault.NeedsKeys;

/**
 * The proceedings tab of a case and each proceeding's page. Forms work without JavaScript; a refused
 * form comes back with what was typed and the reason next to the field.
 */
@Controller
class ProceedingPages {

    static final List<String> JURISDICTIONS =
            List.of("ME", "KZ", "ECHR", "INTERPOL", "UN", "EU", "RU", "KG", "UZ", "GE", "TR", "DE", "LT", "RS");

    private final Proceedings proceedings;
    private final Cases cases;
    private final ProceedingPageModel page;

    ProceedingPages(Proceedings proceedings, Cases cases, ProceedingPageModel page) {
        this.proceedings = proceedings;
        this.cases = cases;
        this.page = page;
    }

    @GetMapping("/cases/{caseId}/proceedings")
    @PreAuthorize(ProceedingsApi.CASE_VIEWERS)
    String ofCase(@AuthenticationPrincipal TirekUser user, @PathVariable UUID caseId, Model model) {
        return listPage(user, CaseId.of(caseId), model);
    }

    @PostMapping("/cases/{caseId}/proceedings")
    @NeedsKeys
    @PreAuthorize(ProceedingsApi.CASE_VIEWERS)
    String open(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @RequestParam Map<String, String> params,
            Model model) {
        CaseId id = CaseId.of(caseId);
        try {
            ProceedingSummary created = proceedings.open(
                    user,
                    id,
                    new NewProceeding(
                            Inputs.required(ProceedingType.class, params.get("type"), "type"),
                            params.getOrDefault("jurisdiction", ""),
                            params.getOrDefault("title", ""),
                            null,
                            params.get("reference"),
                            Inputs.required(ClientRole.class, params.getOrDefault("clientRole", "OTHER"), "clientRole"),
                            params.get("requestingState"),
                            Inputs.date(params.get("openedOn"), "openedOn"),
                            params.get("leadLawyer"),
                            params.get("backupLawyer")));
            return "redirect:/proceedings/" + created.id() + "?opened";
        } catch (InvalidRequestException e) {
            model.addAttribute("form", params);
            model.addAttribute("errors", errors(e));
            return listPage(user, id, model);
        }
    }

    @GetMapping("/proceedings/{id}")
    @NeedsKeys
    @PreAuthorize(ProceedingsApi.CASE_VIEWERS)
    String details(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id, Model model) {
        return detailsPage(user, ProceedingId.of(id), model);
    }

    @PostMapping("/proceedings/{id}/events")
    @NeedsKeys
    @PreAuthorize(ProceedingsApi.CASE_VIEWERS)
    String record(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID id,
            @RequestParam Map<String, String> params,
            Model model) {
        ProceedingId proceeding = ProceedingId.of(id);
        try {
            ProceedingSummary p = proceedings.summary(user, proceeding);
            ZoneId zone = Jurisdictions.zone(p.jurisdiction());
            String type = params.getOrDefault("type", "").strip();
            if (type.isEmpty()) throw new InvalidRequestException("Choose the event", Map.of("type", "required"));
            LocalDate date = Inputs.date(params.get("date"), "date");
            String time = params.getOrDefault("time", "").strip();
            OccurredAt occurredAt;
            try {
                occurredAt = time.isEmpty()
                        ? OccurredAt.ofDate(date, zone)
                        : new OccurredAt(
                                date.atTime(LocalTime.parse(time)).atZone(zone).toInstant(), zone, false);
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidRequestException(
                        "A time is written hours:minutes, e.g. 09:30", Map.of("time", "HH:MM"));
            }
            proceedings.record(
                    user,
                    proceeding,
                    new NewEvent(
                            type,
                            occurredAt,
                            params.get("note"),
                            attributes(params, zone),
                            Inputs.uuid(params.get("voids"), "voids")));
            return "redirect:/proceedings/" + id + "?recorded";
        } catch (IllegalEventException e) {
            model.addAttribute("eventForm", params);
            model.addAttribute("errors", Map.of("type", "proceedings.error.illegal"));
            model.addAttribute("illegal", e.getMessage());
            return detailsPage(user, proceeding, model);
        } catch (InvalidRequestException | ConflictException e) {
            model.addAttribute("eventForm", params);
            model.addAttribute(
                    "errors",
                    e instanceof InvalidRequestException i ? errors(i) : Map.of("form", "proceedings.error.conflict"));
            model.addAttribute("refusal", e.getMessage());
            return detailsPage(user, proceeding, model);
        }
    }

    @PostMapping("/proceedings/{id}/charges")
    @NeedsKeys
    @PreAuthorize(ProceedingsApi.CASE_VIEWERS)
    String addCharge(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID id,
            @RequestParam Map<String, String> params,
            Model model) {
        ProceedingId proceeding = ProceedingId.of(id);
        try {
            String years = params.getOrDefault("maxPenaltyYears", "").strip();
            Integer months;
            try {
                months = years.isEmpty() ? null : (int) Math.round(Double.parseDouble(years.replace(',', '.')) * 12);
            } catch (NumberFormatException e) {
                throw new InvalidRequestException(
                        "Give the maximum penalty in years, e.g. 10", Map.of("maxPenaltyYears", "a number"));
            }
            proceedings.addCharge(
                    user,
                    proceeding,
                    params.getOrDefault("article", ""),
                    Inputs.required(ChargeCategory.class, params.get("category"), "category"),
                    months,
                    "true".equals(params.get("lifeOrDeath")),
                    params.get("description"));
            return "redirect:/proceedings/" + id + "?charged";
        } catch (InvalidRequestException e) {
            model.addAttribute("chargeForm", params);
            model.addAttribute("errors", errors(e));
            return detailsPage(user, proceeding, model);
        }
    }

    @PostMapping("/proceedings/{id}/links")
    @NeedsKeys
    @PreAuthorize(ProceedingsApi.CASE_VIEWERS)
    String link(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String kind,
            Model model) {
        ProceedingId proceeding = ProceedingId.of(id);
        try {
            UUID target = Inputs.uuid(to, "to");
            if (target == null) throw new InvalidRequestException("Choose a proceeding", Map.of("to", "required"));
            proceedings.link(user, proceeding, ProceedingId.of(target), Inputs.required(LinkKind.class, kind, "kind"));
            return "redirect:/proceedings/" + id + "?linked";
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", errors(e));
            return detailsPage(user, proceeding, model);
        }
    }

    private String listPage(TirekUser user, CaseId caseId, Model model) {
        model.addAttribute("caseHeader", cases.header(user, caseId));
        model.addAttribute("tab", "proceedings");
        model.addAttribute("proceedings", proceedings.ofCase(user, caseId));
        model.addAttribute("team", cases.team(user, caseId));
        model.addAttribute("types", ProceedingType.values());
        model.addAttribute("roles", ClientRole.values());
        model.addAttribute("jurisdictions", JURISDICTIONS);
        model.addAttribute("currentPath", "/cases/" + caseId + "/proceedings");
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of("openedOn", "", "type", "EXTRADITION", "clientRole", "REQUESTED_PERSON"));
        }
        return "proceedings/list";
    }

    private String detailsPage(TirekUser user, ProceedingId id, Model model) {
        return page.fill(user, id, model);
    }

    /** The structural attributes a form sends for the events that need them. */
    private static Map<String, String> attributes(Map<String, String> params, ZoneId zone) {
        Map<String, String> attributes = new LinkedHashMap<>();
        String hearingDate = params.getOrDefault("hearingDate", "").strip();
        if (!hearingDate.isEmpty()) {
            String hearingTime = params.getOrDefault("hearingTime", "").strip();
            try {
                LocalTime at = hearingTime.isEmpty() ? LocalTime.of(9, 0) : LocalTime.parse(hearingTime);
                attributes.put(
                        "hearingAt",
                        LocalDate.parse(hearingDate)
                                .atTime(at)
                                .atZone(zone)
                                .toOffsetDateTime()
                                .toString());
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidRequestException(
                        "Give the hearing's date and time", Map.of("hearingAt", "date and time"));
            }
        }
        for (String key : List.of(
                "measureType",
                "reviewOn",
                "measure",
                "decision",
                "forum",
                "intervener",
                "surrenderOn",
                "requestKind",
                "unBody",
                "meets",
                "instance",
                "outcome",
                "appealable")) {
            String value = params.getOrDefault(key, "").strip();
            if (!value.isEmpty()) attributes.put(key, value);
        }
        // an ECLI is written in capitals; what was typed comes back in the form as typed
        String ecli = params.getOrDefault("ecli", "").strip();
        if (!ecli.isEmpty()) attributes.put("ecli", ecli.toUpperCase(Locale.ROOT));
        if ("true".equals(params.get("override"))) attributes.put("override", "true");
        return attributes;
    }

    /** Field errors whose message differs from the field's usual one, by field and field error. */
    private static final Map<String, String> SPECIFIC_ERRORS = Map.of(
            "occurredAt:" + NewEvent.IN_THE_FUTURE, "proceedings.error.occurredAt.future",
            "note:" + NewEvent.NOTE_TOO_LONG, "proceedings.error.note.length",
            "type:" + NewEvent.UNKNOWN_TYPE, "proceedings.error.type.unknown");

    /** The message key of each refused field. */
    private static Map<String, String> errors(InvalidRequestException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.fieldErrors()
                .forEach((field, problem) -> errors.put(
                        field, SPECIFIC_ERRORS.getOrDefault(field + ":" + problem, "proceedings.error." + field)));
        if (errors.isEmpty()) errors.put("form", "proceedings.error.form");
        return errors;
    }
}
