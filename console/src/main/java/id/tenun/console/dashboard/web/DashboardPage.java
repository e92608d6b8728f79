package id.tenun.console.dashboard.web;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.tenun.console.dashboard.DashboardData;
import id.tenun.console.dashboard.DashboardFilter;
import id.tenun.console.services.ServiceCalls;
import id.tenun.console.services.ServiceSettings;
import id.tenun.console.user.User;
import id.tenun.console.web.SignedIn;

/**
 * Dasbor: the programme's sales for staff and admins, at a desk: totals, sales over time, the NTT map, programmes,
 * marketplaces, top products and villages, groups without a sale, listing problems; one GET form filters them all
 * (a bookmarkable address) and every view has its CSV and XLSX export with the same filter.
 */
@Controller
public class DashboardPage {

    private final SignedIn signedIn;
    private final ServiceCalls services;
    private final DashboardData data;
    private final ServiceSettings settings;

    DashboardPage(SignedIn signedIn, ServiceCalls services, DashboardData data, ServiceSettings settings) {
        this.signedIn = signedIn;
        this.services = services;
        this.data = data;
        this.settings = settings;
    }

    @GetMapping("/dasbor")
    String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String period, @RequestParam(required = false) String regency,
            @RequestParam(required = false) String programme, @RequestParam(required = false) String channel,
            Principal principal, Model model) {
        User user = StaffOnly.require(signedIn.user(principal));
        return render(user, DashboardFilter.of(from, to, period, regency, programme, channel, settings.channels()),
                model);
    }

    /** Fills the model for a staff member's or admin's dashboard and names its template. */
    public String render(User user, DashboardFilter filter, Model model) {
        model.addAttribute("d", data.read(services.as(user), filter));
        model.addAttribute("filter", filter);
        model.addAttribute("channels", settings.channels());
        model.addAttribute("programmes", DashboardFilter.PROGRAMMES);
        model.addAttribute("mostDays", DashboardFilter.MOST_DAYS);
        return "dashboard";
    }
}
