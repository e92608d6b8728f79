package id.tenun.listing.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import id.tenun.events.listing.ListingState;
import id.tenun.support.paging.PageRequest;

/**
 * The stored listings. Every write is conditional on the revision read (no transactions needed), so the catalog
 * consumer and the workers never lose each other's changes; a write that made a visible change goes to the outbox.
 */
@Repository
public class Listings {

    /** The field a claim marks its listings with (not part of the model: the next write of a listing drops it). */
    static final String CLAIM = "claim";

    /** The field a bulk write marks its replacements with, to tell which landed (dropped like {@link #CLAIM}). */
    static final String WRITE = "write";

    private final MongoTemplate mongo;
    private final ListingStatusOutbox outbox;
    private volatile BiConsumer<String, Instant> due = (channel, at) -> {
    };

    Listings(MongoTemplate mongo, ListingStatusOutbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
        try {
            var indexes = mongo.indexOps(Listing.class);
            indexes.createIndex(new Index().on("channel", Sort.Direction.ASC).on("needsWork", Sort.Direction.ASC)
                    .on("nextAttemptAt", Sort.Direction.ASC));
            indexes.createIndex(new Index().on("productId", Sort.Direction.ASC));
            indexes.createIndex(new Index().on("groupId", Sort.Direction.ASC));
            indexes.createIndex(new Index().on("statePublished", Sort.Direction.ASC));
            // Unique because _id is; they let the wire-protocol stand-in (which uses an index only when the query
            // names exactly its fields, and ignores non-unique ones) find the conditional writes' {_id, revision}
            // and {_id, stateVersion} without scanning every listing.
            indexes.createIndex(new Index().on("_id", Sort.Direction.ASC).on("revision", Sort.Direction.ASC).unique()
                    .named("id_revision"));
            indexes.createIndex(new Index().on("_id", Sort.Direction.ASC).on("stateVersion", Sort.Direction.ASC)
                    .unique().named("id_state_version"));
        } catch (RuntimeException e) {
            // indexes help, they are not needed for correctness (e.g. a store that refuses a compound index)
        }
    }

    /** Tells {@code listener} (the workers) when a stored listing of a channel becomes due, so they need not poll. */
    public void onDue(BiConsumer<String, Instant> listener) {
        this.due = listener;
    }

    private void told(Listing listing) {
        if (listing.needsWork()) {
            due.accept(listing.channel(), listing.nextAttemptAt());
        }
    }

    public Optional<Listing> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Listing.class));
    }

    /** Stores a new listing; false if one with its id already exists. */
    public boolean add(Listing listing) {
        try {
            mongo.insert(listing);
        } catch (DuplicateKeyException e) {
            return false;
        }
        if (!listing.statePublished()) {
            outbox.changed(listing);
        }
        told(listing);
        return true;
    }

    /**
     * Applies a change to the listing as it is stored, again on a fresh read if another writer came first.
     * Answers the stored result (the same listing when the change changed nothing), or empty if there is none.
     */
    public Optional<Listing> change(String id, UnaryOperator<Listing> change) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Listing current = mongo.findById(id, Listing.class);
            if (current == null) {
                return Optional.empty();
            }
            Optional<Listing> stored = write(current, change);
            if (stored.isPresent()) {
                return stored;
            }
        }
        throw new IllegalStateException("Listing " + id + " kept changing under 50 attempts to update it");
    }

    /**
     * As {@link #change(String, UnaryOperator)}, first on {@code known} as it was read (e.g. by the claim), which saves
     * the read when nobody wrote the listing since; on a fresh read if somebody did.
     */
    public Optional<Listing> change(Listing known, UnaryOperator<Listing> change) {
        Optional<Listing> stored = write(known, change);
        return stored.isPresent() ? stored : change(known.id(), change);
    }

    /** Writes the change of {@code current} if its revision is still the stored one; empty if another came first. */
    private Optional<Listing> write(Listing current, UnaryOperator<Listing> change) {
        Listing next = change.apply(current);
        if (next == current || next.equals(current)) {
            return Optional.of(current);
        }
        Listing stored = next.withRevision(current.revision() + 1);
        var result = mongo.replace(Query.query(Criteria.where("_id").is(current.id()).and("revision")
                .is(current.revision())), stored);
        if (result.getMatchedCount() != 1) {
            return Optional.empty();
        }
        if (!stored.statePublished() && stored.stateVersion() != current.stateVersion()) {
            outbox.changed(stored);
        }
        told(stored);
        return Optional.of(stored);
    }

    /** A listing to store: new when {@code current} is null, else changed from {@code current} as it was read. */
    public record Write(Listing current, Listing next) {
    }

    /**
     * Stores many listings in one round trip: a new one is inserted, a changed one replaced if its revision is still
     * the one read. Answers the ids that were not stored (another writer came first, or a new one exists already):
     * the caller applies those again one by one on a fresh read. Which replaces landed is told by a token of this
     * write on each replacement, read back only when some did not, so a race on one listing (a worker claiming it)
     * costs one more read, not a write of every listing of the batch one by one.
     */
    public Set<String> storeAll(List<Write> writes) {
        if (writes.isEmpty()) {
            return Set.of();
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Listing.class);
        String token = UUID.randomUUID().toString();
        List<Listing> stored = new ArrayList<>(writes.size());
        List<String> replaced = new ArrayList<>();
        for (Write write : writes) {
            if (write.current() == null) {
                bulk.insert(write.next());
                stored.add(write.next());
            } else {
                Listing next = write.next().withRevision(write.current().revision() + 1);
                Document replacement = new Document();
                mongo.getConverter().write(next, replacement);
                replacement.put(WRITE, token);
                bulk.replaceOne(Query.query(Criteria.where("_id").is(next.id()).and("revision")
                        .is(write.current().revision())), replacement);
                stored.add(next);
                replaced.add(next.id());
            }
        }
        Set<String> unsure = new HashSet<>();
        try {
            if (bulk.execute().getMatchedCount() != replaced.size()) {
                unsure.addAll(notWritten(replaced, token));
            }
        } catch (BulkOperationException e) {
            // the refused inserts are told by index; the replaces are not
            e.getErrors().forEach(error -> unsure.add(writes.get(error.getIndex()).next().id()));
            unsure.addAll(notWritten(replaced, token));
        }
        for (int i = 0; i < writes.size(); i++) {
            Listing listing = stored.get(i);
            if (unsure.contains(listing.id())) {
                continue;
            }
            Listing before = writes.get(i).current();
            if (!listing.statePublished() && (before == null || listing.stateVersion() != before.stateVersion())) {
                outbox.changed(listing);
            }
            told(listing);
        }
        return unsure;
    }

    /** Those of {@code ids} whose stored document does not carry the write token (read by {@code _id} alone). */
    private Set<String> notWritten(List<String> ids, String token) {
        Set<String> missed = new HashSet<>(ids);
        if (ids.isEmpty()) {
            return missed;
        }
        Query query = Query.query(Criteria.where("_id").in(ids));
        query.fields().include("_id", WRITE);
        mongo.find(query, Document.class, "listings")
                .stream()
                .filter(listing -> token.equals(listing.get(WRITE)))
                .forEach(listing -> missed.remove(listing.get("_id").toString()));
        return missed;
    }

    /**
     * Takes up to {@code max} listings of a channel whose time has come, oldest due first, leasing each until
     * {@code leaseUntil}, in three round trips whatever {@code max}: one query finds candidates, one update leases
     * those still due (each document atomically, so two workers never hold the same listing) and marks them with
     * a token of this claim, one read by id keeps what this claim got.
     */
    public List<Listing> claimDue(String channel, Instant now, Instant leaseUntil, int max) {
        Query candidates = Query.query(Criteria.where("channel").is(channel).and("needsWork").is(true)
                .and("nextAttemptAt").lte(now).and("leaseUntil").lte(now)).with(Sort.by("nextAttemptAt")).limit(max);
        candidates.fields().include("_id");
        List<Object> ids = mongo.find(candidates, Document.class, "listings").stream()
                .map(candidate -> candidate.get("_id")).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        String token = UUID.randomUUID().toString();
        mongo.updateMulti(Query.query(Criteria.where("_id").in(ids).and("needsWork").is(true).and("nextAttemptAt")
                .lte(now).and("leaseUntil").lte(now)),
                new Update().set("leaseUntil", leaseUntil).set(CLAIM, token).inc("revision", 1), Listing.class);
        // read by _id alone (an index lookup everywhere), keeping what this claim marked
        List<Listing> claimed = new ArrayList<>();
        for (Document listing : mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class,
                "listings")) {
            if (token.equals(listing.get(CLAIM))) {
                claimed.add(mongo.getConverter().read(Listing.class, listing));
            }
        }
        claimed.sort(Comparator.comparing(Listing::nextAttemptAt));
        return claimed;
    }

    /** Lets go of a listing without working on it (e.g. shutdown): due again at once. */
    public void release(Listing listing) {
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(listing.id()).and("leaseUntil").is(listing.leaseUntil())),
                new Update().set("leaseUntil", Instant.EPOCH).inc("revision", 1), Listing.class);
    }

    /** The listings with these ids, in one query. */
    public List<Listing> withIds(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : mongo.find(Query.query(Criteria.where("_id").in(ids)), Listing.class);
    }

    /** The listings of these products, in one query. */
    public List<Listing> ofProducts(Collection<String> productIds) {
        return productIds.isEmpty()
                ? List.of()
                : mongo.find(Query.query(Criteria.where("productId").in(productIds)), Listing.class);
    }

    public List<Listing> ofProduct(String productId) {
        return mongo.find(Query.query(Criteria.where("productId").is(productId)), Listing.class);
    }

    public List<Listing> ofConnection(String connectionId) {
        return mongo.find(Query.query(Criteria.where("connectionId").is(connectionId)), Listing.class);
    }

    public List<Listing> unpublished(int limit) {
        return mongo.find(Query.query(Criteria.where("statePublished").is(false)).limit(limit), Listing.class);
    }

    /** Marks the event of {@code stateVersion} published, unless the listing moved on meanwhile. */
    public void markPublished(String id, long stateVersion) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("stateVersion").is(stateVersion)),
                new Update().set("statePublished", true), Listing.class);
    }

    /** As {@link #markPublished}, for many events in one round trip: listing id to the state version published. */
    public void markAllPublished(Map<String, Long> stateVersions) {
        if (stateVersions.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Listing.class);
        stateVersions.forEach((id, stateVersion) -> bulk.updateOne(
                Query.query(Criteria.where("_id").is(id).and("stateVersion").is(stateVersion)),
                new Update().set("statePublished", true)));
        bulk.execute();
    }

    /** How many listings of a channel are behind their desired state. */
    public long backlog(String channel) {
        return mongo.count(Query.query(Criteria.where("channel").is(channel).and("needsWork").is(true)), Listing.class);
    }

    /** Live listings of a channel not reconciled since {@code before}, oldest first. */
    public List<Listing> toReconcile(String channel, Instant before, int limit) {
        Query query = Query.query(Criteria.where("channel").is(channel).and("state").is(ListingState.LIVE)
                .and("needsWork").is(false)
                .orOperator(Criteria.where("reconciledAt").is(null), Criteria.where("reconciledAt").lt(before)))
                .limit(limit);
        return mongo.find(query, Listing.class);
    }

    /** Listings matching the search, a page of them (sorted by product, channel and SKU) with the total. */
    public Page<Listing> search(ListingSearch search, PageRequest page) {
        Criteria criteria = new Criteria();
        if (search.productId() != null) {
            criteria.and("productId").is(search.productId());
        }
        if (search.groupId() != null && search.groupIds() != null) {
            criteria.and("groupId").in(search.groupIds().contains(search.groupId())
                    ? Set.of(search.groupId())
                    : Set.of());
        } else if (search.groupId() != null) {
            criteria.and("groupId").is(search.groupId());
        } else if (search.groupIds() != null) {
            criteria.and("groupId").in(search.groupIds());
        }
        if (search.channel() != null) {
            criteria.and("channel").is(search.channel());
        }
        if (search.state() != null) {
            criteria.and("state").is(search.state());
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, Listing.class);
        List<Listing> content = mongo.find(query.with(Sort.by("productId", "channel", "sku")).skip(page.offset())
                .limit(page.size()), Listing.class);
        return new PageImpl<>(content, Pageable.unpaged(), total); // the page asked for is the caller's
    }

}
