package id.tenun.console.group.web;

import java.security.Principal;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.tenun.console.group.GroupData;
import id.tenun.console.services.ServiceCalls.As;
import id.tenun.console.web.SignedIn;

/**
 * Produk kami: each product with its photo, price, stock and a badge per marketplace; a tap on a badge shows the
 * marketplace's reason and what to do (a {@code details} element: no script needed).
 */
@Controller
class GroupProductsPage {

    private final SignedIn signedIn;
    private final GroupData data;

    GroupProductsPage(SignedIn signedIn, GroupData data) {
        this.signedIn = signedIn;
        this.data = data;
    }

    @GetMapping("/kelompok/{groupId}/produk")
    String products(@PathVariable String groupId, Principal principal, Locale locale, Model model) {
        As calls = signedIn.calls(principal);
        model.addAttribute("group", data.group(calls, groupId));
        model.addAttribute("rows", data.productRows(calls, groupId, locale));
        model.addAttribute("nav", "products");
        return "group-products";
    }
}
