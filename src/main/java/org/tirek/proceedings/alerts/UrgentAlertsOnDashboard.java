package org.tirek.proceedings.alerts;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.platform.DashboardFigure;
import org.tirek.platform.DashboardNotice;

/**
 * The dashboard's count of open critical and high alerts on the viewer's cases (team membership
 * decides, whatever the role), and a notice when a critical one is still unacknowledged. Counts
 * only: nothing of a case shows on the dashboard.
 */
@Component
class UrgentAlertsOnDashboard implements DashboardFigure, DashboardNotice {

    private static final Set<Role> CASE_STAFF = Set.of(Role.COORDINATOR, Role.LAWYER, Role.CASEWORKER);

    private final SafeguardAlerts alerts;

    UrgentAlertsOnDashboard(SafeguardAlerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public List<Figure> figures(Locale locale) {
        TirekUser viewer = viewer();
        if (viewer == null) return List.of();
        long urgent = alerts.digest(viewer).stream()
                .filter(e -> e.alert().severity().urgent())
                .count();
        return List.of(new Figure("alerts.dashboard.urgent", urgent, "/alerts"));
    }

    @Override
    public List<Notice> notices(Set<String> roles) {
        TirekUser viewer = viewer();
        if (viewer == null) return List.of();
        long critical = alerts.digest(viewer).stream()
                .filter(e ->
                        e.alert().severity() == Severity.CRITICAL && e.alert().status() == AlertStatus.OPEN)
                .count();
        if (critical == 0) return List.of();
        return List.of(new Notice(Level.DANGER, "alerts.dashboard.critical", List.of(critical), "/alerts"));
    }

    private static @org.jspecify.annotations.Nullable TirekUser viewer() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof TirekUser user && CASE_STAFF.contains(user.role())) {
            return user;
        }
        return null;
    }
}
