package id.tenun.marketplaces;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An order's lines folded by seller SKU, for the marketplaces that list an order's units or items one by one: the
 * units of a SKU add up, at its first unit's price, in the order the SKUs first appear.
 */
public final class LinesBySku {

    private final Map<String, long[]> bySku = new LinkedHashMap<>();

    public void add(String sellerSku, int quantity, long unitPriceRupiah) {
        long[] line = bySku.computeIfAbsent(sellerSku, key -> new long[]{0, unitPriceRupiah});
        line[0] += quantity;
    }

    public List<OrderDetail.Line> lines() {
        List<OrderDetail.Line> lines = new ArrayList<>();
        bySku.forEach((sku, line) -> lines.add(new OrderDetail.Line(sku, (int) line[0], line[1])));
        return lines;
    }
}
