package id.tenun.order.lifecycle;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Collection;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Which orders a caller asks for. {@code visibleGroups} null means every group (staff); otherwise only orders with
 * a line of one of those groups.
 */
public record OrderSearch(String groupId, String channel, OrderStatus status, Instant from, Instant to,
        Boolean unknownSkus, Collection<String> visibleGroups) {

    Query query() {
        Criteria criteria = new Criteria();
        if (groupId != null) {
            criteria = criteria.and("groupIds").is(groupId);
        }
        if (visibleGroups != null) {
            criteria = groupId == null ? criteria.and("groupIds").in(visibleGroups) : criteria;
        }
        if (channel != null) {
            criteria = criteria.and("channel").is(channel);
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (from != null || to != null) {
            Criteria created = where("createdAt");
            if (from != null) {
                created = created.gte(from);
            }
            if (to != null) {
                created = created.lt(to);
            }
            criteria = criteria.andOperator(created);
        }
        if (unknownSkus != null) {
            criteria = criteria.and("unknownSkus").is(unknownSkus);
        }
        return Query.query(criteria);
    }
}
