package org.tirek.platform;

import java.util.List;
import java.util.Locale;

/**
 * A figure a module contributes to the staff dashboard. Every module that owns countable data
 * provides one bean of this type; the dashboard asks each in {@link #order()} and shows what it
 * returns. Figures are aggregates only: they must never carry a sensitive value.
 */
public interface DashboardFigure {

    /** Position on the dashboard; lower comes first. */
    int order();

    /**
     * The figures to show for the current request.
     *
     * @param locale the viewer's language, for any formatting the module does itself
     * @return the figures, never {@code null}; empty when the module has nothing to show
     */
    List<Figure> figures(Locale locale);

    /**
     * One number on the dashboard.
     *
     * @param labelKey message key of the label, resolved in the viewer's language
     * @param value the number
     * @param link where a click leads, or an empty string for none
     */
    record Figure(String labelKey, long value, String link) {}
}
