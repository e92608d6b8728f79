package id.tenun.console.group.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.tenun.console.group.GroupData;
import id.tenun.console.services.CatalogAnswers.Product;
import id.tenun.console.services.CatalogAnswers.StockAdjustment;
import id.tenun.console.services.Service;
import id.tenun.console.services.ServiceCalls.As;
import id.tenun.console.services.ServiceRefused;
import id.tenun.console.web.SignedIn;

/**
 * Stok: a product's stock per variant, added or taken away in two taps (a reason, then add or remove), and the
 * ledger below. A removal that would take more than there is is refused by the catalog and said so here.
 */
@Controller
class GroupStockPage {

    /** Why stock changes by hand, as sent to the catalog's ledger; the pages name them in the reader's language. */
    static final List<String> REASONS = List.of("produced", "damaged", "sold-offline", "counted");
    static final long MOST_AT_ONCE = 100_000;

    private final SignedIn signedIn;
    private final GroupData data;

    GroupStockPage(SignedIn signedIn, GroupData data) {
        this.signedIn = signedIn;
        this.data = data;
    }

    @GetMapping("/kelompok/{groupId}/produk/{productId}/stok")
    String stock(@PathVariable String groupId, @PathVariable String productId,
            @RequestParam(name = "halaman", defaultValue = "0") int page, Principal principal, Model model) {
        As calls = signedIn.calls(principal);
        model.addAttribute("group", data.group(calls, groupId));
        model.addAttribute("product", data.product(calls, groupId, productId));
        model.addAttribute("movements", data.movements(calls, productId, Math.max(0, Math.min(page, 10_000))));
        model.addAttribute("reasons", REASONS);
        model.addAttribute("nav", "products");
        return "group-stock";
    }

    @PostMapping("/kelompok/{groupId}/produk/{productId}/stok")
    String adjust(@PathVariable String groupId, @PathVariable String productId, @RequestParam String sku,
            @RequestParam(name = "jumlah", defaultValue = "") String quantity,
            @RequestParam(name = "alasan", defaultValue = "") String reason,
            @RequestParam(name = "arah") String direction, Principal principal, RedirectAttributes redirect) {
        As calls = signedIn.calls(principal);
        Product product = data.product(calls, groupId, productId);
        String path = "redirect:/kelompok/" + groupId + "/produk/" + productId + "/stok";
        long amount = parseQuantity(quantity);
        if (amount <= 0) {
            redirect.addFlashAttribute("error", "stock.error.quantity");
            return path;
        }
        if (!REASONS.contains(reason)) {
            redirect.addFlashAttribute("error", "stock.error.reason");
            return path;
        }
        if (product.variants().stream().noneMatch(variant -> variant.sku().equals(sku))) {
            redirect.addFlashAttribute("error", "stock.error.variant");
            return path;
        }
        long delta = "kurangi".equals(direction) ? -amount : amount;
        try {
            calls.post(Service.CATALOG, "/api/products/{id}/stock-adjustments", Map.of("id", productId),
                    new StockAdjustment(sku, delta, reason), Map.class);
            redirect.addFlashAttribute("saved", delta);
        } catch (ServiceRefused refused) {
            if (refused.status().value() != 409) {
                throw refused;
            }
            redirect.addFlashAttribute("error", "stock.error.notEnough");
        }
        return path;
    }

    /** A whole number from 1 to {@value #MOST_AT_ONCE}, or 0 for anything else. */
    private static long parseQuantity(String quantity) {
        try {
            long value = Long.parseLong(quantity.trim());
            return value >= 1 && value <= MOST_AT_ONCE ? value : 0;
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
