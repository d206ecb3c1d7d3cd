package org.tirek.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The questionnaire's versions ({@code intake_questionnaire}); the newest is in use. The first
 * use seeds version 1 from {@code intake/default-questionnaire.json}. Versions never change once
 * saved, so each is cached after its first read.
 */
@Component
public class Questionnaires {

    static final String DEFAULT = "intake/default-questionnaire.json";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<Integer, Questionnaire> versions = new ConcurrentHashMap<>();

    Questionnaires(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The questionnaire in use. */
    Questionnaire current() {
        Integer newest = jdbc.sql("select max(version) from intake_questionnaire")
                .query(Integer.class)
                .optional()
                .orElse(null);
        if (newest == null) {
            seed();
            return current();
        }
        return version(newest);
    }

    /** A version, as reports that answered it need it. */
    Questionnaire version(int version) {
        return versions.computeIfAbsent(version, v -> Questionnaire.parse(v, definition(v)));
    }

    private String definition(int version) {
        return jdbc.sql("select definition from intake_questionnaire where version = :v")
                .param("v", version)
                .query(String.class)
                .single();
    }

    /**
     * Checks and saves a new version.
     *
     * @throws Questionnaire.Invalid naming every problem; nothing is saved
     */
    Questionnaire save(String json, String by) {
        Questionnaire.parse(0, json); // refuses before anything is written
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from intake_questionnaire")
                .query(Integer.class)
                .single();
        insert(version, json, by);
        return version(version);
    }

    /** The versions, newest first: number, time and author. */
    List<Version> history() {
        return jdbc.sql("select version, created_at, created_by_name from intake_questionnaire order by version desc")
                .query((rs, n) -> new Version(
                        rs.getInt("version"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by_name")))
                .list();
    }

    public record Version(int version, Instant createdAt, String createdBy) {}

    private void seed() {
        String json;
        try (InputStream in = new ClassPathResource(DEFAULT).getInputStream()) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Questionnaire.parse(1, json);
        jdbc.sql("""
                        insert into intake_questionnaire (version, definition, created_at, created_by_name)
                        values (1, :d, :now, 'system') on conflict (version) do nothing
                        """)
                .param("d", json)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    private void insert(int version, String json, String by) {
        jdbc.sql("""
                        insert into intake_questionnaire (version, definition, created_at, created_by_name)
                        values (:v, :d, :now, :by)
                        """)
                .param("v", version)
                .param("d", json)
                .param("now", Timestamp.from(clock.instant()))
                .param("by", by)
                .update();
    }
}
