package org.tirek.identity.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security handles its POST. */
@Controller
class LoginPage {

    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String login() {
        return "identity/login";
    }
}
