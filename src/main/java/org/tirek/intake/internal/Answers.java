package org.tirek.intake.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tirek.incidents.AreaCategory;
import org.tirek.incidents.CoreType;
import org.tirek.incidents.PartialDate;
import org.tirek.intake.IntakeAnswers;
import org.tirek.intake.ReporterConsent;
import org.tirek.intake.SafeContact;
import org.tirek.platform.Region;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a filled form against its questionnaire: what is stored (a JSON object of answers by
 * question id, encrypted before it is written), the errors by question id (message keys of the
 * {@code intake} bundle), and the structured answers other modules receive.
 *
 * <p>Form fields: {@code q.<id>} for one value; {@code q.<id>.year|month|day} for a date;
 * {@code q.<id>.way|phone|times|message} for contact; {@code q.<id>.<PURPOSE>=yes} for each box of
 * consent ticked.
 */
final class Answers {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int SHORT = 200;

    private Answers() {}

    /** What a filled form gave: the answers to store and the errors to show. */
    record Read(Map<String, Object> answers, Map<String, String> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    static Read read(Questionnaire questionnaire, Map<String, String> form, LocalDate today) {
        Map<String, Object> answers = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (Questionnaire.Question q : questionnaire.questions()) {
            String field = "q." + q.id();
            switch (q.kind()) {
                case WHEN -> readDate(q, form, today, answers, errors);
                case CONTACT -> readContact(q, form, answers, errors);
                case CONSENT -> readConsent(q, form, answers, errors);
                case FILES -> {} // files come as parts, checked by the submission
                default -> {
                    String value = text(form.get(field));
                    if (value == null) {
                        if (q.required()) errors.put(q.id(), "intake.error.required");
                        continue;
                    }
                    String error = check(q, value);
                    if (error != null) errors.put(q.id(), error);
                    else answers.put(q.id(), value);
                }
            }
        }
        return new Read(answers, errors);
    }

    private static @Nullable String check(Questionnaire.Question q, String value) {
        return switch (q.kind()) {
            case WHAT_HAPPENED, CHOICE ->
                q.choices().stream().anyMatch(o -> o.value().equals(value)) ? null : "intake.error.option";
            case SAFE_NOW -> oneOf(IntakeAnswers.SafeNow.class, value);
            case WHO -> oneOf(IntakeAnswers.ReportedBy.class, value);
            case AREA -> oneOf(AreaCategory.class, value);
            case WHERE -> Region.KNOWN.contains(value) ? null : "intake.error.region";
            case STORY, TEXT -> value.length() > q.limit() ? "intake.error.tooLong" : null;
            default -> null;
        };
    }

    private static <E extends Enum<E>> @Nullable String oneOf(Class<E> values, String value) {
        for (E e : values.getEnumConstants()) if (e.name().equals(value)) return null;
        return "intake.error.option";
    }

    private static void readDate(
            Questionnaire.Question q,
            Map<String, String> form,
            LocalDate today,
            Map<String, Object> answers,
            Map<String, String> errors) {
        String year = text(form.get("q." + q.id() + ".year"));
        String month = text(form.get("q." + q.id() + ".month"));
        String day = text(form.get("q." + q.id() + ".day"));
        if (year == null) {
            if (month != null || day != null) errors.put(q.id(), "intake.error.date.year");
            else if (q.required()) errors.put(q.id(), "intake.error.required");
            return;
        }
        try {
            PartialDate date = PartialDate.of(
                    Integer.parseInt(year),
                    month == null ? null : Integer.valueOf(month),
                    day == null ? null : Integer.valueOf(day));
            if (date.isCertainlyAfter(today)) errors.put(q.id(), "intake.error.date.future");
            else answers.put(q.id(), date.toString());
        } catch (IllegalArgumentException e) { // also NumberFormatException
            errors.put(q.id(), "intake.error.date");
        }
    }

    private static void readContact(
            Questionnaire.Question q,
            Map<String, String> form,
            Map<String, Object> answers,
            Map<String, String> errors) {
        String prefix = "q." + q.id() + ".";
        String way = text(form.get(prefix + "way"));
        if (way == null) {
            if (q.required()) errors.put(q.id(), "intake.error.required");
            return;
        }
        SafeContact.Way parsed;
        try {
            parsed = SafeContact.Way.valueOf(way);
        } catch (IllegalArgumentException e) {
            errors.put(q.id(), "intake.error.option");
            return;
        }
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("way", parsed.name());
        if (parsed == SafeContact.Way.PHONE) {
            String phone = text(form.get(prefix + "phone"));
            if (phone == null || !phone.matches("\\+?[0-9 ()-]{5,25}")) {
                errors.put(q.id(), "intake.error.phone");
                return;
            }
            String times = text(form.get(prefix + "times"));
            if (times != null && times.length() > SHORT) {
                errors.put(q.id(), "intake.error.tooLong");
                return;
            }
            contact.put("phone", phone);
            if (times != null) contact.put("times", times);
            contact.put("message", "yes".equals(form.get(prefix + "message")));
        }
        answers.put(q.id(), contact);
    }

    /** The purposes ticked, in their order; an empty list is an answer too (none agreed). */
    private static void readConsent(
            Questionnaire.Question q,
            Map<String, String> form,
            Map<String, Object> answers,
            Map<String, String> errors) {
        List<String> given = new ArrayList<>();
        for (ReporterConsent.Purpose purpose : ReporterConsent.Purpose.values()) {
            if ("yes".equals(form.get("q." + q.id() + "." + purpose.name()))) given.add(purpose.name());
        }
        if (given.isEmpty() && q.required()) errors.put(q.id(), "intake.error.consent");
        else answers.put(q.id(), given);
    }

    private static @Nullable String text(@Nullable String raw) {
        if (raw == null) return null;
        String stripped = raw.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    static String toJson(int version, Map<String, Object> answers) {
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("version", version);
        stored.put("answers", answers);
        return JSON.writeValueAsString(stored);
    }

    /** The stored answers by question id, and the questionnaire version they answer. */
    record Stored(int version, Map<String, Object> answers) {
        @Nullable String text(String id) {
            Object value = answers.get(id);
            return value instanceof String s ? s : null;
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> object(String id) {
            Object value = answers.get(id);
            return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        }

        List<String> list(String id) {
            Object value = answers.get(id);
            if (!(value instanceof List<?> l)) return List.of();
            return l.stream().map(String::valueOf).toList();
        }
    }

    static Stored parse(String json) {
        Map<String, Object> stored = JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
        Object answers = stored.get("answers");
        @SuppressWarnings("unchecked")
        Map<String, Object> map = answers instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        return new Stored(((Number) stored.getOrDefault("version", 0)).intValue(), map);
    }

    /** The structured answers, by the kinds of the questionnaire the report answered. */
    static IntakeAnswers structured(Questionnaire questionnaire, Stored stored) {
        Structured a = new Structured();
        for (Questionnaire.Question q : questionnaire.questions()) a.take(q, stored);
        return new IntakeAnswers(
                a.reportedBy,
                a.type,
                a.when,
                a.region,
                a.area,
                a.safe,
                a.contact,
                a.consent,
                a.story,
                a.other,
                stored.version());
    }

    /** The structured answers as they are gathered, question by question. */
    private static final class Structured {
        IntakeAnswers.@Nullable ReportedBy reportedBy;

        @Nullable CoreType type;

        @Nullable PartialDate when;

        @Nullable Region region;

        @Nullable AreaCategory area;

        IntakeAnswers.@Nullable SafeNow safe;
        SafeContact contact = new SafeContact(SafeContact.Way.NONE, null, null, false);
        ReporterConsent consent = ReporterConsent.notAsked();

        @Nullable String story;

        final Map<String, String> other = new LinkedHashMap<>();

        void take(Questionnaire.Question q, Stored stored) {
            String value = stored.text(q.id());
            switch (q.kind()) {
                case WHO -> reportedBy = value == null ? null : IntakeAnswers.ReportedBy.valueOf(value);
                case WHAT_HAPPENED -> type = value == null ? null : CoreType.valueOf(value);
                case WHEN -> when = value == null ? null : PartialDate.parse(value);
                case WHERE -> region = value == null ? null : Region.of(value);
                case AREA -> area = value == null ? null : AreaCategory.valueOf(value);
                case SAFE_NOW -> safe = value == null ? null : IntakeAnswers.SafeNow.valueOf(value);
                case CONTACT -> contact = contact(stored.object(q.id()));
                case CONSENT -> consent = consent(stored.list(q.id()));
                case STORY -> story = value;
                case TEXT, CHOICE -> {
                    if (value != null) other.put(q.id(), value);
                }
                case FILES -> {}
            }
        }
    }

    private static ReporterConsent consent(List<String> given) {
        Set<ReporterConsent.Purpose> purposes = EnumSet.noneOf(ReporterConsent.Purpose.class);
        for (String p : given) purposes.add(ReporterConsent.Purpose.valueOf(p));
        return new ReporterConsent(true, purposes);
    }

    private static SafeContact contact(Map<String, Object> map) {
        Object way = map.get("way");
        if (way == null) return new SafeContact(SafeContact.Way.NONE, null, null, false);
        return new SafeContact(
                SafeContact.Way.valueOf(way.toString()),
                map.get("phone") == null ? null : map.get("phone").toString(),
                map.get("times") == null ? null : map.get("times").toString(),
                Boolean.TRUE.equals(map.get("message")));
    }
}
