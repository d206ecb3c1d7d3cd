package org.tirek.evidence.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.tirek.platform.DashboardFigure;

/** How many evidence files are held (content not deleted). */
@Component
class EvidenceFigures implements DashboardFigure {

    private final EvidenceFiles files;

    EvidenceFigures(EvidenceFiles files) {
        this.files = files;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public List<Figure> figures(Locale locale) {
        return List.of(new Figure("dashboard.figure.evidence", files.countLive(), "/evidence"));
    }
}
