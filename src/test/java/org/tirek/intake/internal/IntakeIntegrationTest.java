package org.tirek.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.tirek.cases.CaseId;
import org.tirek.cases.CaseType;
import org.tirek.cases.Cases;
import org.tirek.evidence.CustodyEntry;
import org.tirek.evidence.Evidence;
import org.tirek.evidence.EvidenceFile;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.incidents.AreaCategory;
import org.tirek.incidents.CoreType;
import org.tirek.incidents.Incidents;
import org.tirek.incidents.PartialDate;
import org.tirek.intake.IntakeAnswers;
import org.tirek.intake.IntakeRetention;
import org.tirek.intake.ReportConverted;
import org.tirek.intake.ReporterConsent;
import org.tirek.intake.SafeContact;
import org.tirek.platform.Region;
import org.tirek.support.TestFixtures.Accounts;
import org.tirek.support.TestFixtures.CaseFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;
import org.tirek.vault.VaultSealedException;

/** The reporter's side over real HTTP, and triage into cases, on the embedded PostgreSQL. */
@TirekTest
@RecordApplicationEvents
class IntakeIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Vault vault;

    @Autowired
    Triage triage;

    @Autowired
    Conversion conversion;

    @Autowired
    PublicIntake intake;

    @Autowired
    Reports reports;

    @Autowired
    Accounts accounts;

    @Autowired
    Cases cases;

    @Autowired
    Evidence evidence;

    @Autowired
    Incidents incidents;

    @Autowired
    org.tirek.cases.Consents consents;

    @Autowired
    CaseFixtures caseFixtures;

    @Autowired
    IntakeRetention retention;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    Reporter reporter;

    @BeforeEach
    void setUp() {
        VaultFixture.unsealed(vault);
        reporter = new Reporter(port);
    }

    static final byte[] PNG = png();

    /** A small real photo-like PNG (evidence makes a metadata-stripped sharing copy of it). */
    static byte[] png() {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(24, 16, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 24; x++) for (int y = 0; y < 16; y++) image.setRGB(x, y, (x * 10) << 16 | (y * 15) << 8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void aReportWithAFileGetsAReceiptAndTheConversationGoesBothWays() throws Exception {
        Reporter.Page sent = reporter.report(
                Reporter.answers("he hit me in the kitchen"),
                Reporter.files(new Reporter.Upload("bruise.png", "image/png", PNG)));
        assertThat(sent.status()).isEqualTo(200);
        String receipt = sent.receipt();
        assertThat(receipt).matches("[0-9]{4} [0-9]{4} [0-9]{4} [0-9]{4}");

        Reporter.Page opened = reporter.postForm("/report/follow-up", Map.of("receipt", receipt));
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.body()).contains("Received, waiting to be read").contains("No messages yet.");
        UUID reportId = reportOf(receipt);

        TirekUser caseworker = accounts.user(Role.CASEWORKER);
        ReportView view = triage.read(caseworker, reportId, Locale.ENGLISH);
        assertThat(view.structured().type()).isEqualTo(CoreType.PHYSICAL_ASSAULT);
        assertThat(view.structured().story()).isEqualTo("he hit me in the kitchen");
        assertThat(view.files()).singleElement().satisfies(f -> {
            assertThat(f.mediaType()).isEqualTo("image/png");
            assertThat(f.sha256()).isEqualTo(sha256(PNG));
        });
        triage.reply(caseworker, reportId, "We read your report. Are you somewhere safe tonight?");

        Reporter.Page again = reporter.postForm("/report/follow-up", Map.of("receipt", receipt.replace(" ", "")));
        assertThat(again.body()).contains("Are you somewhere safe tonight?");
        Reporter.Page answered = reporter.postMultipart(
                "/report/follow-up/message",
                Map.of(
                        "conversation", again.field("conversation"),
                        "formToken", again.field("formToken"),
                        "text", "Yes, at my sister's flat."),
                List.of());
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.body()).contains("Your message was sent.").contains("at my sister");
        assertThat(triage.read(caseworker, reportId, Locale.ENGLISH).messages())
                .extracting(ReportView.Message::text)
                .containsExactly("We read your report. Are you somewhere safe tonight?", "Yes, at my sister's flat.");
    }

    @Test
    void intakePagesSetNoCookieAndCreateNoSession() throws Exception {
        long sessions = sessions();
        Reporter.Page form = reporter.get("/report?lang=ru");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Расскажите, что произошло");
        Reporter.Page sent = reporter.report(Reporter.answers("no cookie"), List.of());
        Reporter.Page follow = reporter.get("/report/follow-up");
        Reporter.Page exit = reporter.get("/report/exit");
        Reporter.Page missing = reporter.get("/report/no-such-page");
        for (Reporter.Page page : List.of(form, sent, follow, exit, missing)) {
            assertThat(page.cookies()).as("Set-Cookie").isEmpty();
        }
        assertThat(sent.status()).isEqualTo(200);
        assertThat(form.headers().get("content-security-policy"))
                .singleElement()
                .asString()
                .contains("default-src 'none'")
                .contains("form-action 'self'");
        assertThat(form.headers().get("cache-control"))
                .singleElement()
                .asString()
                .contains("no-store");
        assertThat(sessions()).isEqualTo(sessions);
    }

    @Test
    void nothingIdentifyingTheReporterIsLoggedOrStoredAndTheDatabaseHoldsNoPlaintext() throws Exception {
        String story = "MARKER-STORY-" + UUID.randomUUID();
        String fileText = "MARKER-FILE-" + UUID.randomUUID();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        ch.qos.logback.classic.Level level = root.getLevel();
        root.setLevel(ch.qos.logback.classic.Level.DEBUG); // whatever any component would log
        String receipt;
        try {
            Map<String, String> answers = Reporter.answers(story);
            answers.put("q.contact.phone", "+7 700 999 88 77");
            Reporter.Page sent = reporter.report(
                    answers,
                    Reporter.files(
                            new Reporter.Upload("note.txt", "text/plain", fileText.getBytes(StandardCharsets.UTF_8))));
            receipt = sent.receipt();
            Reporter.Page opened = reporter.postForm("/report/follow-up", Map.of("receipt", receipt));
            reporter.postMultipart(
                    "/report/follow-up/message",
                    Map.of(
                            "conversation", opened.field("conversation"),
                            "formToken", opened.field("formToken"),
                            "text", "MARKER-MESSAGE"),
                    List.of());
            reporter.postForm("/report/follow-up", Map.of("receipt", "0000 0000 0000 0000"));
        } finally {
            root.detachAppender(captured);
            root.setLevel(level);
        }
        List<String> lines = captured.list.stream()
                .map(e -> e.getFormattedMessage() + " " + e.getMDCPropertyMap())
                .toList();
        assertThat(lines).isNotEmpty();
        for (String marker : List.of(
                Reporter.USER_AGENT,
                "MarkerAgent",
                Reporter.FORWARDED_FOR,
                "intake-trace-probe",
                "127.0.0.1",
                "0:0:0:0:0:0:0:1",
                story,
                fileText,
                receipt,
                receipt.replace(" ", ""))) {
            assertThat(lines).as("log lines containing %s", marker).noneMatch(l -> l.contains(marker));
        }
        for (String marker : List.of(
                Reporter.USER_AGENT,
                Reporter.FORWARDED_FOR,
                "intake-trace-probe",
                story,
                fileText,
                "MARKER-MESSAGE",
                "+7 700 999 88 77",
                receipt.replace(" ", ""))) {
            assertThat(DatabaseScan.tablesContaining(jdbc, marker))
                    .as("tables holding %s", marker)
                    .isEmpty();
        }
    }

    @Test
    void aSealedServerAcceptsReportsWhichStaffReadAfterUnsealing() throws Exception {
        TirekUser lawyer = accounts.user(Role.LAWYER);
        String earlier =
                reporter.report(Reporter.answers("filed before"), List.of()).receipt();
        triage.reply(lawyer, reportOf(earlier), "A reply that needs the key to be read");
        vault.seal();
        String receipt;
        try {
            Reporter.Page sent = reporter.report(
                    Reporter.answers("filed while sealed"),
                    Reporter.files(new Reporter.Upload("photo.png", "image/png", PNG)));
            assertThat(sent.status()).isEqualTo(200);
            receipt = sent.receipt();
            Reporter.Page fresh = reporter.postForm("/report/follow-up", Map.of("receipt", receipt));
            assertThat(fresh.body()).contains("No messages yet.");
            Reporter.Page replied = reporter.postForm("/report/follow-up", Map.of("receipt", earlier));
            assertThat(replied.body())
                    .contains("Messages cannot be shown right now")
                    .doesNotContain("A reply that needs the key");
            Reporter.Page answered = reporter.postMultipart(
                    "/report/follow-up/message",
                    Map.of(
                            "conversation", replied.field("conversation"),
                            "formToken", replied.field("formToken"),
                            "text", "written while sealed"),
                    List.of());
            assertThat(answered.body()).contains("Your message was sent.");
            UUID id = reportOf(receipt);
            assertThat(triage.inbox(false)).extracting(InboxItem::id).contains(id);
            assertThatThrownBy(() -> triage.read(lawyer, id, Locale.ENGLISH)).isInstanceOf(VaultSealedException.class);
        } finally {
            VaultFixture.unsealed(vault);
        }
        ReportView view = triage.read(lawyer, reportOf(receipt), Locale.ENGLISH);
        assertThat(view.structured().story()).isEqualTo("filed while sealed");
        assertThat(triage.read(lawyer, reportOf(earlier), Locale.ENGLISH).messages())
                .extracting(ReportView.Message::text)
                .containsExactly("A reply that needs the key to be read", "written while sealed");
        assertThat(view.files())
                .singleElement()
                .extracting(ReportView.FileView::sha256)
                .isEqualTo(sha256(PNG));
    }

    @Test
    void missingAnswersComeBackFilledWithClearMessagesAndNothingIsSaved() throws Exception {
        long before = count();
        Map<String, String> answers = Reporter.answers("keep these words");
        answers.remove("q.what");
        answers.put("q.when.month", "2");
        answers.put("q.when.day", "30");
        Reporter.Page page = reporter.report(answers, Reporter.files(new Reporter.Upload("a.png", "image/png", PNG)));
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body())
                .contains("Please answer this question.")
                .contains("This date does not exist.")
                .contains("keep these words")
                .contains("+7 701 555 01 02")
                .contains("please choose them again");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void oversizedAndWrongFilesAreRefusedWithTheFormKept() throws Exception {
        long before = count();
        Reporter.Page large = reporter.report(
                Reporter.answers("large file"),
                Reporter.files(new Reporter.Upload(
                        "big.txt",
                        "text/plain",
                        "a".repeat(10 * 1024 * 1024 + 1).getBytes(StandardCharsets.UTF_8))));
        assertThat(large.status()).isEqualTo(422);
        assertThat(large.body()).contains("larger than 10 MB").contains("large file");
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        Reporter.Page wrong = reporter.report(
                Reporter.answers("wrong file"), Reporter.files(new Reporter.Upload("photo.png", "image/png", exe)));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("of a kind we cannot accept").contains("wrong file");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aFormSentTwiceIsSavedOnceAndComesBackFilled() throws Exception {
        Reporter.Page form = reporter.get("/report");
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("formToken", form.token());
        fields.put("version", form.field("version"));
        fields.putAll(Reporter.answers("sent twice"));
        long before = count();
        Reporter.Page first = reporter.postMultipart("/report", fields, List.of());
        Reporter.Page second = reporter.postMultipart("/report", fields, List.of());
        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(422);
        assertThat(second.body()).contains("This form was already sent once").contains("sent twice");
        assertThat(count()).isEqualTo(before + 1);
        fields.put("formToken", "forged" + form.token().substring(6));
        Reporter.Page forged = reporter.postMultipart("/report", fields, List.of());
        assertThat(forged.status()).isEqualTo(422);
        assertThat(forged.body()).contains("could not be checked").contains("sent twice");
    }

    @Test
    void wrongReceiptsAreRefusedAndThrottledPerReceipt(@Autowired Receipts receipts) throws Exception {
        // codes that share one tag, so the per-receipt budget (5) runs out without touching the global one
        String first = "1111222233334444";
        int tag = receipts.tag(first);
        List<String> sameTag = new java.util.ArrayList<>();
        for (long n = 1; sameTag.size() < 6; n++) {
            String code = String.format(Locale.ROOT, "%016d", 5_000_000_000_000_000L + n * 7919);
            if (receipts.tag(code) == tag) sameTag.add(code);
        }
        for (int i = 0; i < 5; i++) {
            Reporter.Page page = reporter.postForm("/report/follow-up", Map.of("receipt", sameTag.get(i)));
            assertThat(page.status()).isEqualTo(422);
            assertThat(page.body()).contains("No report has this receipt code");
        }
        Reporter.Page throttled = reporter.postForm("/report/follow-up", Map.of("receipt", sameTag.get(5)));
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.body()).contains("Too many attempts right now");
        Reporter.Page typo = reporter.postForm("/report/follow-up", Map.of("receipt", "12345"));
        assertThat(typo.status()).isEqualTo(422);
        long refused = jdbc.sql("select count(*) from audit_event where action = 'intake.receipt_refused'")
                .query(Long.class)
                .single();
        assertThat(refused).isGreaterThanOrEqualTo(6);
    }

    @Test
    void conversionCarriesTheIncidentTheConsentAnswersAndTheFilesWithTheirHashes() throws Exception {
        Map<String, String> answers = Reporter.answers("converted story");
        answers.put("q.when.day", "14");
        Reporter.Page sent =
                reporter.report(answers, Reporter.files(new Reporter.Upload("bruise.png", "image/png", PNG)));
        UUID reportId = reportOf(sent.receipt());
        TirekUser coordinator = accounts.user(Role.COORDINATOR);
        triage.reply(coordinator, reportId, "We will call you.");

        CaseId caseId = conversion.convert(coordinator, reportId, CaseType.SURVIVOR_SUPPORT, "kestrel", Locale.ENGLISH);

        ReportConverted event = events.stream(ReportConverted.class)
                .filter(e -> e.reportId().equals(reportId))
                .findFirst()
                .orElseThrow();
        assertThat(event.caseId()).isEqualTo(caseId.value());
        assertThat(event.newCase()).isTrue();
        IntakeAnswers a = event.answers();
        assertThat(a.type()).isEqualTo(CoreType.PHYSICAL_ASSAULT);
        assertThat(a.when()).isEqualTo(PartialDate.ofDay(2025, 3, 14));
        assertThat(a.region()).isEqualTo(Region.of("KZ-75"));
        assertThat(a.area()).isEqualTo(AreaCategory.RURAL);
        assertThat(a.reportedBy()).isEqualTo(IntakeAnswers.ReportedBy.SURVIVOR);
        assertThat(a.safeNow()).isEqualTo(IntakeAnswers.SafeNow.NO);
        assertThat(a.contact())
                .isEqualTo(new SafeContact(SafeContact.Way.PHONE, "+7 701 555 01 02", "weekdays after 10", true));
        assertThat(a.consent())
                .isEqualTo(new ReporterConsent(
                        true, Set.of(ReporterConsent.Purpose.SERVICES, ReporterConsent.Purpose.STATISTICS)));
        assertThat(a.story()).isEqualTo("converted story");

        assertThat(cases.details(coordinator, caseId).summary().region()).isEqualTo(Region.of("KZ-75"));
        assertThat(incidents.ofCase(coordinator, caseId)).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(CoreType.PHYSICAL_ASSAULT);
            assertThat(i.occurredOn()).isEqualTo(PartialDate.ofDay(2025, 3, 14));
            assertThat(i.region()).isEqualTo(Region.of("KZ-75"));
            assertThat(i.area()).isEqualTo(AreaCategory.RURAL);
            assertThat(i.reportedBySurvivor()).isTrue();
            assertThat(i.reportedOn())
                    .isEqualTo(LocalDate.ofInstant(
                            triage.read(coordinator, reportId, Locale.ENGLISH)
                                    .report()
                                    .receivedAt(),
                            ZoneOffset.UTC));
        });
        assertThat(cases.notes(coordinator, caseId))
                .singleElement()
                .satisfies(n -> assertThat(n.text())
                        .contains("Anonymous report received")
                        .contains("Hitting, beating")
                        .contains("GBVIMS type: Physical assault")
                        .contains("2025-03-14")
                        .contains("converted story")
                        .contains("What may we do with what you tell us? — Use it to help and support me")
                        .contains("Count it in statistics")
                        .doesNotContain("Use it in legal action")
                        .contains("By phone, on a safe number — +7 701 555 01 02")
                        .contains("We will call you."));
        // the purposes ticked on the form are consents of the case, marked as such, to be confirmed
        assertThat(consents.ofCase(coordinator, caseId))
                .allSatisfy(c -> {
                    assertThat(c.method()).isEqualTo(org.tirek.cases.ConsentMethod.REPORT_FORM);
                    assertThat(c.state()).isEqualTo(org.tirek.cases.ConsentState.ACTIVE);
                    assertThat(c.recipient()).isNull();
                    assertThat(c.expiresOn()).isNull();
                    assertThat(c.conditions()).startsWith("Ticked by the reporter on the anonymous report form");
                })
                .extracting(org.tirek.cases.Consent::purpose)
                .containsExactlyInAnyOrder(
                        org.tirek.cases.ConsentPurpose.SERVICES, org.tirek.cases.ConsentPurpose.STATISTICS);
        assertThat(consents.permits(caseId, org.tirek.cases.ConsentPurpose.STATISTICS, null, java.time.Instant.now()))
                .isTrue();
        List<EvidenceFile> files = evidence.list(coordinator, caseId.value());
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.sha256()).isEqualTo(sha256(PNG));
            assertThat(f.name()).isEqualTo("bruise.png");
            assertThat(f.sharingCopy()).isEqualTo(EvidenceFile.SharingCopy.STRIPPED);
        });
        List<CustodyEntry> custody = evidence.custody(coordinator, files.get(0).id());
        assertThat(custody)
                .extracting(CustodyEntry::action)
                .startsWith(CustodyEntry.Action.RECEIVED, CustodyEntry.Action.UPLOADED);
        assertThat(custody.get(0).at())
                .isEqualTo(triage.read(coordinator, reportId, Locale.ENGLISH)
                        .report()
                        .receivedAt());
        assertThat(cases.timeline(coordinator, caseId))
                .extracting(t -> t.kind())
                .contains("intake", "intake_reply", "incident");

        assertThatThrownBy(() ->
                        conversion.convert(coordinator, reportId, CaseType.SURVIVOR_SUPPORT, "again", Locale.ENGLISH))
                .isInstanceOf(org.tirek.platform.ConflictException.class);
        // now part of a case: need-to-know, as for the case's notes
        TirekUser outsider = accounts.user(Role.CASEWORKER);
        assertThatThrownBy(() -> triage.read(outsider, reportId, Locale.ENGLISH))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> triage.reply(outsider, reportId, "hello"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        Reporter.Page back = reporter.postForm("/report/follow-up", Map.of("receipt", sent.receipt()));
        assertThat(back.body()).contains("Taken up: someone is working on it");
    }

    @Test
    void attachingToAnExistingCaseCarriesTheSameAndLaterFilesFollowOnRequest() throws Exception {
        TirekUser lawyer = accounts.user(Role.LAWYER);
        UUID existing = caseFixtures.open(lawyer);
        Map<String, String> answers = Reporter.answers("attached story");
        answers.remove("q.consent.SERVICES");
        answers.remove("q.consent.STATISTICS");
        answers.put("q.who", "SOMEONE_ELSE");
        String receipt = reporter.report(answers, List.of()).receipt();
        UUID reportId = reportOf(receipt);

        assertThat(conversion.casesOf(lawyer)).extracting(c -> c.id().value()).contains(existing);
        TirekUser outsider = accounts.user(Role.LAWYER);
        assertThatThrownBy(() -> conversion.attach(outsider, reportId, existing, Locale.ENGLISH))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        conversion.attach(lawyer, reportId, existing, Locale.ENGLISH);

        ReportConverted event = events.stream(ReportConverted.class)
                .filter(e -> e.reportId().equals(reportId))
                .findFirst()
                .orElseThrow();
        assertThat(event.newCase()).isFalse();
        assertThat(event.answers().consent()).isEqualTo(new ReporterConsent(true, Set.of()));
        assertThat(consents.ofCase(lawyer, CaseId.of(existing))).isEmpty();
        assertThat(incidents.ofCase(lawyer, CaseId.of(existing)))
                .singleElement()
                .satisfies(i -> assertThat(i.reportedBySurvivor()).isFalse());
        assertThat(cases.notes(lawyer, CaseId.of(existing)))
                .singleElement()
                .satisfies(n -> assertThat(n.text()).contains("What may we do with what you tell us? — None of these"));

        Reporter.Page opened = reporter.postForm("/report/follow-up", Map.of("receipt", receipt));
        reporter.postMultipart(
                "/report/follow-up/message",
                Map.of("conversation", opened.field("conversation"), "formToken", opened.field("formToken")),
                List.of(new Reporter.Upload("later.png", "image/png", PNG)));
        ReportView.FileView later =
                triage.read(lawyer, reportId, Locale.ENGLISH).files().get(0);
        assertThat(later.evidenceId()).isNull();
        UUID evidenceId = conversion.fileIntoCase(lawyer, reportId, later.id());
        assertThat(evidence.get(lawyer, evidenceId).sha256()).isEqualTo(sha256(PNG));
        assertThat(evidence.custody(lawyer, evidenceId).get(0).action()).isEqualTo(CustodyEntry.Action.RECEIVED);
        assertThatThrownBy(() -> conversion.fileIntoCase(lawyer, reportId, later.id()))
                .isInstanceOf(org.tirek.platform.ConflictException.class);
    }

    @Test
    void erasingTheCaseDeletesTheReportsTakenIntoIt(@Autowired org.tirek.vault.CaseErasures erasures) throws Exception {
        Reporter.Page sent = reporter.report(
                Reporter.answers("to be erased"), Reporter.files(new Reporter.Upload("x.png", "image/png", PNG)));
        UUID reportId = reportOf(sent.receipt());
        TirekUser lawyer = accounts.user(Role.LAWYER);
        CaseId caseId = conversion.convert(lawyer, reportId, CaseType.SURVIVOR_SUPPORT, "erased", Locale.ENGLISH);
        Reporter.Page other = reporter.report(Reporter.answers("another report, kept"), Reporter.files());
        UUID kept = reportOf(other.receipt());

        var request = erasures.request(lawyer, caseId.value(), "the client asked us to", true);
        erasures.approve(accounts.user(Role.COORDINATOR), request.id());

        assertThat(jdbc.sql("select count(*) from intake_report where id = :id")
                        .param("id", reportId)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from intake_file where report_id = :id")
                        .param("id", reportId)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThatThrownBy(() -> triage.read(accounts.user(Role.COORDINATOR), reportId, Locale.ENGLISH))
                .isInstanceOf(org.tirek.platform.NotFoundException.class);
        assertThat(intake.open(sent.receipt())).isNull();
        assertThat(triage.read(accounts.user(Role.COORDINATOR), kept, Locale.ENGLISH)
                        .structured()
                        .story())
                .isEqualTo("another report, kept");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'intake.erased' and subject_id = :id")
                        .param("id", reportId.toString())
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void theDashboardCountsWaitingReportsOnlyForThoseWhoCanOpenTheInbox(
            @Autowired org.springframework.test.web.servlet.MockMvc mvc) throws Exception {
        reporter.report(Reporter.answers("waiting on the dashboard"), Reporter.files());
        for (Role role : Role.values()) {
            String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/")
                            .with(org.tirek.support.Principals.as(accounts.user(role))))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            boolean triager = role == Role.COORDINATOR || role == Role.LAWYER || role == Role.CASEWORKER;
            assertThat(page.contains("Anonymous reports waiting"))
                    .as(role.name())
                    .isEqualTo(triager);
        }
    }

    @Test
    void aLongReportIsSplitOverSeveralNotesWithNothingLost() {
        String text = ("line of a long story\n").repeat(2_000);
        List<String> parts = ReportNotes.split(text, 18_900);
        assertThat(parts).hasSize(3).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(18_900));
        assertThat(parts.get(0)).endsWith("story\n");
        assertThat(String.join("", parts)).isEqualTo(text);
        assertThat(ReportNotes.split("x".repeat(50), 20))
                .containsExactly("x".repeat(20), "x".repeat(20), "x".repeat(10));
    }

    @Test
    void retentionDeletesOldUntriagedSpamAndReportsWhoseReporterAskedForDeletion() throws Exception {
        String old = reporter.report(
                        Reporter.answers("old"), Reporter.files(new Reporter.Upload("a.png", "image/png", PNG)))
                .receipt();
        String spam = reporter.report(Reporter.answers("spam"), List.of()).receipt();
        String asked = reporter.report(Reporter.answers("asked"), List.of()).receipt();
        String fresh = reporter.report(Reporter.answers("fresh"), List.of()).receipt();
        UUID oldId = reportOf(old);
        jdbc.sql("update intake_report set received_at = :t where id = :id")
                .param("t", Timestamp.from(Instant.now().minus(91, ChronoUnit.DAYS)))
                .param("id", oldId)
                .update();
        TirekUser caseworker = accounts.user(Role.CASEWORKER);
        triage.spam(caseworker, reportOf(spam), true);
        jdbc.sql("update intake_report set triaged_at = :t where id = :id")
                .param("t", Timestamp.from(Instant.now().minus(8, ChronoUnit.DAYS)))
                .param("id", reportOf(spam))
                .update();
        Reporter.Page opened = reporter.postForm("/report/follow-up", Map.of("receipt", asked));
        Reporter.Page deleted = reporter.postForm(
                "/report/follow-up/delete", Map.of("conversation", opened.field("conversation"), "confirm", "yes"));
        assertThat(deleted.body()).contains("Deletion requested");

        assertThat(retention.purge()).isGreaterThanOrEqualTo(3);

        for (String gone : List.of(old, spam, asked)) {
            assertThat(reporter.postForm("/report/follow-up", Map.of("receipt", gone))
                            .status())
                    .isEqualTo(422);
        }
        assertThat(jdbc.sql("select count(*) from intake_file where report_id = :id")
                        .param("id", oldId)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(reporter.postForm("/report/follow-up", Map.of("receipt", fresh))
                        .status())
                .isEqualTo(200);
    }

    private UUID reportOf(String receipt) {
        String token = intake.open(receipt);
        assertThat(token).as("receipt opens a report").isNotNull();
        return intake.conversation(token).reportId();
    }

    private long count() {
        return jdbc.sql("select count(*) from intake_report").query(Long.class).single();
    }

    private long sessions() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
