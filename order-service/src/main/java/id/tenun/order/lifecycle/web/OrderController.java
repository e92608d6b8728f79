package id.tenun.order.lifecycle.web;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import id.tenun.order.lifecycle.Order;
import id.tenun.order.lifecycle.OrderSearch;
import id.tenun.order.lifecycle.OrderStatus;
import id.tenun.order.lifecycle.Orders;
import id.tenun.order.web.Page;
import id.tenun.support.paging.PageRequest;
import id.tenun.support.problems.NotFound;
import id.tenun.support.problems.Violations;
import id.tenun.support.report.ReportWriter;
import id.tenun.support.security.CurrentUser;

/**
 * Orders: a filtered page, one order, the orders waiting for an unknown SKU (staff), and an export of order lines.
 * {@code from}/{@code to} are WITA dates of placement, {@code to} inclusive.
 */
@RestController
class OrderController {

    private final Orders orders;

    OrderController(Orders orders) {
        this.orders = orders;
    }

    @Operation(summary = "List orders")
    @GetMapping("/api/orders")
    Page<OrderView> list(CurrentUser user, @RequestParam(required = false) String groupId,
            @RequestParam(required = false) String channel, @RequestParam(required = false) String status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        OrderSearch search = search(user, groupId, channel, status, from, to, null);
        List<OrderView> items = orders.search(search, PageRequest.of(page, size, PageRequest.MAX_SIZE)).stream()
                .map(OrderView::of).toList();
        return new Page<>(items, page, size, orders.count(search));
    }

    @Operation(summary = "Read an order with its lines and status history")
    @GetMapping("/api/orders/{id}")
    OrderView one(CurrentUser user, @PathVariable String id) {
        Order order = orders.find(id).orElseThrow(() -> new NotFound("Order", id));
        if (!user.seesAllGroups()) {
            user.requireAnyGroup(order.groupIds(), "Order", id);
        }
        return OrderView.of(order);
    }

    /** Staff: the orders with a line whose SKU the catalog does not know (yet), by SKU. */
    @Operation(summary = "List order lines waiting for a known SKU")
    @GetMapping("/api/orders/waiting-for-sku")
    Page<WaitingSku> waiting(CurrentUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        user.requireStaff("see the orders waiting for an unknown SKU");
        Map<String, WaitingSku> bySku = new TreeMap<>();
        for (Order order : orders.waitingFor(null)) {
            order.lines().stream().filter(line -> !line.known()).forEach(line -> bySku.merge(line.sku(),
                    new WaitingSku(line.sku(), 1, List.of(order.id())), WaitingSku::plus));
        }
        List<WaitingSku> all = List.copyOf(bySku.values());
        return new Page<>(PageRequest.of(page, size, PageRequest.MAX_SIZE).of(all), page, size, (long) all.size());
    }

    record WaitingSku(String sku, long orders, List<String> orderIds) {

        WaitingSku plus(WaitingSku other) {
            List<String> ids = new ArrayList<>(orderIds);
            if (ids.size() < 20) {
                ids.addAll(other.orderIds());
            }
            return new WaitingSku(sku, orders + other.orders(), List.copyOf(ids));
        }
    }

    /** One row per order line, streamed from a cursor (constant memory). */
    @Operation(summary = "Export orders as CSV or XLSX")
    @GetMapping("/api/orders/export")
    ResponseEntity<StreamingResponseBody> export(CurrentUser user, @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String groupId, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ReportWriter.of(format, OutputStream.nullOutputStream()).close();
        OrderSearch search = search(user, groupId, channel, status, from, to, null);
        StreamingResponseBody body = out -> {
            try (ReportWriter writer = ReportWriter.of(format, out);
                    var stream = orders.stream(search)) {
                writer.row("order_id", "channel", "shop_id", "external_order_id", "status", "created_at_utc",
                        "sale_day_wita", "line_id", "sku", "sku_known", "product_id", "product_name", "group_id",
                        "village_code", "district_code", "regency_code", "province_code", "programme", "processed",
                        "quantity", "unit_price_rupiah", "subtotal_rupiah", "discount_rupiah", "net_rupiah",
                        "order_shipping_rupiah", "order_fees_rupiah");
                stream.forEach(order -> order.lines().forEach(line -> writer.row(order.id(), order.channel(),
                        order.shopId(), order.externalOrderId(), order.status().id(), order.createdAt().toString(),
                        order.saleDay(), line.lineId(), line.sku(), line.known(), line.productId(), line.productName(),
                        line.groupId(), line.villageCode(), line.districtCode(), line.regencyCode(),
                        line.provinceCode(), line.programme(), line.processed(), line.quantity(),
                        line.unitPriceRupiah(), line.subtotalRupiah(), line.discountRupiah(),
                        line.netAt(order.status()), order.shippingRupiah(), order.feesRupiah())));
            }
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, ReportWriter.contentType(format))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"orders." + format.toLowerCase() + "\"")
                .body(body);
    }

    static OrderSearch search(CurrentUser user, String groupId, String channel, String status, LocalDate from,
            LocalDate to, Boolean unknownSkus) {
        Collection<String> visible = user.visibleGroups();
        if (groupId != null && !groupId.isBlank()) {
            user.requireGroup(groupId, "Group", groupId);
        }
        new Violations().period(from, to).throwIfAny();
        Instant start = from == null ? null : from.atStartOfDay(Order.WITA).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(Order.WITA).toInstant();
        return new OrderSearch(blank(groupId), blank(channel), status == null || status.isBlank()
                ? null
                : OrderStatus.of(status), start, end, unknownSkus, visible);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
