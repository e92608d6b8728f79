package id.tenun.console.user;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The stored users ({@code users}), found by id, phone number or email; each phone and email belongs to one user. */
@Component
public class Users {

    /** More people than a group page lists; a group has a few dozen members at most. */
    static final int GROUP_PEOPLE_AT_MOST = 500;

    private final MongoTemplate mongo;

    Users(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(User.class).createIndex(new Index().on("phone", Sort.Direction.ASC).unique().sparse());
        mongo.indexOps(User.class).createIndex(new Index().on("email", Sort.Direction.ASC).unique().sparse());
    }

    /** Stores a new user; a phone number or email another user has is refused by the unique indexes. */
    public User add(User user) {
        return mongo.insert(user);
    }

    public Optional<User> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, User.class));
    }

    public Optional<User> byPhone(PhoneNumber phone) {
        return Optional.ofNullable(mongo.findOne(query(where("phone").is(phone.e164())), User.class));
    }

    public Optional<User> byEmail(EmailAddress email) {
        return Optional.ofNullable(mongo.findOne(query(where("email").is(email.value())), User.class));
    }

    /** The people of a group: its members, and the mentors assigned to it, active or not, by name. */
    public List<User> ofGroup(String groupId) {
        return mongo.find(query(new Criteria().orOperator(where("groupId").is(groupId),
                where("mentorGroupIds").is(groupId))).with(Sort.by("name")).limit(GROUP_PEOPLE_AT_MOST), User.class);
    }

    /** Marks the user active or disabled; false when there is no such user. */
    public boolean setActive(String id, boolean active) {
        return mongo.updateFirst(query(where("_id").is(id)),
                Update.update("active", active), User.class)
                .getMatchedCount() == 1;
    }
}
