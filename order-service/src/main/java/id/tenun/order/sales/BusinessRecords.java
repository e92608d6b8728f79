package id.tenun.order.sales;

import java.math.BigInteger;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import id.tenun.order.catalog.CatalogProjection;
import id.tenun.order.catalog.CatalogProjection.CatalogGroup;
import id.tenun.order.lifecycle.Order;
import id.tenun.order.lifecycle.OrderLine;
import id.tenun.order.lifecycle.OrderSearch;
import id.tenun.order.lifecycle.Orders;

/**
 * A group's business record, summed in one pass over the group's orders placed in the period (the index on
 * {@code groupIds, createdAt}): the same line measures the sales rollups sum, plus what the rollups do not carry,
 * the seller's discounts and the marketplaces' fees where an order reports them.
 */
@Component
public class BusinessRecords {

    /** How many best-selling products a record names. */
    public static final int TOP_PRODUCTS = 5;

    private final Orders orders;

    private final CatalogProjection catalog;

    private final Clock clock;

    BusinessRecords(Orders orders, CatalogProjection catalog, Clock clock) {
        this.orders = orders;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The WITA month it is now. */
    public YearMonth thisMonth() {
        return YearMonth.now(clock.withZone(Order.WITA));
    }

    /** The group's WITA months {@code first} to {@code last}, both included. */
    public BusinessRecord of(String groupId, YearMonth first, YearMonth last) {
        Map<String, Sum> byMonth = new LinkedHashMap<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            byMonth.put(month.toString(), new Sum());
        }
        Map<String, Sum> byChannel = new HashMap<>();
        Map<String, ProductSum> byProduct = new HashMap<>();
        Sum total = new Sum();
        OrderSearch search = new OrderSearch(groupId, null, null, first.atDay(1).atStartOfDay(Order.WITA).toInstant(),
                last.plusMonths(1).atDay(1).atStartOfDay(Order.WITA).toInstant(), null, null);
        try (Stream<Order> placed = orders.stream(search)) {
            placed.forEach(order -> {
                List<OrderLine> lines = order.lines().stream().filter(line -> groupId.equals(line.groupId()))
                        .toList();
                Sum month = byMonth.get(order.saleMonth());
                if (month == null) {
                    return; // placed outside the period's WITA months (cannot be, by the search's bounds)
                }
                for (Sum sum : List.of(month, total, byChannel.computeIfAbsent(order.channel(), c -> new Sum()))) {
                    sum.add(order, lines);
                }
                for (OrderLine line : lines) {
                    byProduct.computeIfAbsent(line.productId(), id -> new ProductSum(line.productName()))
                            .add(line);
                }
            });
        }
        List<BusinessRecord.Month> monthRecords = new ArrayList<>();
        byMonth.forEach((month, sum) -> monthRecords.add(new BusinessRecord.Month(month, sum.figures())));
        List<BusinessRecord.Channel> channels = byChannel.entrySet().stream()
                .map(entry -> new BusinessRecord.Channel(entry.getKey(), entry.getValue().figures()))
                .sorted(Comparator.comparingLong((BusinessRecord.Channel channel) -> channel.figures().netRupiah())
                        .reversed().thenComparing(BusinessRecord.Channel::channel))
                .toList();
        List<BusinessRecord.ProductSales> top = byProduct.entrySet().stream()
                .map(entry -> new BusinessRecord.ProductSales(entry.getKey(), entry.getValue().name,
                        entry.getValue().units, entry.getValue().net))
                .sorted(Comparator.comparingLong(BusinessRecord.ProductSales::netRupiah).reversed()
                        .thenComparing(BusinessRecord.ProductSales::productId))
                .limit(TOP_PRODUCTS)
                .toList();
        String name = catalog.group(groupId).map(CatalogGroup::name).orElse(null);
        return new BusinessRecord(groupId, name, "IDR", Order.WITA.getId(), first.toString(), last.toString(),
                monthRecords, channels, total.figures(), top);
    }

    /** The figures of a month, a marketplace or the period, summed order by order. */
    private static final class Sum {

        private long orders;
        private long units;
        private long gross;
        private long discount;
        private long net;
        private long fees;
        private long feesKnown;
        private long cancelled;
        private long returned;

        /** Adds the group's lines of an order (their measures at the order's status) and its share of the fees. */
        void add(Order order, List<OrderLine> lines) {
            long goods = 0;
            for (OrderLine line : lines) {
                orders += line.orders();
                units += line.units();
                gross = Math.addExact(gross, line.grossRupiah());
                net = Math.addExact(net, line.netRupiah());
                discount = Math.addExact(discount, order.status().undone() ? 0 : line.discountRupiah());
                cancelled += line.cancelled();
                returned += line.returned();
                goods = Math.addExact(goods, line.subtotalRupiah());
            }
            if (order.feesRupiah() != null && order.grossRupiah() > 0 && !lines.isEmpty()) {
                fees = Math.addExact(fees, BigInteger.valueOf(order.feesRupiah()).multiply(BigInteger.valueOf(goods))
                        .divide(BigInteger.valueOf(order.grossRupiah())).longValueExact());
                feesKnown++;
            }
        }

        BusinessRecord.Figures figures() {
            return new BusinessRecord.Figures(orders, units, gross, discount, net, feesKnown == 0 ? null : fees,
                    feesKnown, cancelled, returned);
        }
    }

    /** A product's units and net sales over the period. */
    private static final class ProductSum {

        private final String name;
        private long units;
        private long net;

        ProductSum(String name) {
            this.name = name;
        }

        void add(OrderLine line) {
            units += line.netUnits();
            net = Math.addExact(net, line.netRupiah());
        }
    }
}
