package id.tenun.console.signin.web;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.tenun.console.user.Users;

/** Where a signed-in person lands: who they are signed in as, and the way out. */
@Controller
class HomePage {

    private final Users users;

    HomePage(Users users) {
        this.users = users;
    }

    @GetMapping("/")
    String home(Principal principal, Model model) {
        users.byId(principal.getName()).ifPresent(user -> model.addAttribute("user", user));
        return "home";
    }
}
