package id.tenun.listing.reconcile;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import id.tenun.listing.shop.ChannelSettingsProperties;
import id.tenun.listing.state.Attempt;
import id.tenun.listing.state.Listing;
import id.tenun.listing.state.ListingPayload;
import id.tenun.listing.state.Listings;
import id.tenun.listing.state.Operation;
import id.tenun.listing.state.Outcome;
import id.tenun.listing.sync.ListingSync;
import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.ListingView;

/**
 * The periodic pass over live listings: reads each one from its marketplace (status, price, stock) and repairs drift,
 * recording what it did in the listing's history. Unlisted by hand → activated again; deleted by the marketplace or
 * by hand → created again; banned → REJECTED with the marketplace's words; a price or stock edited by hand → put back
 * with the cheap endpoints (see {@link Drift} for when stock is left alone).
 */
@Component
class Reconciler implements SchedulingConfigurer {

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

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::pass, settings.pass(), settings.pass()));
    }

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

    /**
     * Whether a marketplace's refusal to show a listing says it is no longer there (deleted by hand, or a stand-in
     * that forgot it): "not found" (Shopee), "does not exist" (TikTok Shop, Lazada), deleted by the seller. Not a
     * listing Shopee itself deleted ({@code SHOPEE_DELETE}): that is a ban, not to be undone by listing it again.
     */
    static boolean gone(String reason) {
        String said = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        return said.contains("not found") || said.contains("not exist")
                || said.contains("delete") && !said.contains("shopee_delete");
    }

    /** Checks one live listing against its marketplace and repairs what drifted. */
    void reconcile(Listing listing) {
        Optional<ListingView> read = sync.readNow(listing);
        if (read.isEmpty()) {
            return;
        }
        var now = clock.instant();
        ListingView view = read.get();
        ListingResult result = view.status();
        if (result instanceof ListingResult.Accepted accepted && !accepted.live()) {
            listings.change(listing.id(),
                    l -> l.resync(now, "reconcile: the marketplace showed it inactive; activating again"));
            return;
        }
        if (result instanceof ListingResult.Rejected rejected) {
            if (gone(rejected.reason())) {
                listings.change(listing.id(),
                        l -> l.gone(now, "reconcile: gone from the marketplace (" + rejected.reason()
                                + "); creating it again"));
                return;
            }
            Outcome refused = ListingSync.outcomeOf(rejected);
            listings.change(listing.id(), l -> l.settle(new Listing.Work(l.desiredVersion(), l.desired(),
                    List.of(Operation.STATUS)), Operation.STATUS, refused, now, sync.rules()));
            return;
        }
        if (!(result instanceof ListingResult.Accepted)) {
            return; // in review, or the marketplace did not answer: next pass
        }
        ListingPayload payload = listing.desired().payload();
        if (payload == null || listing.synced() == null) {
            listings.change(listing.id(), l -> l.reconciled(now, null));
            return;
        }
        Drift drift = Drift.between(listing.synced(), payload, view);
        List<String> repaired = new ArrayList<>();
        boolean complete = true;
        for (Operation repair : drift.repairs()) {
            Optional<ListingResult> answer = sync.callNow(listing, repair);
            boolean done = answer.isPresent() && answer.get() instanceof ListingResult.Accepted;
            complete &= done;
            repaired.add(
                    (done ? "" : "could not ") + (repair == Operation.UPDATE_STOCK ? drift.stock() : drift.price()));
        }
        if (!complete) {
            log.info("Reconciling {}: {}; the worker pushes it again", listing.id(), repaired);
            listings.change(listing.id(), l -> l.resync(now, "reconcile: " + String.join("; ", repaired)
                    + "; pushing it again"));
            return;
        }
        List<String> notes = new ArrayList<>(repaired);
        drift.left().ifPresent(notes::add);
        Attempt note = notes.isEmpty()
                ? null
                : new Attempt(now, "RECONCILE", listing.desiredVersion(), repaired.isEmpty() ? "CHECKED" : "REPAIRED",
                        String.join("; ", notes));
        log.debug("Reconciled {}: {}", listing.id(), notes);
        // a change that came in meanwhile may have been overwritten by a repair: push it again
        listings.change(listing.id(), l -> l.desiredVersion() != listing.desiredVersion() && !repaired.isEmpty()
                ? l.resync(now, "reconcile overlapped a change; pushing the newest again")
                : l.reconciled(now, note));
    }

}
