package org.tirek.cases.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tirek.cases.CaseId;
import org.tirek.cases.CaseTask;
import org.tirek.cases.CaseTasks;
import org.tirek.cases.ConsentPurpose;
import org.tirek.cases.ConsentUse;

/**
 * The task a revocation opens: stop sharing, tell the recipient, and chase the copies already shared
 * under the consent, which the title lists (as many as fit; the consent's page lists them all). The
 * title is written in the language of whoever revokes, and sealed like any task title.
 */
@Component
class RevocationTasks {

    static final String ORIGIN = "consent.revoked";
    /** Days from the revocation to the task's due date. */
    static final int DUE_IN_DAYS = 3;

    private final CaseTasks tasks;
    private final MessageSource messages;

    RevocationTasks(CaseTasks tasks, MessageSource messages) {
        this.tasks = tasks;
        this.messages = messages;
    }

    CaseTask open(
            CaseId caseId,
            ConsentPurpose purpose,
            @Nullable String recipientName,
            List<ConsentUse> uses,
            LocalDate today,
            ZoneId zone) {
        Locale locale = LocaleContextHolder.getLocale();
        String what = message("consent.purpose." + purpose.name(), locale)
                + (recipientName == null ? "" : " — " + recipientName);
        String base = messages.getMessage("consent.task.revoked", new Object[] {what, ""}, locale);
        String title = messages.getMessage(
                "consent.task.revoked", new Object[] {what, shared(uses, zone, locale, base)}, locale);
        if (title.length() > CaseTasksService.MAX_TITLE)
            title = title.substring(0, CaseTasksService.MAX_TITLE - 1) + "…";
        return tasks.createFor(caseId, title, today.plusDays(DUE_IN_DAYS), ORIGIN);
    }

    /** The uses, as many as fit in a task's title after {@code base}, then how many more. */
    private String shared(List<ConsentUse> uses, ZoneId zone, Locale locale, String base) {
        if (uses.isEmpty()) return message("consent.task.nothingShared", locale);
        StringBuilder list = new StringBuilder();
        int room = CaseTasksService.MAX_TITLE - base.length() - 40;
        for (int i = 0; i < uses.size(); i++) {
            ConsentUse use = uses.get(i);
            String item = messages.getMessage(
                    "consent.task.use." + use.kind().name(),
                    new Object[] {LocalDate.ofInstant(use.at(), zone).toString()},
                    locale);
            if (list.length() + item.length() + 2 > room) {
                list.append(' ')
                        .append(messages.getMessage("consent.task.more", new Object[] {uses.size() - i}, locale));
                break;
            }
            if (!list.isEmpty()) list.append("; ");
            list.append(item);
        }
        return list.toString();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
