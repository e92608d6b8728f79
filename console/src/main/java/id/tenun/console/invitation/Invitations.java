package id.tenun.console.invitation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The stored invitations, found by the hash of their link's token; each is used at most once. */
@Component
class Invitations {

    private final MongoTemplate mongo;

    Invitations(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(Invitation.class).createIndex(new Index().on("tokenHash", Sort.Direction.ASC).unique());
    }

    void add(Invitation invitation) {
        mongo.insert(invitation);
    }

    Optional<Invitation> byTokenHash(String tokenHash) {
        return Optional.ofNullable(mongo.findOne(query(where("tokenHash").is(tokenHash)), Invitation.class));
    }

    /** Marks the invitation used if it still is open; false when another request used it first or it expired. */
    boolean use(String id, Instant now) {
        return mongo.updateFirst(query(where("_id").is(id).and("usedAt").is(null).and("expiresAt").gt(now)),
                Update.update("usedAt", now), Invitation.class).getModifiedCount() == 1;
    }
}
