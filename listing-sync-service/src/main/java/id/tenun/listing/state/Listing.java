package id.tenun.listing.state;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleSupplier;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import id.tenun.events.LocalizedText;
import id.tenun.events.listing.ListingError;
import id.tenun.events.listing.ListingState;

/**
 * One product SKU on one connected shop: the desired state (from the catalog and the connection's rules), what the
 * marketplace last accepted, where the listing stands, and when to work on it next.
 * <p>
 * The model is immutable: {@link #desire}, {@link #plan} and {@link #settle} answer the next listing; storage keeps
 * it with a {@code revision} so concurrent writers (the catalog consumer, a worker) never overwrite each other.
 * {@code needsWork} is true while the marketplace is behind the desired version or an audit is being followed.
 */
@Document("listings")
public record Listing(@Id String id, String productId, String sku, String groupId, String channel, String shopId,
        String connectionId, long desiredVersion, Desired desired, long syncedVersion, ListingPayload synced,
        String externalId, String externalUrl, ListingState state, long stateVersion, boolean statePublished,
        ListingError lastError, int attempts, boolean needsWork, boolean following, Instant nextAttemptAt,
        Instant leaseUntil, List<Attempt> history, Instant lastSuccessAt, Instant reconciledAt, long revision,
        Instant createdAt, Instant updatedAt) {

    /** The most attempts a listing keeps in its history. */
    public static final int HISTORY = 25;

    public Listing {
        history = history == null ? List.of() : List.copyOf(history);
    }

    public static String idOf(String channel, String shopId, String sku) {
        return channel + ":" + shopId + ":" + sku;
    }

    /** A listing wanted for the first time: PENDING, worked on after {@code settle} so quick changes coalesce. */
    public static Listing wanted(String productId, String sku, String groupId, String channel, String shopId,
            String connectionId, Desired desired, Instant now, Duration settle) {
        return new Listing(idOf(channel, shopId, sku), productId, sku, groupId, channel, shopId, connectionId, 1,
                desired, 0, null, null, null, ListingState.PENDING, 1, false, null, 0, true, false, now.plus(settle),
                Instant.EPOCH, List.of(), null, null, 0, now, now);
    }

    /**
     * The listing with a new desired state, or this very listing when it changes nothing (a duplicate or a product
     * change this marketplace does not show). A listing already waiting keeps its time (coalescing, and a backoff
     * or {@code Retry-After} still holds); an idle one is worked on after {@code settle}.
     */
    public Listing desire(Desired next, Instant now, Duration settle) {
        if (next.sameEffectAs(desired)) {
            return this;
        }
        Instant when = needsWork ? nextAttemptAt : now.plus(settle);
        return new Listing(id, productId, sku, groupId, channel, shopId, connectionId, desiredVersion + 1, next,
                syncedVersion, synced, externalId, externalUrl, state, stateVersion, statePublished, lastError, attempts,
                true, following, when, leaseUntil, history, lastSuccessAt, reconciledAt, revision, createdAt, now);
    }

    /** Work again now (a person asked for a resync, or reconciliation found drift). */
    public Listing resync(Instant now, String why) {
        return new Listing(id, productId, sku, groupId, channel, shopId, connectionId, desiredVersion + 1, desired,
                syncedVersion, null, externalId, externalUrl, state, stateVersion, statePublished, lastError, 0, true,
                following, now, leaseUntil, append(new Attempt(now, "RESYNC", desiredVersion + 1, "QUEUED", why)),
                lastSuccessAt, reconciledAt, revision, createdAt, now);
    }

    /** What the marketplace was shown when it changed by itself: the listing must be created again. */
    public Listing gone(Instant now, String why) {
        return new Listing(id, productId, sku, groupId, channel, shopId, connectionId, desiredVersion + 1, desired,
                syncedVersion, null, null, null, state, stateVersion, statePublished, lastError, 0, true, false, now,
                leaseUntil, append(new Attempt(now, "RECONCILE", desiredVersion + 1, "REPAIRING", why)), lastSuccessAt,
                now, revision, createdAt, now);
    }

    /** Reconciliation found nothing to repair, or recorded a repair it made. */
    public Listing reconciled(Instant now, Attempt note) {
        return new Listing(id, productId, sku, groupId, channel, shopId, connectionId, desiredVersion, desired,
                syncedVersion, synced, externalId, externalUrl, state, stateVersion, statePublished, lastError, attempts,
                needsWork, following, nextAttemptAt, leaseUntil, note == null ? history : append(note), lastSuccessAt,
                now, revision, createdAt, now);
    }

    /** The work to do now: the calls that bring the marketplace to the desired version. */
    public Work plan() {
        if (following && syncedVersion >= desiredVersion) {
            return new Work(desiredVersion, desired, List.of(Operation.STATUS));
        }
        return new Work(desiredVersion, desired, switch (desired.intent()) {
            case DELIST -> externalId == null || deactivated() ? List.of() : List.of(Operation.DEACTIVATE);
            case PAUSE -> externalId == null || deactivated() ? List.of() : List.of(Operation.DEACTIVATE);
            case LIST -> listOperations();
        });
    }

    private List<Operation> listOperations() {
        if (externalId == null) {
            return List.of(createMayHaveLanded() ? Operation.FIND_OR_CREATE : Operation.CREATE);
        }
        if (deactivated() || state == ListingState.REJECTED || synced == null) {
            return List.of(Operation.UPDATE);
        }
        Set<ListingPayload.Part> parts = desired.payload().differencesFrom(synced);
        if (parts.contains(ListingPayload.Part.CONTENT)) {
            return List.of(Operation.UPDATE);
        }
        List<Operation> operations = new ArrayList<>();
        // stock first: it is what prevents overselling
        if (parts.contains(ListingPayload.Part.STOCK)) {
            operations.add(Operation.UPDATE_STOCK);
        }
        if (parts.contains(ListingPayload.Part.PRICE)) {
            operations.add(Operation.UPDATE_PRICE);
        }
        if (operations.isEmpty() && state != ListingState.LIVE && state != ListingState.IN_REVIEW) {
            return List.of(Operation.UPDATE);
        }
        return operations;
    }

    /**
     * Whether the marketplace may hold this listing though it never told us its id: every create but the very first
     * (a listing leaves {@code PENDING} once worked on), since an earlier create may have landed with its answer lost
     * ({@code SUBMITTED}, or {@code ERROR} after more failures), and state kept since (paused, refused, or gone from a
     * reconciliation) does not tell.
     */
    public boolean createMayHaveLanded() {
        return externalId == null && state != ListingState.PENDING;
    }

    private boolean deactivated() {
        return state == ListingState.PAUSED || state == ListingState.DELISTED;
    }

    /** Held by a worker until {@code until}; a crashed worker's lease runs out and another takes it. */
    public Listing leased(Instant until) {
        return new Listing(id, productId, sku, groupId, channel, shopId, connectionId, desiredVersion, desired,
                syncedVersion, synced, externalId, externalUrl, state, stateVersion, statePublished, lastError, attempts,
                needsWork, following, nextAttemptAt, until, history, lastSuccessAt, reconciledAt, revision, createdAt,
                updatedAt);
    }

    /**
     * The listing after {@code work} ended with {@code outcome} (on the listing as it is now, which may already
     * want a newer version: then it stays due).
     */
    public Listing settle(Work work, Operation operation, Outcome outcome, Instant now, Rules rules) {
        ListingState nextState = state;
        ListingError error = lastError;
        long synced0 = syncedVersion;
        ListingPayload syncedPayload = synced;
        String external = externalId;
        int tries = attempts;
        boolean follow = following;
        Instant success = lastSuccessAt;
        Instant next = now;
        String op = operation == null ? "NONE" : operation.name();
        String detail = null;
        String result;
        if (outcome instanceof Outcome.Live live) {
            external = live.externalId() == null || live.externalId().isBlank() ? externalId : live.externalId();
            synced0 = Math.max(synced0, work.version());
            syncedPayload = work.desired().payload() != null ? work.desired().payload() : synced;
            nextState = work.desired().intent() == Intent.LIST ? ListingState.LIVE : deactivatedState(work);
            error = nextState == ListingState.LIVE ? null : work.desired().reason();
            tries = 0;
            follow = false;
            success = now;
            result = "LIVE";
        } else if (outcome instanceof Outcome.Inactive inactive) {
            external = inactive.externalId() == null || inactive.externalId().isBlank() ? externalId
                    : inactive.externalId();
            synced0 = Math.max(synced0, work.version());
            if (operation != Operation.DEACTIVATE && work.desired().payload() != null) {
                syncedPayload = work.desired().payload();
            }
            nextState = work.desired().intent() == Intent.LIST ? ListingState.PAUSED : deactivatedState(work);
            error = work.desired().intent() == Intent.LIST ? rules.shownInactive() : work.desired().reason();
            tries = 0;
            follow = false;
            success = now;
            result = "INACTIVE";
        } else if (outcome instanceof Outcome.InReview review) {
            external = review.externalId() == null || review.externalId().isBlank() ? externalId
                    : review.externalId();
            synced0 = Math.max(synced0, work.version());
            syncedPayload = work.desired().payload() != null ? work.desired().payload() : synced;
            nextState = ListingState.IN_REVIEW;
            error = null;
            tries = 0;
            follow = true;
            success = now;
            next = now.plus(rules.reviewPoll());
            result = "IN_REVIEW";
        } else if (outcome instanceof Outcome.Refused refused) {
            synced0 = Math.max(synced0, work.version());
            nextState = ListingState.REJECTED;
            error = refused.error();
            tries = 0;
            follow = false;
            detail = refused.error().marketplaceMessage();
            result = "REJECTED";
        } else if (outcome instanceof Outcome.Throttled throttled) {
            next = now.plus(throttled.retryAfter()).plus(rules.jitter(Duration.ofMillis(250)));
            detail = throttled.detail();
            result = "RATE_LIMITED";
        } else if (outcome instanceof Outcome.Failed failed) {
            tries = attempts + 1;
            next = now.plus(rules.backoff().after(tries, rules.random()));
            if (tries >= rules.errorAfterAttempts()) {
                nextState = ListingState.ERROR;
                error = failed.error();
            } else if (state == ListingState.PENDING && operation == Operation.CREATE) {
                nextState = ListingState.SUBMITTED;
            }
            detail = failed.error().marketplaceMessage();
            result = "FAILED";
        } else if (outcome instanceof Outcome.Unauthorized unauthorized) {
            tries = attempts + 1;
            next = now.plus(rules.backoff().max());
            nextState = ListingState.ERROR;
            error = unauthorized.error();
            detail = unauthorized.error().marketplaceMessage();
            result = "UNAUTHORIZED";
        } else if (outcome instanceof Outcome.Deferred deferred) {
            next = now.plus(deferred.delay());
            detail = deferred.why();
            result = "DEFERRED";
        } else if (outcome instanceof Outcome.NothingToDo nothing) {
            synced0 = Math.max(synced0, work.version());
            if (work.desired().intent() != Intent.LIST) {
                nextState = deactivatedState(work);
                error = work.desired().reason();
            }
            follow = following && work.desired().intent() == Intent.LIST;
            tries = 0;
            result = "NOTHING_TO_DO";
        } else {
            throw new IllegalStateException("unknown outcome " + outcome);
        }

        boolean due = follow || synced0 < desiredVersion;
        boolean visible = nextState != state || !Objects.equals(external, externalId)
                || !Objects.equals(error, lastError)
                || (nextState == ListingState.LIVE && synced0 != syncedVersion);
        List<Attempt> nextHistory = outcome instanceof Outcome.Deferred && !history.isEmpty()
                && "DEFERRED".equals(history.get(history.size() - 1).outcome()) ? history
                : append(new Attempt(now, op, work.version(), result, detail));
        return new Listing(id, productId, sku, groupId, channel, shopId, connectionId, desiredVersion, desired, synced0,
                syncedPayload, external, externalUrl, nextState, visible ? stateVersion + 1 : stateVersion,
                visible ? false : statePublished, error, tries, due, follow, due ? next : next, Instant.EPOCH,
                nextHistory, success, reconciledAt, revision, createdAt, now);
    }

    private static ListingState deactivatedState(Work work) {
        return work.desired().intent() == Intent.DELIST ? ListingState.DELISTED : ListingState.PAUSED;
    }

    private List<Attempt> append(Attempt attempt) {
        List<Attempt> next = new ArrayList<>(history);
        next.add(attempt);
        return next.size() > HISTORY ? next.subList(next.size() - HISTORY, next.size()) : next;
    }

    public Listing withRevision(long next) {
        return new Listing(id, productId, sku, groupId, channel, shopId, connectionId, desiredVersion, desired,
                syncedVersion, synced, externalId, externalUrl, state, stateVersion, statePublished, lastError, attempts,
                needsWork, following, nextAttemptAt, leaseUntil, history, lastSuccessAt, reconciledAt, next, createdAt,
                updatedAt);
    }

    /** The product version the marketplace shows. */
    public long productVersion() {
        return desired.productVersion();
    }

    /** The work on a listing: the desired version and state it pushes, and the calls to make, in order. */
    public record Work(long version, Desired desired, List<Operation> operations) {
    }

    /** The timing rules the model needs, from settings. */
    public record Rules(Backoff backoff, Duration reviewPoll, int errorAfterAttempts, DoubleSupplier random) {

        Duration jitter(Duration upTo) {
            return Duration.ofMillis(Math.round(upTo.toMillis() * random.getAsDouble()));
        }

        ListingError shownInactive() {
            return new ListingError(null, null, new LocalizedText(
                    "Marketplace menampilkan produk ini sebagai tidak aktif. Tenun akan mencoba mengaktifkannya lagi.",
                    "The marketplace shows this product as inactive. Tenun will try to activate it again."));
        }

    }

}
