package org.tirek.intake.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tirek.intake.IntakeAnswers;
import org.tirek.intake.ReporterConsent;
import org.tirek.intake.SafeContact;
import org.tirek.intake.internal.InboxItem;
import org.tirek.intake.internal.ReportView;

/** A report as the API shows it: the structured answers with plain values (a partial date as its ISO text). */
record ReportJson(
        InboxItem report,
        List<ReportView.Answer> answers,
        Structured structured,
        List<ReportView.Message> messages,
        List<ReportView.FileView> files) {

    record Structured(
            IntakeAnswers.@Nullable ReportedBy reportedBy,
            @Nullable String type,
            @Nullable String when,
            @Nullable String region,
            @Nullable String area,
            IntakeAnswers.@Nullable SafeNow safeNow,
            SafeContact contact,
            Consent consent,
            @Nullable String story,
            Map<String, String> other,
            int questionnaireVersion) {}

    record Consent(boolean asked, Set<ReporterConsent.Purpose> given) {}

    static ReportJson of(ReportView view) {
        IntakeAnswers a = view.structured();
        return new ReportJson(
                view.report(),
                view.answers(),
                new Structured(
                        a.reportedBy(),
                        a.type() == null ? null : a.type().name(),
                        a.when() == null ? null : a.when().toString(),
                        a.region() == null ? null : a.region().code(),
                        a.area() == null ? null : a.area().name(),
                        a.safeNow(),
                        a.contact(),
                        new Consent(a.consent().asked(), a.consent().given()),
                        a.story(),
                        a.other(),
                        a.questionnaireVersion()),
                view.messages(),
                view.files());
    }
}
