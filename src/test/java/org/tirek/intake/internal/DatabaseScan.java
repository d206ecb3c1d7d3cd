package org.tirek.intake.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Looks for a marker in every text, json and bytea column of every table (plaintext leak detection). */
final class DatabaseScan {

    private DatabaseScan() {}

    static List<String> tablesContaining(JdbcClient jdbc, String marker) {
        List<Map<String, Object>> columns = jdbc.sql("""
                        select table_name, column_name, data_type from information_schema.columns
                         where table_schema = 'public'
                           and data_type in ('text', 'character varying', 'bytea', 'jsonb', 'json')
                        """).query().listOfRows();
        List<String> found = new ArrayList<>();
        for (Map<String, Object> c : columns) {
            String table = (String) c.get("table_name");
            String column = (String) c.get("column_name");
            boolean bytes = "bytea".equals(c.get("data_type"));
            String sql = bytes
                    ? "select count(*) from \"" + table + "\" where position(:m in \"" + column + "\") > 0"
                    : "select count(*) from \"" + table + "\" where \"" + column + "\"::text like '%' || :m || '%'";
            long hits = jdbc.sql(sql)
                    .param("m", bytes ? marker.getBytes(StandardCharsets.UTF_8) : marker)
                    .query(Long.class)
                    .single();
            if (hits > 0) found.add(table + "." + column);
        }
        return found;
    }
}
