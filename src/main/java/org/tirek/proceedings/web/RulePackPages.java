package org.tirek.proceedings.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The rule packs in force, read-only: every rule with its basis and confidence. */
@Controller
class RulePackPages {

    private final RulePackViews views;

    RulePackPages(RulePackViews views) {
        this.views = views;
    }

    @GetMapping("/rule-packs")
    @PreAuthorize(ProceedingsApi.CASE_VIEWERS)
    String packs(Model model) {
        model.addAttribute("packs", views.all());
        model.addAttribute("currentPath", "/rule-packs");
        return "proceedings/rule-packs";
    }
}
