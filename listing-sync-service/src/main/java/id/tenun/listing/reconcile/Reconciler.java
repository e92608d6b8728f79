package id.tenun.listing.reconcile;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.tenun.listing.listing.Attempt;
import id.tenun.listing.listing.Listing;
import id.tenun.listing.listing.Listings;
import id.tenun.listing.listing.Operation;
import id.tenun.listing.listing.Outcome;
import id.tenun.listing.sync.ChannelSettingsProperties;
import id.tenun.listing.sync.ListingSync;
import id.tenun.marketplaces.ListingResult;

/**
 * The periodic pass over live listings: reads each one's status from its marketplace and repairs drift, recording
 * what it did in the listing's history. Unlisted by hand → activated again; deleted by the marketplace or by hand →
 * created again; banned → REJECTED with the marketplace's words. Price and stock are put back to the desired values
 * on every pass with the cheap endpoints, because the marketplace port does not read them back (see README).
 */
@Component
class Reconciler {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

    private final Listings listings;
    private final ListingSync sync;
    private final ChannelSettingsProperties channels;
    private final ReconcileSettings settings;
    private final Clock clock;

    Reconciler(Listings listings, ListingSync sync, ChannelSettingsProperties channels, ReconcileSettings settings,
            Clock clock) {
        this.listings = listings;
        this.sync = sync;
        this.channels = channels;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${tenun.listing.reconcile.pass:30s}", initialDelayString = "${tenun.listing.reconcile.pass:30s}")
    void pass() {
        if (!settings.enabled()) {
            return;
        }
        for (String channel : channels.channels().keySet()) {
            var before = clock.instant().minus(settings.interval());
            for (Listing listing : listings.toReconcile(channel, before, settings.batch())) {
                try {
                    reconcile(listing);
                } catch (RuntimeException e) {
                    log.warn("Reconciling {} failed: {}", listing.id(), e.toString());
                }
            }
        }
    }

    /** Checks one live listing against its marketplace and repairs what drifted. */
    void reconcile(Listing listing) {
        Optional<ListingResult> status = sync.callNow(listing, Operation.STATUS);
        if (status.isEmpty()) {
            return;
        }
        var now = clock.instant();
        ListingResult result = status.get();
        if (result instanceof ListingResult.Accepted accepted && !accepted.live()) {
            listings.change(listing.id(), l -> l.resync(now, "reconcile: the marketplace showed it inactive; activating again"));
            return;
        }
        if (result instanceof ListingResult.Rejected rejected) {
            String reason = rejected.reason().toLowerCase(Locale.ROOT);
            if (reason.contains("not found") || reason.contains("delete") && !reason.contains("shopee_delete")) {
                listings.change(listing.id(), l -> l.gone(now, "reconcile: gone from the marketplace (" + rejected.reason()
                        + "); creating it again"));
                return;
            }
            Outcome refused = ListingSync.outcomeOf(rejected, listing.channel());
            listings.change(listing.id(), l -> l.settle(new Listing.Work(l.desiredVersion(), l.desired(),
                    java.util.List.of(Operation.STATUS)), Operation.STATUS, refused, now, sync.rules()));
            return;
        }
        if (!(result instanceof ListingResult.Accepted)) {
            return; // in review, or the marketplace did not answer: next pass
        }
        var payload = listing.desired().payload();
        if (payload == null || listing.synced() == null) {
            listings.change(listing.id(), l -> l.reconciled(now, null));
            return;
        }
        // the port does not read price and stock back: put the desired ones back (idempotent, cheap endpoints)
        StringBuilder repaired = new StringBuilder();
        Optional<ListingResult> stock = sync.callNow(listing, Operation.UPDATE_STOCK);
        if (stock.isPresent() && stock.get() instanceof ListingResult.Accepted) {
            repaired.append("stock ").append(payload.stock());
        }
        Optional<ListingResult> price = sync.callNow(listing, Operation.UPDATE_PRICE);
        if (price.isPresent() && price.get() instanceof ListingResult.Accepted) {
            repaired.append(repaired.length() > 0 ? ", " : "").append("price ").append(payload.priceRupiah());
        }
        boolean complete = stock.isPresent() && price.isPresent() && stock.get() instanceof ListingResult.Accepted
                && price.get() instanceof ListingResult.Accepted;
        log.debug("Reconciled {}: {}", listing.id(), repaired);
        Attempt note = new Attempt(now, "RECONCILE", listing.desiredVersion(), complete ? "CHECKED" : "PARTIAL",
                "live; put back " + (repaired.length() == 0 ? "nothing" : repaired));
        // a change that came in meanwhile may have been overwritten by our put-back: push it again
        listings.change(listing.id(), l -> l.desiredVersion() != listing.desiredVersion()
                ? l.resync(now, "reconcile overlapped a change; pushing the newest again") : l.reconciled(now, note));
    }

}
