package id.tenun.console.sync.web;

import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.tenun.console.group.GroupNames;
import id.tenun.console.services.CatalogAnswers.Product;
import id.tenun.console.services.ListingAnswers.ChannelReport;
import id.tenun.console.services.ListingAnswers.Listing;
import id.tenun.console.services.ListingAnswers.ListingPage;
import id.tenun.console.services.ListingAnswers.UnmatchedOrderPage;
import id.tenun.console.services.OrderAnswers.WaitingSkuPage;
import id.tenun.console.services.Service;
import id.tenun.console.services.ServiceCalls;
import id.tenun.console.services.ServiceCalls.As;
import id.tenun.console.services.ServiceRefused;
import id.tenun.console.services.ServiceSettings;
import id.tenun.console.sync.SyncStanding;
import id.tenun.console.user.User;
import id.tenun.console.web.SignedIn;
import id.tenun.support.paging.PageRequest;

/**
 * Sinkronisasi (staff and admins): how listing sync stands on each marketplace in words (working, slow, stopped
 * since …, listings waiting, the last success); the listings that failed or were refused, with the product, the
 * group and the reason; the orders of shops no group holds; and the orders waiting for a SKU the catalog does not
 * know. Everything as listing sync and the order service answer the signed-in person.
 */
@Controller
class SyncHealthPage {

    static final int PAGE_SIZE = 20;

    private final SignedIn signedIn;
    private final ServiceCalls services;
    private final ServiceSettings settings;
    private final GroupNames groups;

    SyncHealthPage(SignedIn signedIn, ServiceCalls services, ServiceSettings settings, GroupNames groups) {
        this.signedIn = signedIn;
        this.services = services;
        this.settings = settings;
        this.groups = groups;
    }

    /** A listing with a problem, named: its product and group, the marketplace's reason in the reader's words. */
    record ProblemListing(Listing listing, String productName, String groupName) {
    }

    /** One page of listings in a state. */
    record ProblemPage(List<ProblemListing> items, int page, long total, boolean last) {
    }

    @GetMapping("/sinkron")
    String health(@RequestParam(name = "gagal", defaultValue = "0") int failedPage,
            @RequestParam(name = "ditolak", defaultValue = "0") int rejectedPage,
            @RequestParam(name = "pesanan", defaultValue = "0") int ordersPage, Principal principal, Model model) {
        User caller = signedIn.steward(principal);
        As calls = services.as(caller);
        List<ChannelReport> reports = List.of(calls.get(Service.LISTING, "/api/channels/health", Map.of(),
                ChannelReport[].class));
        Instant now = Instant.now();
        List<SyncStanding> standings = settings.channels().stream().map(channel -> reports.stream()
                .filter(report -> channel.equals(report.channel())).findFirst()
                .map(report -> SyncStanding.of(report, now)).orElse(SyncStanding.notReported(channel))).toList();
        model.addAttribute("standings", standings);
        model.addAttribute("failed", problems(calls, "ERROR", bounded(failedPage)));
        model.addAttribute("rejected", problems(calls, "REJECTED", bounded(rejectedPage)));
        model.addAttribute("unmatched", calls.get(Service.LISTING, "/api/shops/unmatched-orders?page={p}&size={s}",
                Map.of("p", bounded(ordersPage), "s", PAGE_SIZE), UnmatchedOrderPage.class));
        model.addAttribute("waiting", calls.get(Service.ORDERS, "/api/orders/waiting-for-sku?page=0&size={s}",
                Map.of("s", PAGE_SIZE), WaitingSkuPage.class));
        return "sync-health";
    }

    /** One page of the listings in a state, each named; a product the catalog no longer answers for keeps its SKU. */
    private ProblemPage problems(As calls, String state, int page) {
        ListingPage found = calls.get(Service.LISTING, "/api/listings?state={state}&page={p}&size={s}",
                Map.of("state", state, "p", page, "s", PAGE_SIZE), ListingPage.class);
        Map<String, Product> products = new HashMap<>();
        for (Listing listing : found.items()) {
            if (!products.containsKey(listing.productId())) {
                products.put(listing.productId(), product(calls, listing.productId()));
            }
        }
        Map<String, String> groupNames = groups.of(calls, products.values().stream()
                .filter(product -> product != null).map(Product::groupId).toList());
        List<ProblemListing> named = new ArrayList<>();
        for (Listing listing : found.items()) {
            Product product = products.get(listing.productId());
            named.add(new ProblemListing(listing, product == null ? listing.sku() : product.name(),
                    product == null ? null : groupNames.get(product.groupId())));
        }
        return new ProblemPage(named, page, found.total(), (long) (page + 1) * PAGE_SIZE >= found.total());
    }

    private static Product product(As calls, String productId) {
        try {
            return calls.get(Service.CATALOG, "/api/products/{id}", Map.of("id", productId), Product.class);
        } catch (ServiceRefused refused) {
            return null;
        }
    }

    private static int bounded(int page) {
        return Math.max(0, Math.min(page, PageRequest.MAX_PAGE));
    }
}
