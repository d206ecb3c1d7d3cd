package org.tirek.people.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tirek.identity.TirekUser;
import org.tirek.people.OrganisationDraft;
import org.tirek.people.OrganisationId;
import org.tirek.people.OrganisationKind;
import org.tirek.people.OrganisationSummary;
import org.tirek.people.Organisations;
import org.tirek.platform.ConflictException;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.NotFoundException;

/** The organisations list with its add form, and an organisation's edit page. Nothing here is sensitive. */
@Controller
class OrganisationPages {

    static final String[] FIELDS = {"name", "kind", "country", "region", "phone", "email", "website", "address"};

    private final Organisations organisations;

    OrganisationPages(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/organisations")
    @PreAuthorize(PeopleApi.CASE_STAFF)
    String list(@RequestParam(required = false) @Nullable String kind, Model model) {
        return listPage(kind, model);
    }

    @PostMapping("/organisations")
    @PreAuthorize(PeopleApi.CASE_STAFF)
    String create(@AuthenticationPrincipal TirekUser user, @RequestParam Map<String, String> params, Model model) {
        try {
            OrganisationSummary created = organisations.create(user, draft(params));
            return "redirect:/organisations?created#org-" + created.id();
        } catch (InvalidRequestException e) {
            refused(e, params, model);
            model.addAttribute("addOpen", true);
            return listPage(null, model);
        }
    }

    @GetMapping("/organisations/{id}")
    @PreAuthorize(PeopleApi.CASE_STAFF)
    String edit(@PathVariable UUID id, Model model) {
        return editPage(id, model);
    }

    @PostMapping("/organisations/{id}")
    @PreAuthorize(PeopleApi.CASE_STAFF)
    String save(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID id,
            @RequestParam Map<String, String> params,
            Model model) {
        try {
            int version = Integer.parseInt(params.getOrDefault("version", "-1"));
            organisations.change(user, OrganisationId.of(id), version, draft(params));
            return "redirect:/organisations/" + id + "?saved";
        } catch (InvalidRequestException e) {
            refused(e, params, model);
        } catch (ConflictException | NumberFormatException e) {
            model.addAttribute("form", params);
            model.addAttribute("conflict", true);
        }
        return editPage(id, model);
    }

    @PostMapping("/organisations/{id}/archive")
    @PreAuthorize(PeopleApi.CASE_STAFF)
    String archive(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id) {
        organisations.archive(user, OrganisationId.of(id));
        return "redirect:/organisations?archived";
    }

    private String listPage(@Nullable String kind, Model model) {
        OrganisationKind filter = null;
        try {
            filter = Inputs.optional(OrganisationKind.class, kind, "kind");
        } catch (InvalidRequestException e) {
            model.addAttribute("filterInvalid", true);
        }
        model.addAttribute("filter", filter == null ? "" : filter.name());
        model.addAttribute("organisations", organisations.list(filter));
        if (!model.containsAttribute("form")) model.addAttribute("form", Map.of("kind", "COURT"));
        if (!model.containsAttribute("errors")) model.addAttribute("errors", Map.of());
        PeopleChoices.add(model);
        return "people/organisations";
    }

    private String editPage(UUID id, Model model) {
        OrganisationSummary organisation = organisations
                .find(OrganisationId.of(id))
                .orElseThrow(() -> new NotFoundException("No such organisation"));
        model.addAttribute("org", organisation);
        model.addAttribute("currentPath", "/organisations/" + id);
        if (!model.containsAttribute("form")) model.addAttribute("form", values(organisation));
        if (!model.containsAttribute("errors")) model.addAttribute("errors", Map.of());
        PeopleChoices.add(model);
        return "people/organisation";
    }

    private static void refused(InvalidRequestException e, Map<String, String> params, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : FIELDS)
            if (e.fieldErrors().containsKey(field)) errors.put(field, "people.org.error." + field);
        if (errors.isEmpty()) errors.put("name", "people.org.error.name");
        model.addAttribute("form", params);
        model.addAttribute("errors", errors);
        model.addAttribute("firstError", errors.keySet().iterator().next());
    }

    private static OrganisationDraft draft(Map<String, String> p) {
        return new OrganisationDraft(
                p.getOrDefault("name", ""),
                Inputs.required(OrganisationKind.class, p.get("kind"), "kind"),
                Inputs.country(p.get("country")),
                Inputs.region(p.get("region"), "region"),
                p.get("phone"),
                p.get("email"),
                p.get("website"),
                p.get("address"));
    }

    private static Map<String, String> values(OrganisationSummary o) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("version", Integer.toString(o.version()));
        v.put("name", o.name());
        v.put("kind", o.kind().name());
        v.put("country", o.country() == null ? "" : o.country());
        v.put("region", o.region() == null ? "" : o.region().code());
        v.put("phone", o.phone() == null ? "" : o.phone());
        v.put("email", o.email() == null ? "" : o.email());
        v.put("website", o.website() == null ? "" : o.website());
        v.put("address", o.address() == null ? "" : o.address());
        return v;
    }
}
