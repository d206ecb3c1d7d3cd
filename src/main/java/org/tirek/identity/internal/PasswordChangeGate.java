package org.tirek.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tirek.identity.TirekUser;
import org.tirek.platform.ProblemResponses;

/**
 * Holds a user whose password must change (the first sign-in of a created account) on the
 * password page: pages redirect there, the API answers 403.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

    static final String PAGE = "/account/password";
    private static final List<String> OPEN =
            List.of(PAGE, "/logout", "/css/", "/js/", "/img/", "/webjars/", "/favicon.ico", "/error");

    private final ProblemResponses problems;

    PasswordChangeGate(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof TirekUser user && user.mustChangePassword()) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (OPEN.stream().noneMatch(path::startsWith)) {
                if (ProblemResponses.isApi(request)) {
                    problems.write(
                            request,
                            response,
                            HttpStatus.FORBIDDEN,
                            "Change your password in the web interface before using the API.");
                } else {
                    response.sendRedirect(request.getContextPath() + PAGE);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
