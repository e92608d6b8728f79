package id.tenun.catalog.publishing;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Map;

import org.springframework.data.mongodb.core.query.Criteria;

/** The query for outbox documents the relay should publish: pending, but for the versions it holds back. */
public final class Pending {

    private Pending() {
    }

    /** Pending documents, but for those still at a version in {@code holding} (by id). */
    public static Criteria except(Map<String, Long> holding) {
        Criteria pending = where("pending").is(true);
        if (holding.isEmpty()) {
            return pending;
        }
        return pending.norOperator(holding.entrySet().stream()
                .map(held -> where("_id").is(held.getKey()).and("version").is(held.getValue()))
                .toArray(Criteria[]::new));
    }
}
