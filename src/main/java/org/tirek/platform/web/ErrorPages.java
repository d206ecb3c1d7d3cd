package org.tirek.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tirek.platform.ProblemResponses;

/**
 * The one place errors that escape the controllers end up (unknown paths, wrong methods, container
 * errors). API paths get problem details, pages get a plain error page; neither ever shows a stack
 * trace or the exception's message.
 */
@Controller
class ErrorPages implements ErrorController {

    private final ProblemResponses problems;

    ErrorPages(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    @PreAuthorize("permitAll()")
    @Nullable String error(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        HttpStatus status = statusOf(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        boolean api = uri instanceof String path && path.startsWith(request.getContextPath() + "/api/");
        if (api) {
            problems.write(request, response, status, detailFor(status));
            return null;
        }
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute(
                "messageKey", "error." + (status.is4xxClientError() || status.value() == 503 ? status.value() : 500));
        return "platform/error";
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String detailFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not accept that HTTP method.";
            case UNSUPPORTED_MEDIA_TYPE -> "This endpoint does not accept that content type.";
            case NOT_ACCEPTABLE -> "This endpoint cannot answer in the requested format.";
            case CONTENT_TOO_LARGE -> ApiBodyLimitFilter.DETAIL;
            case UNAUTHORIZED -> "Authentication is required.";
            case FORBIDDEN -> "You are not allowed to do this.";
            default ->
                status.is4xxClientError()
                        ? "The request was refused."
                        : "Something went wrong on our side. Quote the X-Request-Id header when you report it.";
        };
    }
}
