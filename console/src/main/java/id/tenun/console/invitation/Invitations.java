package id.tenun.console.invitation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import id.tenun.support.paging.PageRequest;

/** The stored invitations and reset links, found by the hash of their link's token; each is used at most once. */
@Component
class Invitations {

    private final MongoTemplate mongo;

    Invitations(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(Invitation.class).createIndex(new Index().on("tokenHash", Sort.Direction.ASC).unique());
        mongo.indexOps(Invitation.class).createIndex(new Index().on("createdAt", Sort.Direction.DESC));
        mongo.indexOps(Invitation.class).createIndex(new Index().on("groupId", Sort.Direction.ASC).sparse());
    }

    void add(Invitation invitation) {
        mongo.insert(invitation);
    }

    Optional<Invitation> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Invitation.class));
    }

    Optional<Invitation> byTokenHash(String tokenHash) {
        return Optional.ofNullable(mongo.findOne(query(where("tokenHash").is(tokenHash)), Invitation.class));
    }

    /** One page of every invitation and reset link, newest first. */
    List<Invitation> page(PageRequest page) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "createdAt")).skip(page.offset())
                .limit(page.size()), Invitation.class);
    }

    /** The invitations still open to join a group, as a member or as one of its mentors, soonest to expire first. */
    List<Invitation> openToJoin(String groupId, Instant now, int atMost) {
        return mongo.find(query(new Criteria().orOperator(where("groupId").is(groupId),
                where("mentorGroupIds").is(groupId))).addCriteria(where("kind").ne(InvitationKind.RESET))
                .addCriteria(where("usedAt").is(null)).addCriteria(where("revokedAt").is(null))
                .addCriteria(where("expiresAt").gt(now)).with(Sort.by("expiresAt")).limit(atMost), Invitation.class);
    }

    long count() {
        return mongo.count(new Query(), Invitation.class);
    }

    /** Marks the invitation used if it still is open; false when another request used it first or it closed. */
    boolean use(String id, Instant now) {
        return mongo.updateFirst(open(id, now), Update.update("usedAt", now), Invitation.class)
                .getModifiedCount() == 1;
    }

    /** Closes the link if it still is open; false when it was used, revoked or expired already. */
    boolean revoke(String id, Instant now) {
        return mongo.updateFirst(open(id, now), Update.update("revokedAt", now), Invitation.class)
                .getModifiedCount() == 1;
    }

    private static Query open(String id, Instant now) {
        return query(where("_id").is(id).and("usedAt").is(null).and("revokedAt").is(null).and("expiresAt").gt(now));
    }
}
