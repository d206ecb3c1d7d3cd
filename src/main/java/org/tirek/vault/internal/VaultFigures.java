package org.tirek.vault.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.tirek.platform.DashboardFigure;

/** How many data keys (cases and other scopes) the vault holds. */
@Component
class VaultFigures implements DashboardFigure {

    private final KeyStore store;

    VaultFigures(KeyStore store) {
        this.store = store;
    }

    @Override
    public int order() {
        return 800;
    }

    @Override
    public List<Figure> figures(Locale locale) {
        return List.of(new Figure("dashboard.figure.dataKeys", store.countDataKeys(), ""));
    }
}
