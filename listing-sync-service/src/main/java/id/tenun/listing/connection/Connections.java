package id.tenun.listing.connection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The stored connections. */
@Repository
public class Connections {

    private final MongoTemplate mongo;

    Connections(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<Connection> find(String groupId, String channel) {
        return Optional.ofNullable(mongo.findById(Connection.idOf(groupId, channel), Connection.class));
    }

    public Optional<Connection> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, Connection.class));
    }

    /** The group's connections, removed ones included (their listings still have to be delisted). */
    public List<Connection> ofGroup(String groupId) {
        return mongo.find(Query.query(Criteria.where("groupId").is(groupId)), Connection.class);
    }

    /** The connections of these groups, removed ones included, in one query. */
    public List<Connection> ofGroups(java.util.Collection<String> groupIds) {
        return groupIds.isEmpty() ? List.of()
                : mongo.find(Query.query(Criteria.where("groupId").in(groupIds)), Connection.class);
    }

    public List<Connection> onChannel(String channel) {
        return mongo.find(Query.query(Criteria.where("channel").is(channel)), Connection.class);
    }

    public List<Connection> all() {
        return mongo.findAll(Connection.class);
    }

    public Connection save(Connection connection) {
        return mongo.save(connection);
    }

}
