package org.tirek.intake.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tirek.identity.TirekUser;
import org.tirek.intake.internal.QuestionnaireAdmin;
import org.tirek.intake.internal.QuestionnaireProblem;
import org.tirek.vault.NeedsKeys;

/**
 * The report form's definition, edited by administrators as JSON and checked before it is saved
 * as a new version (reports keep the version they answered); and the rotation of the intake key.
 */
@Controller
class QuestionnairePages {

    private final QuestionnaireAdmin admin;

    QuestionnairePages(QuestionnaireAdmin admin) {
        this.admin = admin;
    }

    @GetMapping("/intake/questionnaire")
    @PreAuthorize("hasRole('ADMIN')")
    String show(Model model) {
        QuestionnaireAdmin.Current current = admin.current();
        fill(model, current, current.definition(), List.of());
        return "intake/questionnaire";
    }

    @PostMapping("/intake/questionnaire")
    @PreAuthorize("hasRole('ADMIN')")
    String save(
            @AuthenticationPrincipal TirekUser user,
            @RequestParam(name = "definition", defaultValue = "") String definition,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        List<QuestionnaireProblem> problems = admin.save(user, definition);
        if (problems.isEmpty()) return "redirect:/intake/questionnaire?saved";
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        fill(model, admin.current(), definition, problems);
        return "intake/questionnaire";
    }

    @PostMapping("/intake/keys/rotate")
    @PreAuthorize("hasRole('ADMIN')")
    @NeedsKeys
    String rotate(@AuthenticationPrincipal TirekUser user) {
        admin.rotateKey(user);
        return "redirect:/intake/questionnaire?rotated";
    }

    private static void fill(
            Model model, QuestionnaireAdmin.Current current, String definition, List<QuestionnaireProblem> problems) {
        model.addAttribute("version", current.version());
        model.addAttribute("definition", definition);
        model.addAttribute("history", current.history());
        model.addAttribute("fingerprint", current.fingerprint());
        model.addAttribute("problems", problems);
    }
}
