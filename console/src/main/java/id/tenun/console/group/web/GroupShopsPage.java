package id.tenun.console.group.web;

import java.security.Principal;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.tenun.console.group.GroupData;
import id.tenun.console.services.ListingAnswers.AuthorizationStarted;
import id.tenun.console.services.Service;
import id.tenun.console.services.ServiceCalls.As;
import id.tenun.console.web.PageNotFound;
import id.tenun.console.web.SignedIn;

/**
 * Toko: the group's shop on each marketplace, its state in words (connected, needs connecting again, not connected),
 * connecting it the marketplace's own way (the seller signs in on the marketplace and grants Tenun access; the
 * marketplace sends them back to {@code ShopCallbackPage}) and disconnecting it (its listings are taken down).
 */
@Controller
class GroupShopsPage {

    private final SignedIn signedIn;
    private final GroupData data;

    GroupShopsPage(SignedIn signedIn, GroupData data) {
        this.signedIn = signedIn;
        this.data = data;
    }

    @GetMapping("/kelompok/{groupId}/toko")
    String shops(@PathVariable String groupId, Principal principal, Model model) {
        As calls = signedIn.calls(principal);
        model.addAttribute("group", data.group(calls, groupId));
        model.addAttribute("shops", data.shops(calls, groupId));
        model.addAttribute("nav", "shops");
        return "group-shops";
    }

    /** Starts the marketplace's authorization and sends the browser there. */
    @PostMapping("/kelompok/{groupId}/toko/{channel}/hubungkan")
    String connect(@PathVariable String groupId, @PathVariable String channel, Principal principal) {
        requireChannel(channel);
        AuthorizationStarted started = signedIn.calls(principal).post(Service.LISTING,
                "/api/groups/{g}/connections/{c}/authorization", Map.of("g", groupId, "c", channel), Map.of(),
                AuthorizationStarted.class);
        return "redirect:" + started.authorizationUrl();
    }

    @PostMapping("/kelompok/{groupId}/toko/{channel}/putuskan")
    String disconnect(@PathVariable String groupId, @PathVariable String channel, Principal principal,
            RedirectAttributes redirect) {
        requireChannel(channel);
        signedIn.calls(principal).delete(Service.LISTING, "/api/groups/{g}/connections/{c}",
                Map.of("g", groupId, "c", channel));
        redirect.addFlashAttribute("disconnected", channel);
        return "redirect:/kelompok/" + groupId + "/toko";
    }

    private void requireChannel(String channel) {
        if (!data.sellsOn(channel)) {
            throw new PageNotFound("No marketplace " + channel);
        }
    }
}
