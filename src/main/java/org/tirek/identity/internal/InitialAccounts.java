package org.tirek.identity.internal;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.tirek.identity.Password;
import org.tirek.identity.Role;
import org.tirek.identity.Username;

/**
 * Makes a new installation usable. When no administrator exists, creates {@code admin} with a
 * random one-time password that must be changed at first sign-in, and prints it to the console
 * only: {@code System.out}, never a logger, so it cannot land in a log file or collector. With
 * {@code TIREK_DEMO=true}, also creates one clearly marked demo account per role and prints their
 * (fixed, public) passwords at every start.
 */
@Component
@ConditionalOnWebApplication
class InitialAccounts implements ApplicationRunner {

    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final List<Role> DEMO_ROLES =
            List.of(Role.COORDINATOR, Role.LAWYER, Role.CASEWORKER, Role.ANALYST, Role.AUDITOR);

    private final UserAccountsImpl accounts;
    private final boolean demo;
    private final PrintStream console;

    InitialAccounts(UserAccountsImpl accounts, @Value("${tirek.demo:false}") boolean demo) {
        this.accounts = accounts;
        this.demo = demo;
        this.console = System.out;
    }

    @Override
    public void run(ApplicationArguments args) {
        StringBuilder banner = new StringBuilder();
        if (!accounts.adminExists()) {
            String oneTime = randomPassword();
            if (accounts.insert(Username.of("admin"), Role.ADMIN, Password.of(oneTime), true, false)
                    .isPresent()) {
                banner.append("  First start: an administrator account was created.\n")
                        .append("    username: admin\n")
                        .append("    one-time password: ")
                        .append(oneTime)
                        .append('\n')
                        .append("  It is shown only now; you must choose a new one at first sign-in.\n");
            }
        }
        if (demo) {
            banner.append("  DEMO DATA - never use this instance for real cases. Demo accounts:\n");
            for (Role role : DEMO_ROLES) {
                String name = role.name().toLowerCase(java.util.Locale.ROOT);
                accounts.insert(Username.of(name), role, Password.of(demoPassword(role)), false, true);
                banner.append("    ")
                        .append(String.format("%-11s", name))
                        .append(" password: ")
                        .append(demoPassword(role))
                        .append('\n');
            }
        }
        if (!banner.isEmpty()) {
            console.println("\n================ Tirek ================\n" + banner
                    + "  Sign in at /login\n=======================================\n");
        }
    }

    /** Public, documented passwords of the demo accounts; they exist only with TIREK_DEMO=true. */
    static String demoPassword(Role role) {
        return role.name().toLowerCase(java.util.Locale.ROOT) + "-demo-2026";
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        char[] out = new char[20];
        for (int i = 0; i < out.length; i++) out[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        return new String(out);
    }
}
