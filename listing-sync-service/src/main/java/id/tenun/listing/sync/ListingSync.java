package id.tenun.listing.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.ToIntBiFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import id.tenun.events.listing.ListingError;
import id.tenun.listing.connection.Connection;
import id.tenun.listing.connection.Connections;
import id.tenun.listing.shop.ShopClients;
import id.tenun.listing.shop.ShopGuard;
import id.tenun.listing.shop.ShopGuards;
import id.tenun.listing.state.Backoff;
import id.tenun.listing.state.Listing;
import id.tenun.listing.state.ListingPayload;
import id.tenun.listing.state.Listings;
import id.tenun.listing.state.Operation;
import id.tenun.listing.state.Outcome;
import id.tenun.listing.token.TokenRefresher;
import id.tenun.listing.token.TokenSettings;
import id.tenun.marketplaces.ListingDraft;
import id.tenun.marketplaces.ListingMatch;
import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.ListingView;
import id.tenun.marketplaces.MarketplaceListings;
import id.tenun.marketplaces.ShopCredentials;

/**
 * Works on one claimed listing: plans the calls from its newest desired state, makes them behind the shop's
 * guards, and settles the listing with the outcome. Never throws: whatever happens becomes the listing's next
 * state and next attempt time.
 */
@Service
public class ListingSync {

    private static final Logger log = LoggerFactory.getLogger(ListingSync.class);

    private final Listings listings;
    private final Connections connections;
    private final ShopClients clients;
    private final ShopGuards guards;
    private final TokenRefresher tokens;
    private final TokenSettings tokenSettings;
    private final Clock clock;
    private final Listing.Rules rules;

    ListingSync(Listings listings, Connections connections, ShopClients clients, ShopGuards guards,
            TokenRefresher tokens, SyncSettings settings, TokenSettings tokenSettings, Clock clock) {
        this.listings = listings;
        this.connections = connections;
        this.clients = clients;
        this.guards = guards;
        this.tokens = tokens;
        this.tokenSettings = tokenSettings;
        this.clock = clock;
        this.rules = new Listing.Rules(new Backoff(settings.backoffBase(), settings.backoffMax(), 0.25),
                settings.reviewPoll(), settings.errorAfterAttempts(), () -> ThreadLocalRandom.current().nextDouble());
    }

    public Listing.Rules rules() {
        return rules;
    }

    void work(Listing claimed) {
        Listing.Work work = claimed.plan();
        Operation last = null;
        Outcome outcome = new Outcome.NothingToDo();
        try {
            if (!work.operations().isEmpty()) {
                Connection connection = connections.findById(claimed.connectionId()).orElse(null);
                if (connection == null || !connection.shopId().equals(claimed.shopId())) {
                    outcome = new Outcome.Deferred(Duration.ofMinutes(5),
                            "no credentials for shop " + claimed.shopId());
                } else if (connection.needsReauthorization()) {
                    // the marketplace refused to renew the tokens: no call until the group reconnects the shop
                    outcome = new Outcome.Unauthorized(new ListingError(null,
                            connection.authorization().marketplaceMessage(), connection.authorization().explanation()));
                } else {
                    MarketplaceListings api = clients.listings(connection);
                    ShopCredentials shop = clients.credentials(connection);
                    ShopGuard guard = guards.of(claimed.channel(), claimed.shopId());
                    for (Operation operation : work.operations()) {
                        last = operation;
                        ListingResult result = guard.call(httpCalls(api, shop, claimed, operation, work),
                                claimed.leaseUntil(), () -> call(api, shop, claimed, operation, work));
                        outcome = Outcomes.of(result);
                        if (!(outcome instanceof Outcome.Live || outcome instanceof Outcome.InReview
                                || outcome instanceof Outcome.Inactive)) {
                            break;
                        }
                        guard.meter().succeeded(clock.instant());
                    }
                    if (outcome instanceof Outcome.Unauthorized unauthorized) {
                        // refused for an expired (or revoked) access token: renewed, not an error of the listing
                        outcome = switch (tokens.afterRefusal(connection)) {
                            case RETRY -> new Outcome.Deferred(tokenSettings.retryAfterRenewal(),
                                    "access token refused; renewed, trying again");
                            case BACK_OFF -> new Outcome.Failed(unauthorized.error());
                            case GIVE_UP -> unauthorized;
                        };
                    }
                }
            }
        } catch (ShopGuard.Deferral deferral) {
            outcome = new Outcome.Deferred(deferral.waitFor(), deferral.getMessage());
        } catch (RuntimeException e) {
            log.warn("Listing {} failed to sync: {}", claimed.id(), e.toString());
            outcome = Outcomes.of(
                    new ListingResult.TransientFailure("Internal error: " + e.getClass().getSimpleName()));
        }
        Operation operation = last;
        Outcome settled = outcome;
        listings.change(claimed, current -> current.settle(work, operation, settled, clock.instant(), rules));
    }

    /**
     * One call for a listing outside the worker's plan (reconciliation), behind the same guards; empty when the
     * guards say not now (breaker open, quota used up).
     */
    public Optional<ListingResult> callNow(Listing listing, Operation operation) {
        Listing.Work work = new Listing.Work(listing.desiredVersion(), listing.desired(), List.of(operation));
        return guarded(listing, (api, shop) -> httpCalls(api, shop, listing, operation, work),
                (api, shop) -> call(api, shop, listing, operation, work));
    }

    /**
     * Reads the listing as its marketplace shows it (status, price, stock), behind the same guards; empty when the
     * guards say not now.
     */
    public Optional<ListingView> readNow(Listing listing) {
        AtomicReference<ListingView> view = new AtomicReference<>();
        return guarded(listing, (api, shop) -> 1, (api, shop) -> {
            ListingView read = api.read(shop, listing.externalId());
            view.set(read);
            return read.status();
        }).map(status -> view.get() != null && view.get().status() == status ? view.get() : ListingView.of(status));
    }

    private Optional<ListingResult> guarded(Listing listing,
            ToIntBiFunction<MarketplaceListings, ShopCredentials> httpCalls,
            BiFunction<MarketplaceListings, ShopCredentials, ListingResult> call) {
        Connection connection = connections.findById(listing.connectionId()).orElse(null);
        if (connection == null || !connection.active() || connection.needsReauthorization()
                || !connection.shopId().equals(listing.shopId()) || listing.externalId() == null) {
            return Optional.empty();
        }
        MarketplaceListings api = clients.listings(connection);
        ShopCredentials shop = clients.credentials(connection);
        ShopGuard guard = guards.of(listing.channel(), listing.shopId());
        try {
            return Optional.of(guard.call(httpCalls.applyAsInt(api, shop), () -> call.apply(api, shop)));
        } catch (ShopGuard.Deferral deferral) {
            return Optional.empty();
        }
    }

    /** The outcome of a marketplace answer, in the listing's terms. */
    public static Outcome outcomeOf(ListingResult result) {
        return Outcomes.of(result);
    }

    private static ListingResult call(MarketplaceListings api, ShopCredentials shop, Listing listing,
            Operation operation, Listing.Work work) {
        ListingPayload payload = work.desired().payload();
        return switch (operation) {
            case CREATE -> api.create(shop, draft(listing.sku(), payload));
            case FIND_OR_CREATE -> findOrCreate(api, shop, draft(listing.sku(), payload));
            case UPDATE -> api.update(shop, listing.externalId(), draft(listing.sku(), payload));
            case UPDATE_PRICE -> api.updatePrice(shop, listing.externalId(), listing.sku(), payload.priceRupiah());
            case UPDATE_STOCK -> api.updateStock(shop, listing.externalId(), listing.sku(), payload.stock());
            case DEACTIVATE -> api.deactivate(shop, listing.externalId());
            case STATUS -> api.status(shop, listing.externalId());
        };
    }

    static ListingDraft draft(String sku, ListingPayload payload) {
        return new ListingDraft(sku, payload.title(), payload.description(), payload.categoryId(), payload.attributes(),
                payload.priceRupiah(), payload.stock(), payload.weightGrams(),
                new ListingDraft.Dimensions(payload.lengthCm(), payload.widthCm(), payload.heightCm()),
                payload.imageUrls(),
                new ListingDraft.Certifications(payload.halalNumber(), payload.bpomNumber(), payload.pirtNumber()));
    }

    /**
     * A create after one that may have landed: the listing the marketplace holds for the seller SKU is adopted (and
     * given the desired content), else created. A search that failed creates nothing: it is the failure (a refused
     * search is shown as the listing's refusal, in the marketplace's words, rather than counted as an outage that
     * would open the shop's circuit breaker).
     */
    static ListingResult findOrCreate(MarketplaceListings api, ShopCredentials shop, ListingDraft draft) {
        ListingMatch match = api.find(shop, draft.sellerSku());
        if (match instanceof ListingMatch.Found found) {
            return api.update(shop, found.externalId(), draft);
        }
        if (match instanceof ListingMatch.NotFound) {
            return api.create(shop, draft);
        }
        return ((ListingMatch.Unanswered) match).failure();
    }

    /**
     * The most HTTP calls an operation makes, as the marketplace's adapter counts them, so the limiter paces calls,
     * not operations, and never counts fewer than are made. A find-or-create searches, then creates or updates.
     */
    static int httpCalls(MarketplaceListings api, ShopCredentials shop, Listing listing, Operation operation,
            Listing.Work work) {
        int photos = work.desired().payload() == null ? 0 : work.desired().payload().imageUrls().size();
        return switch (operation) {
            case CREATE -> api.createCalls(photos);
            case UPDATE -> api.updateCalls(photos);
            case FIND_OR_CREATE -> api.findCalls() + Math.max(api.createCalls(photos), api.updateCalls(photos));
            case UPDATE_PRICE, UPDATE_STOCK -> api.priceOrStockCalls(shop, listing.externalId(), listing.sku());
            case DEACTIVATE, STATUS -> 1;
        };
    }

}
