package id.tenun.console.signingkey;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The stored signing keys ({@code signing_keys}), newest first. */
@Component
class SigningKeys {

    private final MongoTemplate mongo;

    SigningKeys(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void add(SigningKey key) {
        mongo.insert(key);
    }

    /** Every stored key, newest first. */
    List<SigningKey> newestFirst() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "createdAt")), SigningKey.class);
    }

    /** Retires every key that still signs except {@code kid}. */
    void retireAllBut(String kid, Instant at) {
        mongo.updateMulti(query(where("_id").ne(kid).and("retiredAt").is(null)), Update.update("retiredAt", at),
                SigningKey.class);
    }

    /** Forgets the keys retired before {@code before}: no token they signed is still valid. */
    void deleteRetiredBefore(Instant before) {
        mongo.remove(query(where("retiredAt").lt(before)), SigningKey.class);
    }
}
