package id.tenun.console.group.web;

import java.security.Principal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.tenun.console.group.GroupData;
import id.tenun.console.services.OrderAnswers.OrderPage;
import id.tenun.console.services.ServiceCalls.As;
import id.tenun.console.web.SignedIn;

/** Pesanan: the group's orders from every marketplace in one month (WITA), newest first, 20 a page. */
@Controller
class GroupOrdersPage {

    static final int PAGE_SIZE = 20;

    private final SignedIn signedIn;
    private final GroupData data;

    GroupOrdersPage(SignedIn signedIn, GroupData data) {
        this.signedIn = signedIn;
        this.data = data;
    }

    @GetMapping("/kelompok/{groupId}/pesanan")
    String orders(@PathVariable String groupId, @RequestParam(name = "bulan", required = false) String month,
            @RequestParam(name = "halaman", defaultValue = "0") int page, Principal principal, Model model) {
        As calls = signedIn.calls(principal);
        YearMonth shown = monthOrThis(month);
        int pageShown = Math.max(0, Math.min(page, 10_000));
        OrderPage orders = data.orders(calls, groupId, shown, pageShown, PAGE_SIZE);
        model.addAttribute("group", data.group(calls, groupId));
        model.addAttribute("orders", orders);
        model.addAttribute("month", shown);
        model.addAttribute("previousMonth", shown.minusMonths(1));
        model.addAttribute("nextMonth", shown.isBefore(GroupData.thisMonth()) ? shown.plusMonths(1) : null);
        model.addAttribute("lastPage", (long) (pageShown + 1) * PAGE_SIZE >= orders.total());
        model.addAttribute("nav", "orders");
        return "group-orders";
    }

    /** The month asked for ({@code 2026-11}), or this one when none or an unreadable one is asked for. */
    private static YearMonth monthOrThis(String month) {
        if (month == null || month.isBlank()) {
            return GroupData.thisMonth();
        }
        try {
            YearMonth asked = YearMonth.parse(month.trim());
            return asked.isAfter(GroupData.thisMonth()) || asked.getYear() < 2000 ? GroupData.thisMonth() : asked;
        } catch (DateTimeParseException unreadable) {
            return GroupData.thisMonth();
        }
    }
}
