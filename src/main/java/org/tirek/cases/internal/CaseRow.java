package org.tirek.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.tirek.cases.CaseId;
import org.tirek.cases.CaseStatus;
import org.tirek.cases.CaseSummary;
import org.tirek.cases.CaseType;
import org.tirek.cases.Priority;
import org.tirek.platform.Region;

/** A {@code case_file} row's structural columns (the sealed summary is read separately). */
final class CaseRow {

    static final String COLUMNS = "c.id, c.reference, c.codename, c.type, c.status, c.priority, c.region,"
            + " c.opened_at, c.status_changed_at, c.synthetic, c.version";

    private CaseRow() {}

    static CaseSummary map(ResultSet rs) throws SQLException {
        String region = rs.getString("region");
        return new CaseSummary(
                CaseId.of(rs.getObject("id", UUID.class)),
                rs.getString("reference"),
                rs.getString("codename"),
                CaseType.valueOf(rs.getString("type")),
                CaseStatus.valueOf(rs.getString("status")),
                Priority.valueOf(rs.getString("priority")),
                region == null ? null : new Region(region),
                rs.getTimestamp("opened_at").toInstant(),
                rs.getTimestamp("status_changed_at").toInstant(),
                rs.getBoolean("synthetic"),
                rs.getInt("version"));
    }
}
