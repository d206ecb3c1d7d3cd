package org.tirek.people.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tirek.identity.TirekUser;
import org.tirek.people.CaseLabels;
import org.tirek.people.ClientCode;
import org.tirek.people.Parties;
import org.tirek.people.PartyList;
import org.tirek.people.PartyRole;
import org.tirek.people.People;
import org.tirek.people.PersonCreation;
import org.tirek.people.PersonId;
import org.tirek.platform.InvalidRequestException;
import org.tirek.vault.NeedsKeys;

/**
 * A case's parties: the list (survivors hidden until revealed), finding a person by client code,
 * and creating a person with the duplicate warning. A refused form comes back with what was typed
 * and a message next to each wrong field; nothing is saved then.
 */
@Controller
class PartyPages {

    private final Parties parties;
    private final People people;
    private final ObjectProvider<CaseLabels> labels;

    PartyPages(Parties parties, People people, ObjectProvider<CaseLabels> labels) {
        this.parties = parties;
        this.people = people;
        this.labels = labels;
    }

    @GetMapping("/cases/{caseId}/parties")
    @NeedsKeys
    @PreAuthorize(PeopleApi.CASE_STAFF)
    String list(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @RequestParam(required = false) @Nullable String code,
            Model model) {
        PartyList list = parties.list(user, caseId);
        if (code != null && !code.isBlank()) search(user, code, model);
        return page(list, model);
    }

    @PostMapping("/cases/{caseId}/parties/existing")
    @NeedsKeys
    @PreAuthorize(PeopleApi.CASE_STAFF)
    String addExisting(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @RequestParam(defaultValue = "") String personId,
            @RequestParam(defaultValue = "") String role,
            Model model) {
        try {
            PartyRole chosen = Inputs.required(PartyRole.class, role, "role");
            parties.add(user, caseId, PersonId.of(Inputs.uuid(personId, "personId")), chosen);
            return "redirect:/cases/" + caseId + "/parties?added";
        } catch (InvalidRequestException e) {
            model.addAttribute(
                    "addError", e.fieldErrors().containsKey("role") ? "people.error.already" : "people.error.add");
            return page(parties.list(user, caseId), model);
        }
    }

    @PostMapping("/cases/{caseId}/parties/new")
    @NeedsKeys
    @PreAuthorize(PeopleApi.CASE_STAFF)
    String create(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @RequestParam MultiValueMap<String, String> params,
            Model model) {
        PersonForm form = PersonForm.of(params);
        try {
            PersonForm.Errors errors = new PersonForm.Errors();
            PartyRole role = errors.collect(() -> Inputs.required(PartyRole.class, form.get("role"), "role"));
            var person = errors.collect(form::newPerson);
            errors.throwIfAny();
            PersonCreation created = parties.createAndAdd(
                    user, caseId, Objects.requireNonNull(person), Objects.requireNonNull(role), form.duplicatesSeen());
            if (created instanceof PersonCreation.PossibleDuplicates d) {
                model.addAttribute("duplicates", d.candidates());
                model.addAttribute("newForm", form);
                return page(parties.list(user, caseId), model);
            }
            return "redirect:/cases/" + caseId + "/parties?created";
        } catch (InvalidRequestException e) {
            Map<String, String> errors = PersonForm.messages(e);
            model.addAttribute("newForm", form);
            model.addAttribute("errors", errors);
            model.addAttribute("firstError", errors.keySet().iterator().next());
            return page(parties.list(user, caseId), model);
        }
    }

    @PostMapping("/cases/{caseId}/parties/{personId}/reveal")
    @NeedsKeys
    @PreAuthorize(PeopleApi.CASE_STAFF)
    String reveal(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @PathVariable UUID personId,
            Model model) {
        model.addAttribute("revealed", personId);
        return page(parties.reveal(user, caseId, PersonId.of(personId)), model);
    }

    @PostMapping("/cases/{caseId}/parties/{personId}/remove")
    @PreAuthorize(PeopleApi.CASE_STAFF)
    String remove(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID caseId,
            @PathVariable UUID personId,
            @RequestParam(defaultValue = "") String role) {
        parties.remove(user, caseId, PersonId.of(personId), Inputs.optional(PartyRole.class, role, "role"));
        return "redirect:/cases/" + caseId + "/parties?removed";
    }

    private void search(TirekUser user, String code, Model model) {
        model.addAttribute("code", code);
        ClientCode parsed;
        try {
            parsed = ClientCode.parse(code);
        } catch (IllegalArgumentException e) {
            model.addAttribute("codeError", "people.error.code");
            return;
        }
        people.find(user, parsed)
                .filter(p -> !p.erased())
                .ifPresentOrElse(
                        p -> model.addAttribute("found", p),
                        () -> model.addAttribute("codeError", "people.error.notFound"));
    }

    private String page(PartyList list, Model model) {
        UUID caseId = list.caseId();
        model.addAttribute("caseId", caseId);
        model.addAttribute("caseLabel", label(caseId));
        model.addAttribute("tab", "parties");
        model.addAttribute("list", list);
        model.addAttribute("currentPath", "/cases/" + caseId + "/parties"); // the language links GET this
        if (!model.containsAttribute("newForm")) model.addAttribute("newForm", PersonForm.empty());
        if (!model.containsAttribute("errors")) model.addAttribute("errors", new LinkedHashMap<String, String>());
        PeopleChoices.add(model);
        return "people/parties";
    }

    private org.tirek.people.@Nullable CaseLabel label(UUID caseId) {
        CaseLabels source = labels.getIfAvailable();
        return source == null ? null : source.label(caseId).orElse(null);
    }
}
