package org.tirek.intake.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outermost filter of the public intake pages ({@code /report} and below). Everything after it sees
 * a client without an address, user agent, referrer or forwarded-for headers, so no log line, audit
 * entry, metric or table can record them; the request is marked {@value #ATTRIBUTE} so that Tomcat's
 * access log, when an operator enables it, skips it ({@code server.tomcat.accesslog.condition-unless}).
 * The response can set no cookie at all: the locale switch, the session and anything else that tries
 * is silently ignored, so the pages leave nothing in the browser's cookie jar.
 *
 * <p>Hazard: it runs before Spring Session's filter; registered after it, a session cookie could slip through.
 */
public final class Untraced extends OncePerRequestFilter {

    /** The request attribute that keeps a request out of the access log (intake, and calendar feeds). */
    public static final String ATTRIBUTE = "tirek.untraced";

    static final String NOWHERE = "0.0.0.0";
    private static final Set<String> HIDDEN = Set.of(
            "user-agent",
            "referer",
            "x-forwarded-for",
            "x-forwarded-host",
            "x-forwarded-proto",
            "x-forwarded-port",
            "x-real-ip",
            "forwarded",
            "via",
            "true-client-ip",
            "cf-connecting-ip",
            "x-client-ip",
            "x-cluster-client-ip",
            "cookie");

    /** Whether {@code path} (without the context path) is a public intake page. */
    public static boolean isIntakePath(String path) {
        return path.equals("/report") || path.startsWith("/report/");
    }

    /** Intake requests, also when they come back as an error dispatch to {@code /error}. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
                ? failed
                : request.getRequestURI();
        return !isIntakePath(uri.substring(Math.min(request.getContextPath().length(), uri.length())));
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(ATTRIBUTE, Boolean.TRUE);
        chain.doFilter(new Anonymised(request), new Cookieless(response));
    }

    /** The request without anything that identifies the client. */
    static final class Anonymised extends HttpServletRequestWrapper {

        Anonymised(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getRemoteAddr() {
            return NOWHERE;
        }

        @Override
        public String getRemoteHost() {
            return NOWHERE;
        }

        @Override
        public int getRemotePort() {
            return 0;
        }

        @Override
        public @Nullable String getRemoteUser() {
            return null;
        }

        @Override
        public Cookie[] getCookies() {
            return new Cookie[0];
        }

        @Override
        public @Nullable String getHeader(String name) {
            return hidden(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames()).stream()
                    .filter(n -> !hidden(n))
                    .toList();
            return Collections.enumeration(names);
        }

        @Override
        public long getDateHeader(String name) {
            return hidden(name) ? -1 : super.getDateHeader(name);
        }

        @Override
        public int getIntHeader(String name) {
            return hidden(name) ? -1 : super.getIntHeader(name);
        }

        private static boolean hidden(String name) {
            return HIDDEN.contains(name.toLowerCase(Locale.ROOT));
        }
    }

    /** The response, unable to set a cookie. */
    static final class Cookieless extends HttpServletResponseWrapper {

        Cookieless(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(Cookie cookie) {
            // intake pages set no cookie, whatever asks
        }

        @Override
        public void addHeader(String name, String value) {
            if (!cookie(name)) super.addHeader(name, value);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!cookie(name)) super.setHeader(name, value);
        }

        private static boolean cookie(String name) {
            return name.equalsIgnoreCase("Set-Cookie") || name.equalsIgnoreCase("Set-Cookie2");
        }
    }
}
