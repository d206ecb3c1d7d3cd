package org.tirek.evidence.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tirek.cases.CaseId;
import org.tirek.cases.TimelineEntry;
import org.tirek.cases.TimelineSource;
import org.tirek.vault.FieldEncryption;
import org.tirek.vault.FieldRef;
import org.tirek.vault.KeyScope;
import org.tirek.vault.SealedText;

/** Uploaded evidence files on a case's timeline (the case module has checked access and records the read). */
@Component
class EvidenceTimeline implements TimelineSource {

    private final EvidenceFiles files;
    private final FieldEncryption fields;

    EvidenceTimeline(EvidenceFiles files, FieldEncryption fields) {
        this.files = files;
        this.fields = fields;
    }

    @Override
    public List<TimelineEntry> entries(CaseId caseId) {
        KeyScope scope = KeyScope.ofCase(caseId.value());
        return files.ofCase(caseId.value()).stream()
                .map(f -> new TimelineEntry(
                        f.uploadedAt(),
                        "evidence",
                        fields.open(
                                scope,
                                FieldRef.of("evidence_file", "name", f.id()),
                                SealedText.fromStored(f.nameSealed())),
                        f.uploaderName(),
                        "/evidence/" + f.id()))
                .toList();
    }
}
