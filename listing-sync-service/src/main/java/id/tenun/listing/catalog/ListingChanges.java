package id.tenun.listing.catalog;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.tenun.listing.state.Desired;
import id.tenun.listing.state.Intent;
import id.tenun.listing.state.Listing;
import id.tenun.listing.state.Listings;

/**
 * The listings one refresh changes, stored in one bulk write. What raced another writer (a worker claiming or
 * settling the listing) is read again in one query and written again in bulk, a few rounds, and whatever still races
 * after that one by one, so a race on a few listings never costs a write of every listing of the batch one by one.
 */
final class ListingChanges {

    private static final Logger log = LoggerFactory.getLogger(ListingChanges.class);

    /** Bulk writes of a refresh's listings before those that still race are written one by one. */
    private static final int BULK_ROUNDS = 3;

    private final Listings listings;
    private final Instant now;
    private final Duration settle;
    private final Map<String, Listings.Write> writes = new LinkedHashMap<>();
    private final Map<String, Desired> wanted = new HashMap<>();
    private final Map<String, Listing> fresh = new HashMap<>();

    ListingChanges(Listings listings, Instant now, Duration settle) {
        this.listings = listings;
        this.now = now;
        this.settle = settle;
    }

    /** {@code created} makes the listing when there is none (null: none is made, e.g. to delist). */
    void desire(Listing current, String id, Desired desire, Supplier<Listing> created) {
        Listing base = writes.containsKey(id) ? writes.get(id).next() : current;
        if (base != null) {
            Listing next = base.desire(desire, now, settle);
            if (next != base) {
                writes.put(id, new Listings.Write(current, next));
                wanted.put(id, desire);
            }
        } else if (created != null && desire.intent() != Intent.DELIST) {
            Listing listing = created.get();
            writes.put(id, new Listings.Write(null, listing));
            wanted.put(id, desire);
            fresh.put(id, listing);
        }
    }

    /** Writes the changes in bulk, then again what raced another writer (see the class comment). */
    void store() {
        Map<String, Listings.Write> round = writes;
        for (int rounds = 0; rounds < BULK_ROUNDS && !round.isEmpty(); rounds++) {
            Set<String> raced = new HashSet<>(listings.storeAll(List.copyOf(round.values())));
            log.debug("{} listings written in bulk, {} raced another writer", round.size(), raced.size());
            round = new LinkedHashMap<>();
            for (Listing current : listings.withIds(raced)) {
                Listing next = current.desire(wanted.get(current.id()), now, settle);
                if (next != current) {
                    round.put(current.id(), new Listings.Write(current, next));
                }
                raced.remove(current.id());
            }
            for (String id : raced) { // not stored at all: a new listing whose insert failed
                if (fresh.containsKey(id)) {
                    round.put(id, new Listings.Write(null, fresh.get(id)));
                }
            }
        }
        for (String id : round.keySet()) {
            Desired desire = wanted.get(id);
            if (listings.change(id, l -> l.desire(desire, now, settle)).isEmpty() && fresh.containsKey(id)
                    && !listings.add(fresh.get(id))) {
                listings.change(id, l -> l.desire(desire, now, settle));
            }
        }
    }

}
