package id.tenun.console.invitation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.tenun.console.invitation.InvitationDesk;
import id.tenun.console.user.RegisterUser;

/**
 * The page an invitation or reset link opens: the person sets their own password (twice, at least
 * {@value RegisterUser#MIN_PASSWORD_LENGTH} characters) and goes on to sign in. A used, expired or unknown link
 * says so (410).
 */
@Controller
class InvitationPage {

    private final InvitationDesk desk;

    InvitationPage(InvitationDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/invitations/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        return desk.open(token).map(open -> {
            model.addAttribute("invitation", open);
            model.addAttribute("path", "/invitations/" + token);
            return "invitation";
        }).orElseGet(() -> closed(response));
    }

    @PostMapping("/invitations/{token}")
    String accept(@PathVariable String token, @RequestParam String password, @RequestParam String repeated,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        if (desk.open(token).isEmpty()) {
            return closed(response);
        }
        String problem = null;
        if (!password.equals(repeated)) {
            problem = "invitation.mismatch";
        } else if (password.length() < RegisterUser.MIN_PASSWORD_LENGTH) {
            problem = "invitation.short";
        }
        if (problem != null) {
            model.addAttribute("invitation", desk.open(token).orElseThrow());
            model.addAttribute("path", "/invitations/" + token);
            model.addAttribute("problem", problem);
            return "invitation";
        }
        return desk.accept(token, password, request.getRemoteAddr()).map(user -> "redirect:/login?welcome")
                .orElseGet(() -> closed(response));
    }

    private static String closed(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_GONE);
        return "invitation-closed";
    }
}
