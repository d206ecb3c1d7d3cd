package org.tirek.identity.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.tirek.identity.UserAccounts;
import org.tirek.platform.DashboardFigure;

/** Accounts, lock-outs, sessions and tokens, as counted in the database now. */
@Component
class AccountFiguresOnDashboard implements DashboardFigure {

    private final UserAccounts accounts;
    private final Tokens tokens;

    AccountFiguresOnDashboard(UserAccounts accounts, Tokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public List<Figure> figures(Locale locale) {
        UserAccounts.AccountFigures f = accounts.figures();
        return List.of(
                new Figure("dashboard.figure.users", f.users(), ""),
                new Figure("dashboard.figure.sessions", f.activeSessions(), ""),
                new Figure("dashboard.figure.tokens", tokens.countActive(), ""),
                new Figure("dashboard.figure.locked", f.locked(), ""));
    }
}
