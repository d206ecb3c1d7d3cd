package org.tirek.identity.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tirek.identity.Sessions;

@Component
class JdbcSessions implements Sessions {

    private final JdbcClient jdbc;

    JdbcSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int endAll() {
        return jdbc.sql("delete from spring_session").update();
    }
}
