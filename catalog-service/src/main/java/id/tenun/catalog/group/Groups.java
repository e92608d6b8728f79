package id.tenun.catalog.group;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import id.tenun.catalog.paging.PageOf;
import id.tenun.catalog.publishing.Pending;
import id.tenun.events.Programme;
import id.tenun.events.group.GroupSnapshot.GroupStatus;
import id.tenun.support.paging.PageRequest;

/** The stored groups, with what the catalog needs to do with them. */
@Component
public class Groups {

    private final MongoTemplate mongo;

    Groups(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(Group.class).createIndex(new Index().on("pending", Sort.Direction.ASC));
        mongo.indexOps(Group.class).createIndex(new Index().on("regencyCode", Sort.Direction.ASC));
        mongo.indexOps(Group.class).createIndex(new Index().on("villageCode", Sort.Direction.ASC));
    }

    public void register(Group group) {
        mongo.insert(group);
    }

    public Optional<Group> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Group.class));
    }

    /** Replaces the group with its next state, only if it is still at {@code basedOn}; false when it moved on. */
    public boolean replace(Group next, long basedOn) {
        return mongo.replace(query(where("_id").is(next.id()).and("version").is(basedOn)), next)
                .getModifiedCount() == 1;
    }

    /** Groups of that name in that village (for import by name and village code). */
    public List<Group> named(String name, String villageCode) {
        return mongo.find(query(where("villageCode").is(villageCode).and("name").is(name)), Group.class);
    }

    public boolean none() {
        return mongo.estimatedCount(Group.class) == 0;
    }

    public PageOf<Group> page(Filter filter, PageRequest page) {
        Query q = query(filter.criteria());
        long total = mongo.count(q, Group.class);
        q.with(Sort.by("regencyCode", "name", "_id")).skip(page.offset()).limit(page.size());
        return new PageOf<>(mongo.find(q, Group.class), page.page(), page.size(), total);
    }

    /** How many groups per regency and programme, within the filter. */
    public List<Count> counts(Filter filter) {
        List<Document> rows = mongo.aggregate(newAggregation(match(filter.criteria()),
                group("regencyCode", "regencyName", "programme").count().as("groups")), "groups", Document.class)
                .getMappedResults();
        List<Count> counts = new ArrayList<>();
        for (Document row : rows) {
            Object id = row.get("_id");
            Document key = id instanceof Document d ? d : row;
            counts.add(new Count(key.getString("regencyCode"), key.getString("regencyName"),
                    Programme.valueOf(key.getString("programme")), ((Number) row.get("groups")).longValue()));
        }
        counts.sort(Comparator.comparing(Count::regencyCode).thenComparing(Count::programme));
        return counts;
    }

    /**
     * Groups whose newest version is not yet published, oldest first, but for the versions in {@code holding} (by
     * id): a group held at one version comes again once it has another.
     */
    public List<Group> behind(int limit, Map<String, Long> holding) {
        return mongo.find(query(Pending.except(holding)).with(Sort.by("updatedAt")).limit(limit), Group.class);
    }

    /** {@link #markPublished(String, long)} for each of {@code versions} (by id). */
    public void markPublished(Map<String, Long> versions) {
        versions.forEach(this::markPublished);
    }

    /** Records that {@code version} is on Kafka; the group stays pending if it changed meanwhile. */
    public void markPublished(String id, long version) {
        mongo.updateFirst(query(where("_id").is(id).and("publishedVersion").lt(version)),
                new Update().set("publishedVersion", version), Group.class);
        mongo.updateFirst(query(where("_id").is(id).and("version").is(version)), new Update().set("pending", false),
                Group.class);
    }

    /** Which groups a list may show: {@code visible} null means every group. */
    public record Filter(Collection<String> visible, String regencyCode, String districtCode, Programme programme,
            GroupStatus status, String name) {

        Criteria criteria() {
            List<Criteria> all = new ArrayList<>();
            if (visible != null) {
                all.add(where("_id").in(visible));
            }
            if (regencyCode != null) {
                all.add(where("regencyCode").is(regencyCode));
            }
            if (districtCode != null) {
                all.add(where("districtCode").is(districtCode));
            }
            if (programme != null) {
                all.add(where("programme").is(programme));
            }
            if (status != null) {
                all.add(where("status").is(status));
            }
            if (name != null) {
                all.add(where("name").regex(Pattern.quote(name), "i"));
            }
            return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
        }
    }

    public record Count(String regencyCode, String regencyName, Programme programme, long groups) {
    }
}
