package id.tenun.order.sales;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The sales of one product of one group on one channel in one WITA day ({@code period} D) or month (M), with the
 * areas and programme it rolls up to. Derived from the orders only ({@link SalesRollups}); {@code dirty} is the
 * refresh guard.
 */
@Document("sales")
public record SalesBucket(@Id String id, String period, String start, String groupId, String productId,
        String productName, String channel, String villageCode, String districtCode, String regencyCode,
        String provinceCode, String programme, boolean processed, long orders, long units, long grossRupiah,
        long netUnits, long netRupiah, long cancelled, long returned, long processedNetRupiah, long dirty) {

    /** The measures, by field name, in the order reports show them. */
    public static final String[] MEASURES = {"orders", "units", "grossRupiah", "netUnits", "netRupiah", "cancelled",
            "returned", "processedNetRupiah"};

    /** The dimensions every bucket carries, copied from its order lines. */
    static final String[] DIMENSIONS = {"productName", "villageCode",
            "districtCode", "regencyCode", "provinceCode", "programme", "processed"};
}
