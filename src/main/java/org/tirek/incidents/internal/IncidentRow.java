package org.tirek.incidents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tirek.cases.CaseId;
import org.tirek.incidents.Answer;
import org.tirek.incidents.AreaCategory;
import org.tirek.incidents.CaseContext;
import org.tirek.incidents.CoreType;
import org.tirek.incidents.Incident;
import org.tirek.incidents.IncidentId;
import org.tirek.incidents.PartialDate;
import org.tirek.incidents.Perpetrator;
import org.tirek.incidents.ReportingDelay;
import org.tirek.incidents.TimeOfDay;
import org.tirek.platform.Region;

/**
 * An {@code incident} row: the incident's structure, as the records of the module's API, and its
 * narrative still sealed.
 */
record IncidentRow(Incident incident, byte @Nullable [] narrativeSealed) {

    static final String COLUMNS = "i.id, i.case_id, i.core_type, i.reported_on, i.occurred_from, i.occurred_precision,"
            + " i.time_of_day, i.region, i.area_category, i.prior_incidents, i.reported_by_survivor,"
            + " i.reporting_delay, i.reporting_delay_days, i.narrative_sealed, i.recorded_by_name, i.recorded_at,"
            + " i.changed_at, i.version";

    /** Maps the columns of {@link #COLUMNS}; contexts and perpetrators come from their own tables. */
    static IncidentRow map(ResultSet rs, Set<CaseContext> contexts, List<Perpetrator> perpetrators)
            throws SQLException {
        byte[] narrative = rs.getBytes("narrative_sealed");
        String region = rs.getString("region");
        String area = rs.getString("area_category");
        Integer delayDays = rs.getObject("reporting_delay_days", Integer.class);
        Incident incident = new Incident(
                IncidentId.of(rs.getObject("id", UUID.class)),
                CaseId.of(rs.getObject("case_id", UUID.class)),
                CoreType.valueOf(rs.getString("core_type")),
                rs.getObject("reported_on", java.time.LocalDate.class),
                occurred(rs),
                TimeOfDay.valueOf(rs.getString("time_of_day")),
                region == null ? null : new Region(region),
                area == null ? null : AreaCategory.valueOf(area),
                contexts,
                perpetrators,
                Answer.valueOf(rs.getString("prior_incidents")),
                rs.getBoolean("reported_by_survivor"),
                new ReportingDelay(ReportingDelay.Band.valueOf(rs.getString("reporting_delay")), delayDays),
                narrative != null,
                null,
                rs.getString("recorded_by_name"),
                instant(rs, "recorded_at"),
                instant(rs, "changed_at"),
                rs.getInt("version"));
        return new IncidentRow(incident, narrative);
    }

    private static @Nullable PartialDate occurred(ResultSet rs) throws SQLException {
        String precision = rs.getString("occurred_precision");
        if (precision == null) return null;
        return new PartialDate(
                PartialDate.Precision.valueOf(precision), rs.getObject("occurred_from", java.time.LocalDate.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}
