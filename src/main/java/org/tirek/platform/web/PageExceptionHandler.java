package org.tirek.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.tirek.platform.ConflictException;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.NotFoundException;
import org.tirek.platform.ServiceUnavailableException;
import org.tirek.platform.UnreadableDataException;

/** Domain refusals on pages become the error page with the right status instead of a 500. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    private final LayoutModel layout;

    PageExceptionHandler(LayoutModel layout) {
        this.layout = layout;
    }

    @ExceptionHandler(InvalidRequestException.class)
    String invalid(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        return errorPage(request, locale, HttpStatus.UNPROCESSABLE_CONTENT, response, model);
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        return errorPage(request, locale, HttpStatus.NOT_FOUND, response, model);
    }

    @ExceptionHandler(ConflictException.class)
    String conflict(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        return errorPage(request, locale, HttpStatus.CONFLICT, response, model);
    }

    @ExceptionHandler(ServiceUnavailableException.class)
    String unavailable(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        return errorPage(request, locale, HttpStatus.SERVICE_UNAVAILABLE, response, model);
    }

    /** An erased case's data (410), or data that failed its integrity check (500, one log line, no stack trace). */
    @ExceptionHandler(UnreadableDataException.class)
    String unreadable(
            UnreadableDataException e,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        if (e.destroyed()) return errorPage(request, locale, HttpStatus.GONE, response, model);
        log.error("Stored data failed its integrity check: {}", e.getMessage());
        String page = errorPage(request, locale, HttpStatus.INTERNAL_SERVER_ERROR, response, model);
        model.addAttribute("messageKey", "error.integrity");
        return page;
    }

    /**
     * The error page, with what the layout needs (an exception handler does not get the
     * {@code @ModelAttribute}s of {@link LayoutModel}): a signed-in user keeps the menu.
     */
    private String errorPage(
            HttpServletRequest request, Locale locale, HttpStatus status, HttpServletResponse response, Model model) {
        model.addAttribute("signedIn", layout.signedIn());
        model.addAttribute("lang", layout.lang(locale));
        model.addAttribute("currentPath", layout.currentPath(request));
        model.addAttribute("demo", layout.demo());
        model.addAttribute("organisation", layout.organisation());
        model.addAttribute("fmt", layout.formats());
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("messageKey", "error." + status.value());
        return "platform/error";
    }
}
