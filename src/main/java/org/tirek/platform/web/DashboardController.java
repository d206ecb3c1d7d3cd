package org.tirek.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tirek.platform.DashboardFigure;
import org.tirek.platform.DashboardNotice;

/** The staff home page: figures every module contributes, read from the database on each visit. */
@Controller
class DashboardController {

    private final List<DashboardFigure> contributors;
    private final List<DashboardNotice> notices;

    DashboardController(List<DashboardFigure> contributors, List<DashboardNotice> notices) {
        this.contributors = contributors.stream()
                .sorted(Comparator.comparingInt(DashboardFigure::order))
                .toList();
        this.notices = notices;
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String dashboard(Locale locale, Model model, Authentication viewer) {
        Set<String> roles = viewer.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toSet());
        model.addAttribute(
                "notices",
                notices.stream().flatMap(n -> n.notices(roles).stream()).toList());
        model.addAttribute(
                "figures",
                contributors.stream().flatMap(c -> c.figures(locale).stream()).toList());
        return "platform/dashboard";
    }
}
