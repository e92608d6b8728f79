package id.tenun.console.group.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.tenun.console.group.GroupData;
import id.tenun.console.group.Notice;
import id.tenun.console.group.ProductRow;
import id.tenun.console.services.OrderAnswers.BusinessRecord;
import id.tenun.console.services.OrderAnswers.Month;
import id.tenun.console.services.ServiceCalls.As;
import id.tenun.console.web.SignedIn;

/**
 * Beranda: the group's sales and orders this month against last month, its last orders, and what needs attention in
 * plain words. A group member lands here at {@code /}.
 */
@Controller
public class GroupHomePage {

    private static final int LAST_ORDERS = 5;

    private final SignedIn signedIn;
    private final GroupData data;

    GroupHomePage(SignedIn signedIn, GroupData data) {
        this.signedIn = signedIn;
        this.data = data;
    }

    @GetMapping("/kelompok/{groupId}")
    String home(@PathVariable String groupId, Principal principal, Locale locale, Model model) {
        return render(groupId, signedIn.calls(principal), locale, model);
    }

    /** Fills the model for Beranda and names its template. */
    public String render(String groupId, As calls, Locale locale, Model model) {
        model.addAttribute("group", data.group(calls, groupId));
        List<ProductRow> rows = data.productRows(calls, groupId, locale);
        model.addAttribute("notices", Notice.of(rows, GroupData.today(), locale));
        BusinessRecord record = data.lastTwoMonths(calls, groupId);
        List<Month> months = record.months();
        model.addAttribute("thisMonth", months.get(months.size() - 1));
        model.addAttribute("lastMonth", months.size() > 1 ? months.get(0) : null);
        model.addAttribute("orders", data.latestOrders(calls, groupId, LAST_ORDERS).items());
        model.addAttribute("nav", "home");
        return "group-home";
    }
}
