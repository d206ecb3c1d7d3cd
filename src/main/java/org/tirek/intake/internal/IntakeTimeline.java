package org.tirek.intake.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tirek.cases.CaseId;
import org.tirek.cases.TimelineEntry;
import org.tirek.cases.TimelineSource;

/**
 * The reports taken into a case, and their conversation with the reporter, on the case's timeline:
 * the report when it arrived (its story as the text), then every message both ways, replies sent
 * after the conversion too. The cases module has checked that the viewer is on the team and records
 * the one read; nothing is recorded here.
 *
 * <p>Depends on the report tables and the reader only, not on {@link Triage} or {@link Conversion}:
 * the cases service is built with every timeline source, and those depend on it.
 */
@Component
class IntakeTimeline implements TimelineSource {

    private final Reports reports;
    private final ReportReader reader;

    IntakeTimeline(Reports reports, ReportReader reader) {
        this.reports = reports;
        this.reader = reader;
    }

    @Override
    public List<TimelineEntry> entries(CaseId caseId) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (Reports.ReportRow report : reports.ofCase(caseId.value())) {
            String link = "/intake/reports/" + report.id();
            String story = reader.structured(report).story();
            entries.add(
                    story == null
                            ? new TimelineEntry(
                                    report.receivedAt(), "intake", "-", null, link, "intake.timeline.noStory")
                            : new TimelineEntry(report.receivedAt(), "intake", story, null, link));
            for (ReportView.Message m : reader.conversation(report)) {
                entries.add(new TimelineEntry(
                        m.at(), m.fromStaff() ? "intake_reply" : "intake_message", m.text(), m.staffName(), link));
            }
        }
        return entries;
    }
}
