package id.tenun.listing.order.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.listing.order.UnmatchedOrder;
import id.tenun.listing.order.UnmatchedOrders;
import id.tenun.marketplaces.Channel;
import id.tenun.support.paging.PageRequest;
import id.tenun.support.problems.Violations;
import id.tenun.support.security.CurrentUser;

/**
 * {@code GET /api/shops/unmatched-orders?channel=&page=&size=}: for programme staff, the orders of shops no group
 * holds (kept, counted, read once a group connects the shop), newest first.
 */
@RestController
class UnmatchedOrderController {

    private static final int MAX_SIZE = 200;

    private final UnmatchedOrders unmatched;

    UnmatchedOrderController(UnmatchedOrders unmatched) {
        this.unmatched = unmatched;
    }

    @Operation(summary = "List orders of shops that belong to no group")
    @GetMapping("/api/shops/unmatched-orders")
    PageView list(@RequestParam(required = false) String channel, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, CurrentUser user) {
        user.requireStaff("see the orders of shops no group holds");
        PageRequest request = PageRequest.of(page, size, MAX_SIZE);
        new Violations().check(channel == null || Channel.byId(channel).isPresent(), "channel",
                "Saluran tidak dikenal: pilih salah satu dari " + Channel.ids() + ".",
                "Unknown channel: choose one of " + Channel.ids() + ".").throwIfAny();
        return new PageView(unmatched.page(channel, request), page, size, unmatched.count(channel));
    }

    /** A page, in the same shape as the other lists of the services. */
    record PageView(List<UnmatchedOrder> items, int page, int size, long total) {
    }
}
