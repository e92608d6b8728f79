package id.tenun.listing.state.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.data.domain.Page;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.events.Programme;
import id.tenun.events.listing.ListingError;
import id.tenun.events.listing.ListingState;
import id.tenun.listing.state.Attempt;
import id.tenun.listing.state.GroupsByPlace;
import id.tenun.listing.state.Listing;
import id.tenun.listing.state.ListingSearch;
import id.tenun.listing.state.Listings;
import id.tenun.marketplaces.Channel;
import id.tenun.support.paging.PageRequest;
import id.tenun.support.problems.NotFound;
import id.tenun.support.problems.Violations;
import id.tenun.support.security.CurrentUser;

/**
 * Where each product stands on each marketplace, searched by product, group, state, marketplace, and the regency and
 * programme of the group; a group member sees only their group's listings.
 */
@RestController
@Validated
@RequestMapping("/api/listings")
class ListingController {

    /** The largest page of listings. */
    static final int MAX_SIZE = 200;
    private static final Pattern REGENCY = Pattern.compile("\\d{2}\\.\\d{2}");
    private static final List<String> PROGRAMMES = Arrays.stream(Programme.values()).map(Enum::name).toList();

    private final Listings listings;
    private final GroupsByPlace places;
    private final Clock clock;

    ListingController(Listings listings, GroupsByPlace places, Clock clock) {
        this.listings = listings;
        this.places = places;
        this.clock = clock;
    }

    @Operation(summary = "Search listings")
    @GetMapping
    PageView search(@RequestParam(required = false) String productId, @RequestParam(required = false) String groupId,
            @RequestParam(required = false) ListingState state, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String regency, @RequestParam(required = false) String programme,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            CurrentUser user) {
        PageRequest request = PageRequest.of(page, size, MAX_SIZE);
        new Violations()
                .check(channel == null || Channel.byId(channel).isPresent(), "channel",
                        "Saluran tidak dikenal: pilih salah satu dari " + Channel.ids() + ".",
                        "Unknown channel: choose one of " + Channel.ids() + ".")
                .check(regency == null || REGENCY.matcher(regency).matches(), "regency",
                        "Kode kabupaten/kota ditulis dua angka, titik, dua angka, mis. 53.09.",
                        "A regency code is two digits, a dot and two digits, e.g. 53.09.")
                .check(programme == null || PROGRAMMES.contains(programme), "programme",
                        "Program tidak dikenal: pilih salah satu dari " + PROGRAMMES + ".",
                        "Unknown programme: choose one of " + PROGRAMMES + ".")
                .throwIfAny();
        if (groupId != null) {
            user.requireGroup(groupId, "Group", groupId);
        }
        Set<String> groups = user.visibleGroups();
        if (regency != null || programme != null) {
            Set<String> inPlace = places.matching(regency, programme == null ? null : Programme.valueOf(programme));
            groups = groups == null ? inPlace : inPlace.stream().filter(groups::contains).collect(Collectors.toSet());
        }
        Page<Listing> found = listings.search(new ListingSearch(productId, groupId, channel, state, groups), request);
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
