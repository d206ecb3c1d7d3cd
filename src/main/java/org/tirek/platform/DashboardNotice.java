package org.tirek.platform;

import java.util.List;
import java.util.Set;

/**
 * A state a module reports at the top of the dashboard, to the roles it concerns: e.g. the result
 * of the audit trail's verification for administrators and auditors. Like figures, notices never
 * carry a sensitive value.
 */
public interface DashboardNotice {

    /**
     * @param roles the viewer's role names (e.g. {@code ADMIN})
     * @return the notices for this viewer, never {@code null}
     */
    List<Notice> notices(Set<String> roles);

    /** How a notice is shown. */
    enum Level {
        SUCCESS,
        INFO,
        WARNING,
        DANGER
    }

    /**
     * @param messageKey message key of the text, resolved in the viewer's language with {@code args}
     * @param link where a click leads, or an empty string
     */
    record Notice(Level level, String messageKey, List<Object> args, String link) {}
}
