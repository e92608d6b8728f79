package id.tenun.console.user;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import id.tenun.support.paging.PageRequest;
import id.tenun.support.security.Role;

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

    /** The names of the users with these ids, in one read; an id no user has is left out. */
    public Map<String, String> names(Collection<String> ids) {
        Query byIds = query(where("_id").in(ids));
        byIds.fields().include("name");
        Map<String, String> names = new HashMap<>();
        mongo.find(byIds, Document.class, mongo.getCollectionName(User.class))
                .forEach(user -> names.put(user.getString("_id"), user.getString("name")));
        return names;
    }

    /** The people of a group: its members, and the mentors assigned to it, active or not, by name. */
    public List<User> ofGroup(String groupId) {
        return mongo.find(query(new Criteria().orOperator(where("groupId").is(groupId),
                where("mentorGroupIds").is(groupId))).with(Sort.by("name")).limit(GROUP_PEOPLE_AT_MOST), User.class);
    }

    /** One page of the users, by name, of one role and matching a text when given. */
    public List<User> page(Role role, String text, PageRequest page) {
        return mongo.find(matching(role, text).with(Sort.by("name", "_id")).skip(page.offset()).limit(page.size()),
                User.class);
    }

    /** How many users are of the role and match the text, when given. */
    public long count(Role role, String text) {
        return mongo.count(matching(role, text), User.class);
    }

    /** Replaces the user's password hash, set at the given instant; false when there is no such user. */
    public boolean setPasswordHash(String id, String passwordHash, Instant at) {
        return mongo.updateFirst(query(where("_id").is(id)),
                Update.update("passwordHash", passwordHash).set("passwordSetAt", at), User.class)
                .getMatchedCount() == 1;
    }

    /** Gives the user a role and the groups it reaches (checked by {@link User#checkGroups}); false when none. */
    public boolean setAccess(String id, Role role, String groupId, Set<String> mentorGroupIds) {
        User.checkGroups(role, groupId, mentorGroupIds);
        return mongo.updateFirst(query(where("_id").is(id)), Update.update("role", role).set("groupId", groupId)
                .set("mentorGroupIds", mentorGroupIds), User.class).getMatchedCount() == 1;
    }

    /** Marks the user active or disabled; false when there is no such user. */
    public boolean setActive(String id, boolean active) {
        return mongo.updateFirst(query(where("_id").is(id)),
                Update.update("active", active), User.class)
                .getMatchedCount() == 1;
    }

    /**
     * Users of the role, when given, whose name or email contains the text, or whose phone number contains its digits
     * (a leading 0 left out, so that {@code 0812 34} finds {@code +6281234…}), when given.
     */
    private static Query matching(Role role, String text) {
        Criteria criteria = new Criteria();
        if (role != null) {
            criteria.and("role").is(role);
        }
        if (text != null && !text.isBlank()) {
            String literal = Pattern.quote(text.strip());
            String digits = text.replaceAll("\\D", "").replaceFirst("^0", "");
            criteria.orOperator(where("name").regex(literal, "i"), where("email").regex(literal, "i"),
                    where("phone").regex(digits.isEmpty() ? literal : Pattern.quote(digits)));
        }
        return new Query(criteria);
    }
}
