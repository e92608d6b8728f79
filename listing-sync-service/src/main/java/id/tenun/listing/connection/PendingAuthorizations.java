package id.tenun.listing.connection;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The seller authorizations started and not yet come back, by the hash of their state. */
@Repository
public class PendingAuthorizations {

    private final MongoTemplate mongo;

    PendingAuthorizations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void save(PendingAuthorization pending) {
        mongo.insert(pending);
    }

    /**
     * Spends the state: atomically, only if it is unused and not expired, marks it used at {@code now} and answers
     * it; else answers why not. A state works once, whichever of two callbacks comes first.
     */
    Claim claim(String stateHash, Instant now) {
        PendingAuthorization claimed = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(stateHash).and("usedAt").is(null).and("expiresAt").gt(now)),
                new Update().set("usedAt", now), FindAndModifyOptions.options().returnNew(true),
                PendingAuthorization.class);
        if (claimed != null) {
            return new Claim(Claim.Outcome.CLAIMED, Optional.of(claimed));
        }
        Optional<PendingAuthorization> stored = Optional.ofNullable(mongo.findById(stateHash,
                PendingAuthorization.class));
        Claim.Outcome outcome = stored.map(found -> found.usedAt() != null ? Claim.Outcome.USED : Claim.Outcome.EXPIRED)
                .orElse(Claim.Outcome.UNKNOWN);
        return new Claim(outcome, stored);
    }

    /** What claiming a state found. */
    record Claim(Outcome outcome, Optional<PendingAuthorization> pending) {

        enum Outcome {
            CLAIMED, UNKNOWN, EXPIRED, USED
        }
    }
}
