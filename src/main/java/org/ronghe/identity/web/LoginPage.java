package org.ronghe.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security processes the POST. */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
