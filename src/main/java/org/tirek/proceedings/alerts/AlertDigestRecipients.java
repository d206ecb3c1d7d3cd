package org.tirek.proceedings.alerts;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tirek.identity.TirekUser;
import org.tirek.platform.InvalidRequestException;

/** Who wants the daily digest by e-mail, and at which work address; each user sets only their own. */
@Component
@Transactional
public class AlertDigestRecipients {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}");

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;

    AlertDigestRecipients(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, Clock clock) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.clock = clock;
    }

    /** Whether SMTP is configured ({@code spring.mail.host}), so that digests are actually sent. */
    public boolean mailConfigured() {
        return sender.getIfAvailable() != null;
    }

    @Transactional(readOnly = true)
    public Optional<String> addressOf(TirekUser who) {
        return jdbc.sql("select address from alert_digest_recipient where user_id = :u")
                .param("u", who.id())
                .query(String.class)
                .optional();
    }

    /**
     * Sets the address the digest goes to; a blank one stops the e-mails.
     *
     * @throws InvalidRequestException for something that is not an e-mail address
     */
    public void set(TirekUser who, String address) {
        String a = address.strip();
        if (a.isEmpty()) {
            jdbc.sql("delete from alert_digest_recipient where user_id = :u")
                    .param("u", who.id())
                    .update();
            return;
        }
        if (!ADDRESS.matcher(a).matches()) {
            throw new InvalidRequestException("Give an e-mail address", Map.of("address", "an e-mail address"));
        }
        jdbc.sql("""
                        insert into alert_digest_recipient (user_id, address, created_at) values (:u, :a, :at)
                        on conflict (user_id) do update set address = excluded.address
                        """)
                .param("u", who.id())
                .param("a", a)
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }
}
