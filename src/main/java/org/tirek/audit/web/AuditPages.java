package org.tirek.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;
import org.tirek.audit.AuditFilter;
import org.tirek.audit.AuditLog;
import org.tirek.audit.AuditRecord;
import org.tirek.audit.AuditVerification;
import org.tirek.audit.CheckpointFile;
import org.tirek.audit.CurrentActor;
import org.tirek.audit.Outcome;
import org.tirek.audit.Witness;

/** The auditor's view: filters, pages of entries, CSV export, verification and checkpoints. */
@Controller
class AuditPages {

    static final int PAGE = 50;

    private final AuditLog log;
    private final AuditVerification verification;
    private final CurrentActor actor;

    AuditPages(AuditLog log, AuditVerification verification, CurrentActor actor) {
        this.log = log;
        this.verification = verification;
        this.actor = actor;
    }

    @GetMapping("/audit")
    @PreAuthorize(AuditApi.AUDITORS)
    String search(
            @RequestParam Map<String, String> params,
            @RequestParam(required = false) @Nullable Long olderThan,
            Model model) {
        Form form = Form.of(params);
        model.addAttribute("form", form);
        model.addAttribute("exportUrl", form.url("/audit/export.csv", null));
        if (form.errors().isEmpty()) {
            AuditLog.Page page = log.search(actor.get(), form.filter(), olderThan, PAGE);
            model.addAttribute("page", page);
            Long next = page.nextOlderThan();
            if (next != null) model.addAttribute("nextUrl", form.url("/audit", next));
        }
        return "audit/index";
    }

    @GetMapping("/audit/export.csv")
    @PreAuthorize(AuditApi.AUDITORS)
    void export(@RequestParam Map<String, String> params, HttpServletResponse response) throws IOException {
        Form form = Form.of(params);
        if (!form.errors().isEmpty()) {
            throw new org.tirek.platform.InvalidRequestException("The filter is not valid", form.errors());
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"tirek-audit.csv\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(
                writer,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(
                                "id",
                                "position",
                                "time",
                                "actor_kind",
                                "actor",
                                "action",
                                "kind",
                                "subject_type",
                                "subject_id",
                                "case_id",
                                "request_id",
                                "outcome")
                        .get());
        log.export(actor.get(), form.filter(), entry -> print(csv, entry));
        csv.flush();
    }

    private static void print(CSVPrinter csv, AuditRecord r) {
        try {
            csv.printRecord(
                    r.id(),
                    r.position(),
                    r.at(),
                    r.actorKind(),
                    r.actorName(),
                    r.action(),
                    r.kind(),
                    r.subjectType(),
                    r.subjectId(),
                    r.caseId(),
                    r.requestId(),
                    r.outcome());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/audit/verification")
    @PreAuthorize(AuditApi.AUDITORS)
    String verification(Model model) {
        model.addAttribute("report", verification.latest().orElse(null));
        return "audit/verification";
    }

    @PostMapping("/audit/verification")
    @PreAuthorize(AuditApi.AUDITORS)
    String verifyNow(
            @RequestParam(name = "witness", required = false) @Nullable MultipartFile witnessFile, Model model) {
        Witness witness = null;
        if (witnessFile != null && !witnessFile.isEmpty()) {
            try {
                witness = CheckpointFile.read(witnessFile.getInputStream());
            } catch (IOException e) {
                model.addAttribute("witnessError", true);
                model.addAttribute("report", verification.latest().orElse(null));
                return "audit/verification";
            }
        }
        model.addAttribute("report", verification.verify(actor.get(), witness));
        model.addAttribute("justVerified", true);
        model.addAttribute("withWitness", witness != null);
        return "audit/verification";
    }

    @GetMapping("/audit/checkpoints")
    @PreAuthorize(AuditApi.AUDITORS)
    void checkpoints(HttpServletResponse response) throws IOException {
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        verification.exportCheckpoints(actor.get(), file);
        response.setContentType("application/json");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + AuditApi.CHECKPOINT_FILE + "\"");
        response.getOutputStream().write(file.toByteArray());
    }

    @GetMapping("/cases/{caseId}/access-log")
    @PreAuthorize(AuditApi.CASE_LOG_READERS)
    String caseAccessLog(
            @PathVariable UUID caseId, @RequestParam(required = false) @Nullable Long olderThan, Model model) {
        model.addAttribute("caseId", caseId);
        model.addAttribute("page", log.caseAccess(actor.get(), caseId, olderThan, PAGE));
        return "audit/case";
    }

    /** The filter form as typed, its errors by field, and the filter it means. */
    record Form(Map<String, String> values, Map<String, String> errors, AuditFilter filter) {

        static Form of(Map<String, String> params) {
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, String> errors = new LinkedHashMap<>();
            for (String field : new String[] {"actor", "caseId", "action", "outcome", "from", "to"}) {
                values.put(field, params.getOrDefault(field, "").strip());
            }
            String actor = blankToNull(values.get("actor"));
            String action = blankToNull(values.get("action"));
            UUID caseId = parse(values, errors, "caseId", UUID::fromString);
            Outcome outcome = parse(values, errors, "outcome", Outcome::valueOf);
            LocalDate from = parse(values, errors, "from", LocalDate::parse);
            LocalDate to = parse(values, errors, "to", LocalDate::parse);
            if (from != null && to != null && to.isBefore(from)) errors.put("to", "before");
            Instant fromInstant =
                    from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant toInstant = to == null
                    ? null
                    : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            return new Form(values, errors, new AuditFilter(actor, caseId, action, outcome, fromInstant, toInstant));
        }

        /** {@code path} with the typed values as query parameters (encoded), for paging and export links. */
        String url(String path, @Nullable Long olderThan) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
            values.forEach((k, v) -> {
                if (!v.isEmpty()) uri.queryParam(k, v);
            });
            if (olderThan != null) uri.queryParam("olderThan", olderThan);
            return uri.encode().build().toUriString();
        }

        private static @Nullable String blankToNull(@Nullable String value) {
            return value == null || value.isEmpty() ? null : value;
        }

        private static <T> @Nullable T parse(
                Map<String, String> values,
                Map<String, String> errors,
                String field,
                java.util.function.Function<String, T> parser) {
            String value = values.get(field);
            if (value == null || value.isEmpty()) return null;
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                errors.put(field, "invalid");
                return null;
            }
        }
    }
}
