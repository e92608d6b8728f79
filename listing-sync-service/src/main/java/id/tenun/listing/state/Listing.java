package id.tenun.listing.state;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
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
        return with(change -> {
            change.desiredVersion = desiredVersion + 1;
            change.desired = next;
            change.needsWork = true;
            change.nextAttemptAt = needsWork ? nextAttemptAt : now.plus(settle);
            change.updatedAt = now;
        });
    }

    /** Work again now (a person asked for a resync, or reconciliation found drift). */
    public Listing resync(Instant now, String why) {
        return with(change -> {
            change.desiredVersion = desiredVersion + 1;
            change.synced = null;
            change.attempts = 0;
            change.needsWork = true;
            change.nextAttemptAt = now;
            change.history = append(new Attempt(now, "RESYNC", desiredVersion + 1, "QUEUED", why));
            change.updatedAt = now;
        });
    }

    /** What the marketplace was shown when it changed by itself: the listing must be created again. */
    public Listing gone(Instant now, String why) {
        return with(change -> {
            change.desiredVersion = desiredVersion + 1;
            change.synced = null;
            change.externalId = null;
            change.externalUrl = null;
            change.attempts = 0;
            change.needsWork = true;
            change.following = false;
            change.nextAttemptAt = now;
            change.history = append(new Attempt(now, "RECONCILE", desiredVersion + 1, "REPAIRING", why));
            change.reconciledAt = now;
            change.updatedAt = now;
        });
    }

    /** Reconciliation found nothing to repair, or recorded a repair it made. */
    public Listing reconciled(Instant now, Attempt note) {
        return with(change -> {
            change.history = note == null ? history : append(note);
            change.reconciledAt = now;
            change.updatedAt = now;
        });
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
        return with(change -> change.leaseUntil = until);
    }

    /**
     * The listing after {@code work} ended with {@code outcome} (on the listing as it is now, which may already
     * want a newer version: then it stays due).
     */
    public Listing settle(Work work, Operation operation, Outcome outcome, Instant now, Rules rules) {
        Change next = new Change(this);
        next.nextAttemptAt = now;
        String op = operation == null ? "NONE" : operation.name();
        String detail = null;
        String result;
        if (outcome instanceof Outcome.Live live) {
            next.accepted(work, live.externalId(), now);
            next.synced = work.desired().payload() != null ? work.desired().payload() : synced;
            next.state = work.desired().intent() == Intent.LIST ? ListingState.LIVE : deactivatedState(work);
            next.lastError = next.state == ListingState.LIVE ? null : work.desired().reason();
            result = "LIVE";
        } else if (outcome instanceof Outcome.Inactive inactive) {
            next.accepted(work, inactive.externalId(), now);
            if (operation != Operation.DEACTIVATE && work.desired().payload() != null) {
                next.synced = work.desired().payload();
            }
            next.state = work.desired().intent() == Intent.LIST ? ListingState.PAUSED : deactivatedState(work);
            next.lastError = work.desired().intent() == Intent.LIST ? rules.shownInactive() : work.desired().reason();
            result = "INACTIVE";
        } else if (outcome instanceof Outcome.InReview review) {
            next.accepted(work, review.externalId(), now);
            next.synced = work.desired().payload() != null ? work.desired().payload() : synced;
            next.state = ListingState.IN_REVIEW;
            next.lastError = null;
            next.following = true;
            next.nextAttemptAt = now.plus(rules.reviewPoll());
            result = "IN_REVIEW";
        } else if (outcome instanceof Outcome.Refused refused) {
            next.syncedVersion = Math.max(syncedVersion, work.version());
            next.state = ListingState.REJECTED;
            next.lastError = refused.error();
            next.attempts = 0;
            next.following = false;
            detail = refused.error().marketplaceMessage();
            result = "REJECTED";
        } else if (outcome instanceof Outcome.Throttled throttled) {
            next.nextAttemptAt = now.plus(throttled.retryAfter()).plus(rules.jitter(Duration.ofMillis(250)));
            detail = throttled.detail();
            result = "RATE_LIMITED";
        } else if (outcome instanceof Outcome.Failed failed) {
            next.attempts = attempts + 1;
            next.nextAttemptAt = now.plus(rules.backoff().after(next.attempts, rules.random()));
            if (next.attempts >= rules.errorAfterAttempts()) {
                next.state = ListingState.ERROR;
                next.lastError = failed.error();
            } else if (state == ListingState.PENDING && operation == Operation.CREATE) {
                next.state = ListingState.SUBMITTED;
            }
            detail = failed.error().marketplaceMessage();
            result = "FAILED";
        } else if (outcome instanceof Outcome.Unauthorized unauthorized) {
            next.attempts = attempts + 1;
            next.nextAttemptAt = now.plus(rules.backoff().max());
            next.state = ListingState.ERROR;
            next.lastError = unauthorized.error();
            detail = unauthorized.error().marketplaceMessage();
            result = "UNAUTHORIZED";
        } else if (outcome instanceof Outcome.Deferred deferred) {
            next.nextAttemptAt = now.plus(deferred.delay());
            detail = deferred.why();
            result = "DEFERRED";
        } else if (outcome instanceof Outcome.NothingToDo) {
            next.syncedVersion = Math.max(syncedVersion, work.version());
            if (work.desired().intent() != Intent.LIST) {
                next.state = deactivatedState(work);
                next.lastError = work.desired().reason();
            }
            next.following = following && work.desired().intent() == Intent.LIST;
            next.attempts = 0;
            result = "NOTHING_TO_DO";
        } else {
            throw new IllegalStateException("unknown outcome " + outcome);
        }

        // when it is not due, nextAttemptAt is read by nobody (a claim and desire() look at needsWork first)
        next.needsWork = next.following || next.syncedVersion < desiredVersion;
        boolean visible = next.state != state || !Objects.equals(next.externalId, externalId)
                || !Objects.equals(next.lastError, lastError)
                || (next.state == ListingState.LIVE && next.syncedVersion != syncedVersion);
        if (visible) {
            next.stateVersion = stateVersion + 1;
            next.statePublished = false;
        }
        next.leaseUntil = Instant.EPOCH;
        if (!(outcome instanceof Outcome.Deferred && !history.isEmpty()
                && "DEFERRED".equals(history.get(history.size() - 1).outcome()))) {
            next.history = append(new Attempt(now, op, work.version(), result, detail));
        }
        next.updatedAt = now;
        return next.listing();
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
        return with(change -> change.revision = next);
    }

    private Listing with(Consumer<Change> edit) {
        Change change = new Change(this);
        edit.accept(change);
        return change.listing();
    }

    /**
     * A listing being changed: the fields a transition may set, each starting as they are, so a transition names
     * only what it changes and a new field is added here once, not to every transition.
     */
    private static final class Change {

        private final Listing from;
        long desiredVersion;
        Desired desired;
        long syncedVersion;
        ListingPayload synced;
        String externalId;
        String externalUrl;
        ListingState state;
        long stateVersion;
        boolean statePublished;
        ListingError lastError;
        int attempts;
        boolean needsWork;
        boolean following;
        Instant nextAttemptAt;
        Instant leaseUntil;
        List<Attempt> history;
        Instant lastSuccessAt;
        Instant reconciledAt;
        long revision;
        Instant updatedAt;

        Change(Listing from) {
            this.from = from;
            desiredVersion = from.desiredVersion;
            desired = from.desired;
            syncedVersion = from.syncedVersion;
            synced = from.synced;
            externalId = from.externalId;
            externalUrl = from.externalUrl;
            state = from.state;
            stateVersion = from.stateVersion;
            statePublished = from.statePublished;
            lastError = from.lastError;
            attempts = from.attempts;
            needsWork = from.needsWork;
            following = from.following;
            nextAttemptAt = from.nextAttemptAt;
            leaseUntil = from.leaseUntil;
            history = from.history;
            lastSuccessAt = from.lastSuccessAt;
            reconciledAt = from.reconciledAt;
            revision = from.revision;
            updatedAt = from.updatedAt;
        }

        /** The marketplace accepted {@code work} (live, inactive or in review), naming its id or keeping the known. */
        void accepted(Work work, String id, Instant now) {
            externalId = id == null || id.isBlank() ? from.externalId : id;
            syncedVersion = Math.max(from.syncedVersion, work.version());
            attempts = 0;
            following = false;
            lastSuccessAt = now;
        }

        Listing listing() {
            return new Listing(from.id, from.productId, from.sku, from.groupId, from.channel, from.shopId,
                    from.connectionId, desiredVersion, desired, syncedVersion, synced, externalId, externalUrl, state,
                    stateVersion, statePublished, lastError, attempts, needsWork, following, nextAttemptAt,
                    leaseUntil, history, lastSuccessAt, reconciledAt, revision, from.createdAt, updatedAt);
        }

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
