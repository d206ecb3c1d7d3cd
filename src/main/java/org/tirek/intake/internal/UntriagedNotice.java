package org.tirek.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.tirek.platform.DashboardFigure;
import org.tirek.platform.DashboardNotice;

/**
 * On the dashboard of those who triage: how many reports wait, and a warning when some have waited
 * longer than {@code tirek.intake.triage-within} (3 days by default). Counts only; works sealed.
 */
@Component
class UntriagedNotice implements DashboardNotice, DashboardFigure {

    private static final Set<String> TRIAGERS = Set.of("COORDINATOR", "LAWYER", "CASEWORKER");

    private final Reports reports;
    private final Clock clock;
    private final Duration within;

    UntriagedNotice(Reports reports, Clock clock, @Value("${tirek.intake.triage-within:P3D}") Duration within) {
        this.reports = reports;
        this.clock = clock;
        this.within = within;
    }

    @Override
    public List<Notice> notices(Set<String> roles) {
        if (roles.stream().noneMatch(TRIAGERS::contains)) return List.of();
        long late = reports.countNewBefore(clock.instant().minus(within));
        if (late == 0) return List.of();
        return List.of(new Notice(Level.WARNING, "intake.notice.untriaged", List.of(late, within.toDays()), "/intake"));
    }

    @Override
    public int order() {
        return 150;
    }

    /** Only for those who can open the inbox it links to. */
    @Override
    public List<Figure> figures(Locale locale) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean triager = auth != null
                && auth.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority() != null
                                && a.getAuthority().startsWith("ROLE_")
                                && TRIAGERS.contains(a.getAuthority().substring("ROLE_".length())));
        if (!triager) return List.of();
        return List.of(new Figure("intake.figure.new", reports.countNew(), "/intake"));
    }
}
