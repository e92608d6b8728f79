package id.tenun.console.home;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.tenun.console.dashboard.DashboardFilter;
import id.tenun.console.dashboard.web.DashboardPage;
import id.tenun.console.group.web.GroupHomePage;
import id.tenun.console.mentor.web.MentorHomePage;
import id.tenun.console.services.ServiceCalls;
import id.tenun.console.user.User;
import id.tenun.console.web.SignedIn;
import id.tenun.support.security.Role;

/**
 * Where a signed-in person lands: a group member on their group's Beranda, straight away (no redirect to wait for on
 * a slow line); a mentor on their groups (Kelompok saya); staff and admins on the dashboard (Dasbor, its
 * default view); anyone else on their account page. The account page ({@code /akun}) says who is signed in,
 * as what, and has the way out.
 */
@Controller
class HomePage {

    private final SignedIn signedIn;
    private final ServiceCalls services;
    private final GroupHomePage groupHome;
    private final MentorHomePage mentorHome;
    private final DashboardPage dashboard;

    HomePage(SignedIn signedIn, ServiceCalls services, GroupHomePage groupHome, MentorHomePage mentorHome,
            DashboardPage dashboard) {
        this.signedIn = signedIn;
        this.services = services;
        this.groupHome = groupHome;
        this.mentorHome = mentorHome;
        this.dashboard = dashboard;
    }

    @GetMapping("/")
    String home(Principal principal, Locale locale, Model model) {
        User user = signedIn.user(principal);
        if (user.role() == Role.GROUP_MEMBER && user.groupId() != null) {
            return groupHome.render(user.groupId(), services.as(user), locale, model);
        }
        if (user.role() == Role.MENTOR) {
            return mentorHome.render(user, services.as(user), locale, model);
        }
        if (user.role() == Role.STAFF || user.role() == Role.ADMIN) {
            return dashboard.render(user, DashboardFilter.of(null, null, null, null, null, null, List.of()), model);
        }
        return account(user, model);
    }

    @GetMapping("/akun")
    String account(Principal principal, Model model) {
        return account(signedIn.user(principal), model);
    }

    private static String account(User user, Model model) {
        model.addAttribute("user", user);
        return "home";
    }
}
