package id.tenun.order.sales;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;

import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.GroupOperation;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The sales view the slow way: one aggregation over every fine bucket in the range (the query path before the
 * regency and group documents). The reference the pre-summed levels must equal, and the benchmark's baseline.
 */
public final class BucketScan {

    private BucketScan() {
    }

    /** Rows of the view as {@code key|period} (period empty for totals) → measures, sorted. */
    public static Map<String, String> rows(MongoTemplate mongo, SalesQuery query) {
        Criteria criteria = query.bucketCriteria();
        GroupOperation sums = query.series() ? group(query.field(), "start") : group(query.field());
        for (String measure : SalesBucket.MEASURES) {
            sums = sums.sum(measure).as(measure);
        }
        Map<String, String> rows = new TreeMap<>();
        for (Document row : mongo.aggregate(newAggregation(match(criteria), sums), "sales", Document.class)) {
            Object id = row.get("_id");
            String key = id instanceof Document composite
                    ? composite.get(query.field()) + "|" + composite.getString("start")
                    : id + "|";
            StringBuilder measures = new StringBuilder();
            for (String measure : SalesBucket.MEASURES) {
                measures.append(measure).append('=').append(((Number) row.get(measure)).longValue()).append(' ');
            }
            if (((Number) row.get("orders")).longValue() != 0 || ((Number) row.get("grossRupiah")).longValue() != 0) {
                rows.put(key, measures.toString().trim());
            }
        }
        return rows;
    }

    /** The same view as {@link SalesQueries} answers it, in the same shape. */
    public static Map<String, String> rows(SalesQueries queries, SalesQuery query) {
        Map<String, String> rows = new TreeMap<>();
        for (SalesRow row : queries.answer(query, false).rows()) {
            long[] values = {row.orders(), row.units(), row.grossRupiah(), row.netUnits(), row.netRupiah(),
                    row.cancelled(), row.returned(), row.processedNetRupiah()};
            StringBuilder measures = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                measures.append(SalesBucket.MEASURES[i]).append('=').append(values[i]).append(' ');
            }
            if (row.orders() != 0 || row.grossRupiah() != 0) {
                rows.put(row.key() + "|" + (row.period() == null ? "" : row.period()), measures.toString().trim());
            }
        }
        return rows;
    }
}
