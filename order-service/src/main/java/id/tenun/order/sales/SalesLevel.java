package id.tenun.order.sales;

import java.util.List;

import org.bson.Document;

/**
 * A pre-summed level above the fine buckets (day and month × group × product × channel): one document per WITA day
 * ({@code D}) or month ({@code M}) and level key, with the measures split into cells per channel and programme.
 * A day document sums its member fine day buckets; a month document sums the day documents of its month. So a
 * question at regency, province, programme or channel level reads a document per regency and period, and one at
 * group, village or district level a document per group and period, each looked up by id.
 */
enum SalesLevel {

    /** Per regency: the province, regency, programme and channel views for staff. */
    REGENCY("sales_regencies", "regencyCode", List.of("regencyCode", "provinceCode")),

    /** Per group: the village, district and group views, rankings, business records and dormant groups. */
    GROUP("sales_groups", "groupId",
            List.of("groupId", "villageCode", "districtCode", "regencyCode", "provinceCode", "programme"));

    /** The fields a cell carries; everything else a question may name is on the document. */
    static final List<String> CELL_FIELDS = List.of("channel", "programme");

    private final String collection;

    private final String keyField;

    private final List<String> fields;

    SalesLevel(String collection, String keyField, List<String> fields) {
        this.collection = collection;
        this.keyField = keyField;
        this.fields = fields;
    }

    String collection() {
        return collection;
    }

    /** The fields a document of this level carries (its key first), copied from its fine buckets. */
    List<String> fields() {
        return fields;
    }

    /** The key of the level document a fine bucket (as stored, or as summed from the orders) adds to. */
    String keyOf(Document fine) {
        return String.valueOf(fine.get(keyField));
    }

    /** Whether a question can be answered at this level: it names nothing finer than the level holds. */
    boolean answers(String field) {
        return fields.contains(field) || CELL_FIELDS.contains(field);
    }

    static String id(String period, String start, String key) {
        return period + "|" + start + "|" + key;
    }
}
