package org.tirek.people.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
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
import org.tirek.people.People;
import org.tirek.people.PersonDetails;
import org.tirek.people.PersonId;
import org.tirek.platform.ConflictException;
import org.tirek.platform.InvalidRequestException;
import org.tirek.vault.NeedsKeys;

/**
 * A person's page: structural data, identity and safe-contact rules, each with its edit form, and the
 * cases the viewer may see that the person is a party of. Every view is a recorded read.
 */
@Controller
class PersonPages {

    private final People people;

    PersonPages(People people) {
        this.people = people;
    }

    @GetMapping("/people/{id}")
    @NeedsKeys
    @PreAuthorize(PeopleApi.CASE_STAFF)
    String person(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id, Model model) {
        return page(user, PersonId.of(id), model);
    }

    @PostMapping("/people/{id}/profile")
    @NeedsKeys
    @PreAuthorize(PeopleApi.CASE_STAFF)
    String profile(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> params,
            Model model) {
        PersonForm form = PersonForm.of(params);
        return save(
                user,
                id,
                "profile",
                form,
                model,
                version -> people.changeProfile(user, PersonId.of(id), version, form.profile()));
    }

    @PostMapping("/people/{id}/identity")
    @NeedsKeys
    @PreAuthorize(PeopleApi.CASE_STAFF)
    String identity(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> params,
            Model model) {
        PersonForm form = PersonForm.of(params);
        return save(
                user,
                id,
                "identity",
                form,
                model,
                version -> people.changeIdentity(user, PersonId.of(id), version, form.identity()));
    }

    @PostMapping("/people/{id}/safe-contact")
    @NeedsKeys
    @PreAuthorize(PeopleApi.CASE_STAFF)
    String safeContact(
            @AuthenticationPrincipal TirekUser user,
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> params,
            Model model) {
        PersonForm form = PersonForm.of(params);
        return save(
                user,
                id,
                "safe",
                form,
                model,
                version -> people.changeSafeContact(user, PersonId.of(id), version, form.safeContact()));
    }

    /** Saves one part; a refusal shows the page again with that form open, as typed. */
    private String save(TirekUser user, UUID id, String part, PersonForm form, Model model, Consumer<Integer> change) {
        try {
            change.accept(version(form));
            return "redirect:/people/" + id + "?saved";
        } catch (InvalidRequestException e) {
            Map<String, String> errors = PersonForm.messages(e);
            model.addAttribute("errors", errors);
            model.addAttribute("firstError", errors.keySet().iterator().next());
        } catch (ConflictException e) {
            model.addAttribute("conflict", true);
        }
        model.addAttribute(part + "Form", form);
        model.addAttribute("open", part);
        return page(user, PersonId.of(id), model);
    }

    private String page(TirekUser user, PersonId id, Model model) {
        PersonDetails details = people.details(user, id);
        PersonForm stored = PersonForm.of(details);
        model.addAttribute("person", details);
        model.addAttribute("currentPath", "/people/" + id); // the language links GET this, also after a refused POST
        for (String part : new String[] {"profile", "identity", "safe"}) {
            if (!model.containsAttribute(part + "Form")) model.addAttribute(part + "Form", stored);
        }
        if (!model.containsAttribute("errors")) model.addAttribute("errors", new LinkedHashMap<String, String>());
        PeopleChoices.add(model);
        return "people/person";
    }

    private static int version(PersonForm form) {
        try {
            return Integer.parseInt(form.get("version"));
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("version is required", Map.of("version", "required"));
        }
    }
}
