package org.tirek.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tirek.identity.Role;

/** The {@code app_user} table. */
@Repository
class Users {

    private static final String SELECT = """
            select u.id, u.username, u.role, u.password_hash, u.must_change_password, u.enabled, u.demo,
                   u.created_at, t.locked_until
              from app_user u
              left join login_throttle t on t.subject_hash = sha256(convert_to(u.username, 'UTF8'))
            """;

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the row unless the username is taken; returns whether it was inserted. */
    boolean insert(UserRow row) {
        return jdbc.sql("""
                        insert into app_user (id, username, role, password_hash, must_change_password, enabled, demo,
                                              created_at)
                        values (:id, :username, :role, :hash, :mustChange, :enabled, :demo, :createdAt)
                        on conflict (username) do nothing
                        """)
                        .param("id", row.id())
                        .param("username", row.username())
                        .param("role", row.role().name())
                        .param("hash", row.passwordHash())
                        .param("mustChange", row.mustChangePassword())
                        .param("enabled", row.enabled())
                        .param("demo", row.demo())
                        .param("createdAt", Timestamp.from(row.createdAt()))
                        .update()
                == 1;
    }

    Optional<UserRow> findByUsername(String username) {
        return jdbc.sql(SELECT + " where u.username = :username")
                .param("username", username)
                .query(Users::map)
                .optional();
    }

    Optional<UserRow> findById(UUID id) {
        return jdbc.sql(SELECT + " where u.id = :id")
                .param("id", id)
                .query(Users::map)
                .optional();
    }

    List<UserRow> list() {
        return jdbc.sql(SELECT + " order by u.username").query(Users::map).list();
    }

    void updatePassword(UUID id, String hash, Instant now) {
        jdbc.sql("""
                        update app_user set password_hash = :hash, must_change_password = false,
                                            password_changed_at = :now
                         where id = :id
                        """)
                .param("hash", hash)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    long countWithRole(Role role) {
        return jdbc.sql("select count(*) from app_user where role = :role")
                .param("role", role.name())
                .query(Long.class)
                .single();
    }

    long countLocked(Instant now) {
        return jdbc.sql("""
                        select count(*) from app_user u
                          join login_throttle t on t.subject_hash = sha256(convert_to(u.username, 'UTF8'))
                         where t.locked_until > :now
                        """).param("now", Timestamp.from(now)).query(Long.class).single();
    }

    private static UserRow map(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new UserRow(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                Role.valueOf(rs.getString("role")),
                rs.getString("password_hash"),
                rs.getBoolean("must_change_password"),
                rs.getBoolean("enabled"),
                rs.getBoolean("demo"),
                rs.getTimestamp("created_at").toInstant(),
                locked == null ? null : locked.toInstant());
    }
}
