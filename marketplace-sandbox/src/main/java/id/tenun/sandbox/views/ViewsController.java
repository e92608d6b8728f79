package id.tenun.sandbox.views;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.sandbox.buyers.SandboxOrder;
import id.tenun.sandbox.buyers.SandboxOrders;
import id.tenun.sandbox.core.CallLog;
import id.tenun.sandbox.core.Category;
import id.tenun.sandbox.core.Channels;
import id.tenun.sandbox.core.DemoCategories;
import id.tenun.sandbox.core.SandboxListing;
import id.tenun.sandbox.core.SandboxListings;
import id.tenun.sandbox.webhooks.WebhookDelivery;
import id.tenun.sandbox.webhooks.WebhookDispatcher;

/** Read-only views of what the sandbox holds, in JSON; and the demo images products can point at. */
@RestController
class ViewsController {

    /** A 1x1 PNG: enough for an upload to have bytes. */
    private static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private final SandboxListings listings;

    private final SandboxOrders orders;

    private final CallLog calls;

    private final WebhookDispatcher webhooks;

    ViewsController(SandboxListings listings, SandboxOrders orders, CallLog calls, WebhookDispatcher webhooks) {
        this.listings = listings;
        this.orders = orders;
        this.calls = calls;
        this.webhooks = webhooks;
    }

    @GetMapping("/sandbox/listings")
    List<SandboxListing> listings(@RequestParam(required = false) String channel,
            @RequestParam(required = false) String shopId) {
        return listings.all(channel, shopId);
    }

    @GetMapping("/sandbox/orders")
    List<SandboxOrder> orders(@RequestParam(required = false) String channel) {
        return orders.all(channel);
    }

    @GetMapping("/sandbox/calls")
    List<CallLog.Call> calls(@RequestParam(required = false) String channel,
            @RequestParam(defaultValue = "100") int limit) {
        return calls.recent(channel, limit);
    }

    @GetMapping("/sandbox/webhooks")
    List<WebhookDelivery> webhooks(@RequestParam(required = false) String channel,
            @RequestParam(defaultValue = "100") int limit) {
        return webhooks.recent(channel, limit);
    }

    @GetMapping("/sandbox/categories")
    Map<String, List<Category>> categories() {
        Map<String, List<Category>> all = new TreeMap<>();
        Channels.ALL.forEach(channel -> all.put(channel, DemoCategories.forChannel(channel).all()));
        return all;
    }

    @GetMapping("/sandbox/images/{name}")
    ResponseEntity<byte[]> image(@PathVariable String name) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(PNG);
    }
}
