package id.tenun.listing.state.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.data.domain.Page;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.events.listing.ListingError;
import id.tenun.events.listing.ListingState;
import id.tenun.listing.state.Attempt;
import id.tenun.listing.state.Listing;
import id.tenun.listing.state.Listings;
import id.tenun.support.paging.PageRequest;
import id.tenun.support.problems.NotFound;
import id.tenun.support.security.CurrentUser;

/** Where each product stands on each marketplace; a group member sees only their group's listings. */
@RestController
@Validated
@RequestMapping("/api/listings")
class ListingController {

    /** The largest page of listings. */
    static final int MAX_SIZE = 200;

    private final Listings listings;
    private final Clock clock;

    ListingController(Listings listings, Clock clock) {
        this.listings = listings;
        this.clock = clock;
    }

    @Operation(summary = "Search listings")
    @GetMapping
    PageView search(@RequestParam(required = false) String productId, @RequestParam(required = false) String groupId,
            @RequestParam(required = false) ListingState state, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, CurrentUser user) {
        PageRequest request = PageRequest.of(page, size, MAX_SIZE);
        Set<String> visible = user.visibleGroups();
        if (groupId != null) {
            user.requireGroup(groupId, "Group", groupId);
        }
        Page<Listing> found = listings.search(productId, groupId, state, visible, request);
        return new PageView(found.getContent().stream().map(l -> ListingView.of(l, false)).toList(), page, size,
                found.getTotalElements());
    }

    @Operation(summary = "Read a listing")
    @GetMapping("/{id}")
    ListingView get(@PathVariable String id, CurrentUser user) {
        return ListingView.of(visible(id, user), true);
    }

    @Operation(summary = "Push a listing to its marketplace again")
    @PostMapping("/{id}/resync")
    ListingView resync(@PathVariable String id, CurrentUser user) {
        visible(id, user);
        return listings.change(id, l -> l.resync(clock.instant(), "asked by " + user.subject()))
                .map(l -> ListingView.of(l, true))
                .orElseThrow(() -> notFound(id));
    }

    private Listing visible(String id, CurrentUser user) {
        Listing listing = listings.find(id).orElseThrow(() -> notFound(id));
        user.requireGroup(listing.groupId(), "Listing", id);
        return listing;
    }

    private static NotFound notFound(String id) {
        return new NotFound("Listing", id);
    }

    /** A page of listings, in the same shape as the catalog's and the order service's pages. */
    record PageView(List<ListingView> items, int page, int size, long total) {
    }

    record ListingView(String id, String productId, String sku, String groupId, String channel, String shopId,
            ListingState state, String intent, long productVersion, long desiredVersion, long syncedVersion,
            Long desiredPriceRupiah, Integer desiredStock, String externalId, String externalUrl, int attempts,
            boolean pending, Instant nextAttemptAt, ListingError lastError, Instant lastSuccessAt,
            Instant reconciledAt, List<Attempt> history) {

        static ListingView of(Listing l, boolean withHistory) {
            var payload = l.desired().payload();
            return new ListingView(l.id(), l.productId(), l.sku(), l.groupId(), l.channel(), l.shopId(), l.state(),
                    l.desired().intent().name(), l.productVersion(), l.desiredVersion(), l.syncedVersion(),
                    payload == null ? null : payload.priceRupiah(), payload == null ? null : payload.stock(),
                    l.externalId(), l.externalUrl(), l.attempts(), l.needsWork(),
                    l.needsWork() ? l.nextAttemptAt() : null,
                    l.lastError(), l.lastSuccessAt(), l.reconciledAt(), withHistory ? l.history() : null);
        }

    }

}
