package org.tirek.people.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tirek.people.AgeBand;
import org.tirek.people.DisplacementStatus;
import org.tirek.people.IdentityDocument;
import org.tirek.people.IsoCodes;
import org.tirek.people.OrganisationKind;
import org.tirek.people.PartyRole;
import org.tirek.people.PersonKind;
import org.tirek.people.Sex;
import org.tirek.people.Vulnerability;
import org.tirek.platform.Region;

/**
 * What the people pages offer to choose from, and country and language names in the reader's
 * language (from the JDK's CLDR data, so all three of ours are covered).
 */
@ControllerAdvice(assignableTypes = {PartyPages.class, PersonPages.class, OrganisationPages.class})
class PeopleChoices {

    @ModelAttribute("iso")
    IsoNames iso(Locale locale) {
        return new IsoNames(locale);
    }

    static void add(Model model) {
        model.addAttribute("kinds", PersonKind.values());
        model.addAttribute("roles", PartyRole.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("ageBands", AgeBand.values());
        model.addAttribute("displacements", DisplacementStatus.values());
        model.addAttribute("vulnerabilities", Vulnerability.values());
        model.addAttribute("documentTypes", IdentityDocument.Type.values());
        model.addAttribute("organisationKinds", OrganisationKind.values());
        model.addAttribute("regions", Region.KNOWN);
    }

    /** Names of codes in one language. */
    public static final class IsoNames {

        private final Locale locale;

        IsoNames(Locale locale) {
            this.locale = locale;
        }

        public String country(String code) {
            String name = Locale.of("", code).getDisplayCountry(locale);
            return name.isBlank() ? code : name;
        }

        public String language(String code) {
            String name = Locale.of(code).getDisplayLanguage(locale);
            return name.isBlank() ? code : name;
        }

        /** Every country as code and name, by name in this language. */
        public List<Choice> countries() {
            Collator collator = Collator.getInstance(locale);
            return IsoCodes.countries().stream()
                    .map(code -> new Choice(code, country(code)))
                    .sorted(Comparator.comparing(Choice::name, collator))
                    .toList();
        }

        /** Languages as their names, joined with commas. */
        public String languages(List<String> codes) {
            return String.join(", ", codes.stream().map(this::language).toList());
        }
    }

    /** A code and its name. */
    public record Choice(String code, String name) {}
}
