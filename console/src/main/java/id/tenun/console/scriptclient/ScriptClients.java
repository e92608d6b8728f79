package id.tenun.console.scriptclient;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The stored script clients ({@code script_clients}), found by client id; revoked ones stay, marked. */
@Component
class ScriptClients {

    private final MongoTemplate mongo;

    ScriptClients(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void add(ScriptClient client) {
        mongo.insert(client);
    }

    Optional<ScriptClient> byId(String clientId) {
        return Optional.ofNullable(mongo.findById(clientId, ScriptClient.class));
    }

    /** Every client, revoked ones included, newest first. */
    List<ScriptClient> newestFirst() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "createdAt")), ScriptClient.class);
    }

    /** Revokes the client if it is still active; false when it is unknown or was already revoked. */
    boolean revoke(String clientId, String by, Instant at) {
        return mongo.updateFirst(query(where("_id").is(clientId).and("revokedAt").is(null)),
                new Update().set("revokedBy", by).set("revokedAt", at), ScriptClient.class).getModifiedCount() == 1;
    }
}
