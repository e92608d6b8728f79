package id.tenun.order.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.tenun.events.Programme;
import id.tenun.order.OrderServiceIntegrationTestSupport;
import id.tenun.order.lifecycle.NewOrder;
import id.tenun.order.lifecycle.Order;
import id.tenun.order.lifecycle.OrderLine;
import id.tenun.order.lifecycle.OrderStatus;
import id.tenun.order.lifecycle.ProductPlace;
import id.tenun.testsupport.TestTokens;

/**
 * A group's business record: per month, per marketplace, in total and its best products, with the seller's
 * discounts on the orders kept and the fees where a marketplace reports them (null where none does, never 0), the
 * group's share of an order it shares with another group, as JSON and read back from its XLSX.
 */
class BusinessRecordIntegrationTests extends OrderServiceIntegrationTestSupport {

    @Autowired
    SalesRollups rollups;

    static String group;

    static ProductPlace kain;

    static ProductPlace kopi;

    static ProductPlace other;

    static final YearMonth NOW = YearMonth.now(Order.WITA);

    @BeforeEach
    void seed() {
        if (group != null) {
            return;
        }
        group = unique("grp-record");
        catalogKnows(group(group, "53.07.03.2005", Programme.OVOP),
                product(unique("prd"), group, unique("SKU-R"), "53.07.03.2005", true));
        kain = place("prd-kain-" + group, "Kain tenun ikat", group);
        kopi = place("prd-kopi-" + group, "Kopi Bajawa", group);
        other = place(unique("prd-other"), "Madu", unique("grp-other"));
        seed("shopee", 1, OrderStatus.COMPLETED, 20_000L, 12_000L, line(kain, 2, 100_000));
        seed("tokopedia", 1, OrderStatus.PAID, null, null, line(kain, 1, 100_000));
        seed("tokopedia", 3, OrderStatus.CANCELLED, 15_000L, null, line(kopi, 3, 50_000));
        seed("shopee", 0, OrderStatus.RETURNED, null, null, line(kopi, 1, 50_000));
        seed("lazada", 5, OrderStatus.COMPLETED, null, 10_000L, line(kain, 1, 100_000), line(other, 1, 100_000));
        seed("shopee", 12, OrderStatus.COMPLETED, null, 9_000L, line(kain, 9, 100_000));
    }

    @Test
    void sumsMonthsMarketplacesAndProductsWithDiscountsAndKnownFees() {
        var body = http.get().uri("/api/groups/{g}/business-record", group)
                .header("Authorization", "Bearer " + TestTokens.groupMember(group)).exchange().expectStatus().isOk()
                .expectBody();
        String month1 = NOW.minusMonths(1).toString();
        String month3 = NOW.minusMonths(3).toString();
        body.jsonPath("$.groupName").isEqualTo("Kelompok " + group)
                .jsonPath("$.firstMonth").isEqualTo(NOW.minusMonths(11).toString())
                .jsonPath("$.lastMonth").isEqualTo(NOW.toString())
                .jsonPath("$.months.length()").isEqualTo(12)
                .jsonPath("$.months[?(@.month == '" + month1 + "')].grossRupiah").isEqualTo(List.of(300_000))
                .jsonPath("$.months[?(@.month == '" + month1 + "')].discountRupiah").isEqualTo(List.of(20_000))
                .jsonPath("$.months[?(@.month == '" + month1 + "')].netRupiah").isEqualTo(List.of(280_000))
                .jsonPath("$.months[?(@.month == '" + month1 + "')].feesRupiah").isEqualTo(List.of(12_000))
                .jsonPath("$.months[?(@.month == '" + month1 + "')].feesKnownOrders").isEqualTo(List.of(1))
                .jsonPath("$.months[?(@.month == '" + month3 + "')].cancelled").isEqualTo(List.of(1))
                .jsonPath("$.months[?(@.month == '" + month3 + "')].discountRupiah").isEqualTo(List.of(0))
                .jsonPath("$.months[?(@.month == '" + month3 + "')].netRupiah").isEqualTo(List.of(0))
                .jsonPath("$.months[11].returned").isEqualTo(1)
                .jsonPath("$.months[11].feesRupiah").isEqualTo(null)
                .jsonPath("$.totals.orders").isEqualTo(5)
                .jsonPath("$.totals.units").isEqualTo(8)
                .jsonPath("$.totals.grossRupiah").isEqualTo(600_000)
                .jsonPath("$.totals.discountRupiah").isEqualTo(20_000)
                .jsonPath("$.totals.netRupiah").isEqualTo(380_000)
                .jsonPath("$.totals.feesRupiah").isEqualTo(17_000)
                .jsonPath("$.totals.feesKnownOrders").isEqualTo(2)
                .jsonPath("$.channels[0].channel").isEqualTo("shopee")
                .jsonPath("$.channels[0].netRupiah").isEqualTo(180_000)
                .jsonPath("$.channels[1].channel").isEqualTo("lazada")
                .jsonPath("$.channels[1].feesRupiah").isEqualTo(5_000)
                .jsonPath("$.channels[2].channel").isEqualTo("tokopedia")
                .jsonPath("$.channels[2].feesRupiah").isEqualTo(null)
                .jsonPath("$.topProducts[0].productName").isEqualTo("Kain tenun ikat")
                .jsonPath("$.topProducts[0].units").isEqualTo(4)
                .jsonPath("$.topProducts[0].netRupiah").isEqualTo(380_000);
    }

    @Test
    void itsFiguresAreTheSalesFigures() {
        String from = NOW.minusMonths(11).atDay(1).toString();
        http.get().uri("/api/sales?by=group&series=false&groupId={g}&from={f}", group, from)
                .header("Authorization", "Bearer " + TestTokens.staff()).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.totals.orders").isEqualTo(5)
                .jsonPath("$.totals.grossRupiah").isEqualTo(600_000)
                .jsonPath("$.totals.netRupiah").isEqualTo(380_000);
    }

    @Test
    void itsSpreadsheetHasTheSameFigures() throws IOException {
        byte[] xlsx = http.get().uri("/api/groups/{g}/business-record?format=xlsx", group)
                .header("Authorization", "Bearer " + TestTokens.mentor(group)).exchange().expectStatus().isOk()
                .expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectBody().returnResult().getResponseBody();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : row.getCell(c).toString());
                }
                rows.add(cells);
            }
        }
        assertThat(rows.get(0)).contains(group, "Kelompok " + group);
        assertThat(rows).contains(Arrays.asList("total", "5.0", "8.0", "600000.0", "20000.0", "380000.0", "17000.0",
                "2.0", "1.0", "1.0"));
        assertThat(rows).contains(Arrays.asList(NOW.minusMonths(3).toString(), "1.0", "3.0", "150000.0", "0.0",
                "0.0", "", "0.0", "1.0", "0.0"));
        assertThat(rows).contains(Arrays.asList("tokopedia", "2.0", "4.0", "250000.0", "0.0", "100000.0", "", "0.0",
                "1.0", "0.0"));
    }

    @Test
    void coversAnyWholeMonthsAskedForUpToThirtySix() {
        http.get().uri("/api/groups/{g}/business-record?from={f}&to={t}", group, NOW.minusMonths(12),
                NOW.minusMonths(5)).header("Authorization", "Bearer " + TestTokens.staff()).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.firstMonth").isEqualTo(NOW.minusMonths(12).toString())
                .jsonPath("$.lastMonth").isEqualTo(NOW.minusMonths(5).toString())
                .jsonPath("$.months.length()").isEqualTo(8)
                .jsonPath("$.totals.orders").isEqualTo(2)
                .jsonPath("$.totals.units").isEqualTo(10);
        for (String query : new String[]{"from=" + NOW.minusMonths(36), "to=" + NOW.plusMonths(1),
                "from=2025-13", "months=12&from=" + NOW}) {
            http.get().uri("/api/groups/{g}/business-record?" + query, group)
                    .header("Authorization", "Bearer " + TestTokens.staff()).exchange()
                    .expectStatus().isBadRequest().expectBody()
                    .jsonPath("$.errors[0].field").isEqualTo(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    void othersAndBadParametersAreRefused() {
        http.get().uri("/api/groups/{g}/business-record", group)
                .header("Authorization", "Bearer " + TestTokens.groupMember(other.groupId())).exchange()
                .expectStatus().isNotFound();
        http.get().uri("/api/groups/{g}/business-record?format=pdf", group)
                .header("Authorization", "Bearer " + TestTokens.staff())
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.detail").isNotEmpty();
        http.get().uri("/api/groups/{g}/business-record?months=0", group)
                .header("Authorization", "Bearer " + TestTokens.staff())
                .exchange().expectStatus().isBadRequest();
    }

    private static ProductPlace place(String productId, String name, String groupId) {
        return new ProductPlace(productId, name, groupId, "53.07.03.2005", "53.07.03", "53.07", "53", "OVOP", true);
    }

    private record Line(ProductPlace place, OrderLine line) {
    }

    private static Line line(ProductPlace place, int quantity, long price) {
        return new Line(place, OrderLine.of(place.productId(), "SKU-" + place.productId(), quantity, price));
    }

    /** An order placed at noon WITA on the 1st, {@code monthsAgo} months back. */
    private void seed(String channel, int monthsAgo, OrderStatus status, Long discount, Long fees, Line... lines) {
        Instant at = NOW.minusMonths(monthsAgo).atDay(1).atTime(12, 0).atZone(Order.WITA).toInstant();
        NewOrder order = new NewOrder(channel, "shop", unique("ext"), status, status.name(), at, at,
                Arrays.stream(lines).map(Line::line).toList(), discount, null, fees, "test");
        Order placed = Order.place(order, sku -> Arrays.stream(lines).filter(l -> l.line().sku().equals(sku))
                .map(Line::place).findFirst(), Instant.now());
        orders.insert(placed);
        rollups.refresh(placed.buckets());
    }
}
