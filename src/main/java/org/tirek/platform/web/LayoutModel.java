package org.tirek.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is signed in, in which role, which language, demo or not. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final boolean demo;
    private final String organisation;

    LayoutModel(@Value("${tirek.demo:false}") boolean demo, @Value("${tirek.organisation-name:}") String organisation) {
        this.demo = demo;
        this.organisation = organisation;
    }

    @ModelAttribute("signedIn")
    @Nullable SignedIn signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) return null;
        String role = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .findFirst()
                .orElse("");
        return new SignedIn(auth.getName(), role);
    }

    @ModelAttribute("lang")
    String lang(Locale locale) {
        return LocaleConfiguration.supported(locale).getLanguage();
    }

    /**
     * The path of this page, for the language links (which add only {@code ?lang=}). On the error
     * page it is the address that failed, not {@code /error}: {@code /error?lang=ru} on its own would
     * know no status and show a 500.
     */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
                ? failed
                : request.getRequestURI();
        return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
    }

    @ModelAttribute("demo")
    boolean demo() {
        return demo;
    }

    @ModelAttribute("organisation")
    String organisation() {
        return organisation.isBlank() ? (demo ? "Demo organisation" : "") : organisation;
    }

    @ModelAttribute("fmt")
    Formats formats() {
        return Formats.INSTANCE;
    }

    /** Date formatting for templates; times are shown in UTC with the zone named. */
    public static final class Formats {
        static final Formats INSTANCE = new Formats();
        private static final DateTimeFormatter WHEN =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

        public String when(@Nullable Instant instant) {
            return instant == null ? "" : WHEN.format(instant);
        }
    }
}
