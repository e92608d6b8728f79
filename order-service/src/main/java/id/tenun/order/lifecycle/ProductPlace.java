package id.tenun.order.lifecycle;

/**
 * Where a SKU belongs, from the catalog projection: its product, group, areas and programme.
 *
 * @param processed whether the product is a processed good (olahan)
 */
public record ProductPlace(String productId, String productName, String groupId, String villageCode,
        String districtCode, String regencyCode, String provinceCode, String programme, boolean processed) {
}
