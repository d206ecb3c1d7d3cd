package org.tirek.proceedings.alerts;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.tirek.identity.TirekUser;
import org.tirek.identity.UserAccounts;
import org.tirek.identity.UserSummary;

/**
 * The daily digest by e-mail, to the staff who asked for it, through SMTP only when
 * {@code spring.mail.host} is configured (Spring Boot then provides the {@link JavaMailSender}).
 *
 * <p>Hazard: e-mail leaves the server in clear for all we know. A digest line carries the case's
 * reference, the rule and the severity, nothing else: no names, codenames, states or explanations.
 * The recipient signs in to read the rest.
 */
@Component
class DigestMail {

    private static final Logger log = LoggerFactory.getLogger(DigestMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final SafeguardAlerts alerts;
    private final UserAccounts users;
    private final JdbcClient jdbc;
    private final String from;

    DigestMail(
            ObjectProvider<JavaMailSender> sender,
            SafeguardAlerts alerts,
            UserAccounts users,
            JdbcClient jdbc,
            @Value("${tirek.alerts.mail-from:tirek@localhost}") String from) {
        this.sender = sender;
        this.alerts = alerts;
        this.users = users;
        this.jdbc = jdbc;
        this.from = from;
    }

    /** Sends each recipient the digest of their cases; the number of mails sent. */
    int sendAll() {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) return 0;
        int sent = 0;
        Map<UUID, String> recipients = recipients();
        for (UserSummary user : users.list()) {
            String address = recipients.get(user.id());
            if (address == null || !user.enabled()) continue;
            List<String> text = lines(new TirekUser(user.id(), user.username(), user.role(), true, false, null));
            if (text.isEmpty()) continue;
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(address);
            message.setSubject("Tirek: " + text.size() + " open safeguard alert(s)");
            message.setText(String.join("\n", text) + "\n\nSign in to Tirek and open /alerts for the details.\n");
            try {
                mail.send(message);
                sent++;
            } catch (MailException e) {
                log.warn(
                        "The alert digest could not be sent to a recipient: {}",
                        e.getClass().getSimpleName());
            }
        }
        return sent;
    }

    /** One line per active alert: case reference, rule, severity; new ones marked. Nothing else. */
    List<String> lines(TirekUser user) {
        return alerts.digest(user).stream()
                .map(e -> (e.isNew() ? "NEW  " : "     ") + e.caseReference() + "  "
                        + e.alert().rule() + "  " + e.alert().severity())
                .toList();
    }

    private Map<UUID, String> recipients() {
        Map<UUID, String> out = new java.util.LinkedHashMap<>();
        jdbc.sql("select user_id, address from alert_digest_recipient order by created_at")
                .query(rs -> {
                    out.put(rs.getObject("user_id", UUID.class), rs.getString("address"));
                });
        return out;
    }
}
