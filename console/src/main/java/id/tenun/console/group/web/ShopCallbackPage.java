package id.tenun.console.group.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.tenun.console.group.GroupData;
import id.tenun.console.services.ListingAnswers.ShopConnected;
import id.tenun.console.services.Service;
import id.tenun.console.services.ServiceRefused;
import id.tenun.console.web.PageNotFound;
import id.tenun.console.web.SignedIn;

/**
 * Where a marketplace sends the seller back after they granted (or refused) Tenun access to their shop: the address
 * registered with each marketplace app ({@code tenun.listing.shops.callback-url} points here). Listing sync checks
 * the grant and connects the shop; the seller lands on their group's Toko with the shop connected, or on a page that
 * says in words what went wrong and what to do.
 */
@Controller
class ShopCallbackPage {

    private final SignedIn signedIn;
    private final GroupData data;

    ShopCallbackPage(SignedIn signedIn, GroupData data) {
        this.signedIn = signedIn;
        this.data = data;
    }

    @GetMapping("/toko/callback/{channel}")
    String callback(@PathVariable String channel, @RequestParam(required = false) String code,
            @RequestParam(required = false) String state,
            @RequestParam(name = "shop_id", required = false) String shopId,
            @RequestParam(required = false) String error, Principal principal, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!data.sellsOn(channel)) {
            throw new PageNotFound("No marketplace " + channel);
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("code", code);
        query.put("state", state);
        query.put("shop_id", shopId);
        query.put("error", error);
        query.values().removeIf(value -> value == null);
        query.put("channel", channel);
        String path = "/shops/callback/{channel}" + query.keySet().stream().filter(name -> !name.equals("channel"))
                .map(name -> name + "={" + name + "}").collect(Collectors.joining("&", "?", ""));
        try {
            ShopConnected connected = signedIn.calls(principal).get(Service.LISTING, path, query,
                    ShopConnected.class);
            redirect.addFlashAttribute("connected", connected.channel());
            return "redirect:/kelompok/" + connected.groupId() + "/toko";
        } catch (ServiceRefused refused) {
            int status = refused.status().value();
            String kind = status == 409 ? "taken" : status == 400 ? "refused" : "unreachable";
            response.setStatus(status == 409 || status == 400 ? status : HttpStatus.BAD_GATEWAY.value());
            model.addAttribute("kind", kind);
            model.addAttribute("channel", channel);
            model.addAttribute("detail", refused.detail());
            return "shop-callback-failed";
        }
    }
}
