package id.tenun.order.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

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
 * Sales views, rankings, the business record, dormant groups and exports, and who may see what: every endpoint's
 * rule for staff, mentors, group members and callers without a token. Orders here are seeded straight into the
 * order documents, dated January 2025 so no other test's orders fall in the range.
 */
class SalesAndAccessIntegrationTests extends OrderServiceIntegrationTestSupport {

    static final Instant JAN_15 = Instant.parse("2025-01-15T03:00:00Z");

    @Autowired
    SalesRollups rollups;

    static String groupA;

    static String groupB;

    static String orderOfA;

    @BeforeEach
    void seed() {
        if (groupA != null) {
            return;
        }
        groupA = unique("grp-a");
        groupB = unique("grp-b");
        catalogKnows(group(groupA, "53.07.03.2005", Programme.OVOP),
                product(unique("prd"), groupA, unique("SKU-A"), "53.07.03.2005", true));
        catalogKnows(group(groupB, "53.10.01.2001", Programme.OSOP),
                product(unique("prd"), groupB, unique("SKU-B"), "53.10.01.2001", false));
        ProductPlace sarung = new ProductPlace("prd-sarung-" + groupA, "Sarung", groupA, "53.07.03.2005", "53.07.03",
                "53.07", "53", "OVOP", true);
        ProductPlace madu = new ProductPlace("prd-madu-" + groupB, "Madu", groupB, "53.10.01.2001", "53.10.01",
                "53.10", "53", "OSOP", false);
        orderOfA = seed("shopee", sarung, JAN_15, OrderStatus.COMPLETED, 2, 150_000).id();
        seed("tokopedia", sarung, JAN_15.plus(1, ChronoUnit.DAYS), OrderStatus.CANCELLED, 1, 150_000);
        seed("lazada", madu, JAN_15, OrderStatus.PAID, 3, 40_000);
        seed("shopee", sarung, Instant.now().minus(40, ChronoUnit.DAYS), OrderStatus.RETURNED, 1, 150_000);
    }

    private Order seed(String channel, ProductPlace place, Instant at, OrderStatus status, int quantity, long price) {
        NewOrder order = new NewOrder(channel, "shop", unique("ext"), status, status.name(), at, at,
                List.of(OrderLine.of("1", "SKU-" + place.productId(), quantity, price)), null, null, null, "test");
        Order placed = Order.place(order, sku -> Optional.of(place), Instant.now());
        orders.insert(placed);
        rollups.refresh(placed.buckets());
        return placed;
    }

    @Test
    void staffSeeTotalsAndSeriesAtEveryLevel() {
        http.get().uri("/api/sales?by=regency&period=day&from=2025-01-01&to=2025-01-31&series=false")
                .header("Authorization", staff()).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.items[0].key").isEqualTo("53.07")
                .jsonPath("$.items[0].orders").isEqualTo(2)
                .jsonPath("$.items[0].grossRupiah").isEqualTo(450_000)
                .jsonPath("$.items[0].netRupiah").isEqualTo(300_000)
                .jsonPath("$.items[0].cancelled").isEqualTo(1)
                .jsonPath("$.items[0].processedSharePerMille").isEqualTo(1000)
                .jsonPath("$.items[1].key").isEqualTo("53.10")
                .jsonPath("$.items[1].netRupiah").isEqualTo(120_000)
                .jsonPath("$.totals.orders").isEqualTo(3)
                .jsonPath("$.totals.netRupiah").isEqualTo(420_000);

        http.get().uri("/api/sales?by=group&period=day&from=2025-01-01&to=2025-01-31&groupId=" + groupA)
                .header("Authorization", staff()).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.items[0].period").isEqualTo("2025-01-15")
                .jsonPath("$.items[1].period").isEqualTo("2025-01-16");

        http.get().uri("/api/sales?by=channel&period=month&from=2025-01-01&to=2025-01-31&series=false")
                .header("Authorization", staff()).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(3);

        http.get().uri("/api/sales/top?by=village&from=2025-01-01&to=2025-01-31")
                .header("Authorization", staff()).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].key").isEqualTo("53.07.03.2005")
                .jsonPath("$.items[1].key").isEqualTo("53.10.01.2001");
    }

    @Test
    void aRebuildGivesTheSameNumbers() {
        String uri = "/api/sales?by=group&period=day&from=2025-01-01&to=2025-01-31";
        byte[] before = http.get().uri(uri).header("Authorization", staff()).exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();

        http.post().uri("/api/sales/rebuild").header("Authorization", staff()).exchange().expectStatus().isOk();

        byte[] after = http.get().uri(uri).header("Authorization", staff()).exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();
        assertThat(new String(after)).isEqualTo(new String(before));
        http.post().uri("/api/sales/rebuild").header("Authorization", "Bearer " + TestTokens.mentor(groupA))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void mentorsAndMembersSeeOnlyTheirGroups() {
        http.get().uri("/api/sales?by=regency&period=month&from=2025-01-01&to=2025-01-31&series=false")
                .header("Authorization", "Bearer " + TestTokens.mentor(groupB)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1).jsonPath("$.items[0].key").isEqualTo("53.10");
        http.get().uri("/api/sales?by=group&groupId=" + groupA)
                .header("Authorization", "Bearer " + TestTokens.groupMember(groupB)).exchange().expectStatus()
                .isNotFound().expectBody().jsonPath("$.status").isEqualTo(404);
        http.get().uri("/api/sales/top?by=product&groupId=" + groupA)
                .header("Authorization", "Bearer " + TestTokens.mentor(groupB)).exchange().expectStatus().isNotFound();
        http.get().uri("/api/sales").exchange().expectStatus().isUnauthorized();

        http.get().uri("/api/orders?from=2025-01-01&to=2025-01-31")
                .header("Authorization", "Bearer " + TestTokens.groupMember(groupA)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(2).jsonPath("$.items[0].groupIds[0]").isEqualTo(groupA);
        http.get().uri("/api/orders?groupId=" + groupA)
                .header("Authorization", "Bearer " + TestTokens.groupMember(groupB)).exchange().expectStatus()
                .isNotFound();
        http.get().uri("/api/orders").exchange().expectStatus().isUnauthorized();
        http.get().uri("/api/orders?from=2025-01-01&to=2025-01-31").header("Authorization", staff()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(3);

        http.get().uri("/api/orders/{id}", orderOfA).header("Authorization", "Bearer " + TestTokens.mentor(groupA))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("completed")
                .jsonPath("$.lines[0].regencyCode").isEqualTo("53.07");
        http.get().uri("/api/orders/{id}", orderOfA).header("Authorization", "Bearer " + TestTokens.groupMember(groupB))
                .exchange().expectStatus().isNotFound();
        http.get().uri("/api/orders/{id}", "shopee-nope").header("Authorization", staff()).exchange().expectStatus()
                .isNotFound();

        http.get().uri("/api/orders/waiting-for-sku").header("Authorization", staff()).exchange().expectStatus().isOk();
        http.get().uri("/api/orders/waiting-for-sku").header("Authorization", "Bearer " + TestTokens.mentor(groupA))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void aGroupShowsItsTwelveMonthBusinessRecord() {
        String lastSaleMonth = YearMonth.from(LocalDate.now(Order.WITA).minusDays(40)).toString();
        var body = http.get().uri("/api/groups/{g}/business-record", groupA)
                .header("Authorization", "Bearer " + TestTokens.groupMember(groupA)).exchange().expectStatus().isOk()
                .expectBody();
        body.jsonPath("$.months.length()").isEqualTo(12)
                .jsonPath("$.months[?(@.month == '" + lastSaleMonth + "')].returned").isEqualTo(List.of(1))
                .jsonPath("$.months[?(@.month == '" + lastSaleMonth + "')].grossRupiah").isEqualTo(List.of(150_000));
        http.get().uri("/api/groups/{g}/business-record", groupA)
                .header("Authorization", "Bearer " + TestTokens.groupMember(groupB)).exchange().expectStatus()
                .isNotFound();
        http.get().uri("/api/groups/{g}/business-record?months=99", groupA).header("Authorization", staff())
                .exchange().expectStatus().isBadRequest();
    }

    @Test
    void groupsWithoutARecentSaleNeedAVisit() {
        http.get().uri("/api/groups/dormant?days=30&size=500").header("Authorization", staff()).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.groupId == '" + groupA + "')].lastSaleDay").isNotEmpty()
                .jsonPath("$.items[?(@.groupId == '" + groupB + "')].lastSaleDay").isEqualTo(List.of("2025-01-15"));
        http.get().uri("/api/groups/dormant?days=60").header("Authorization", "Bearer " + TestTokens.mentor(groupA))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);
        http.get().uri("/api/groups/dormant?days=30").header("Authorization", "Bearer " + TestTokens.mentor(groupB))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.items[0].groupId").isEqualTo(groupB);
    }

    @Test
    void exportsOrdersAndSalesAsCsvAndXlsx() {
        String csv = http.get().uri("/api/sales/export?format=csv&by=group&period=month&from=2025-01-01&to=2025-01-31")
                .header("Authorization", staff()).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/csv")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv).startsWith("group,period,orders")
                .contains(groupA + ",2025-01,2,3,450000,2,300000,1,0,300000,1000");

        byte[] xlsx = http.get().uri("/api/sales/export?format=xlsx&by=regency").header("Authorization", staff())
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
        assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");

        String lines = http.get().uri("/api/orders/export?format=csv&from=2025-01-01&to=2025-01-31&groupId=" + groupB)
                .header("Authorization", "Bearer " + TestTokens.mentor(groupB)).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(lines.split("\r\n")).hasSize(2);
        assertThat(lines).contains(",paid,").contains(",53.10,");

        http.get().uri("/api/sales/export?groupId=" + groupA).header("Authorization", "Bearer "
                + TestTokens.groupMember(groupB)).exchange().expectStatus().isNotFound();
        http.get().uri("/api/orders/export?groupId=" + groupA).header("Authorization", "Bearer "
                + TestTokens.groupMember(groupB)).exchange().expectStatus().isNotFound();
    }

    @Test
    void badQuestionsGetAClearProblem() {
        for (String uri : List.of("/api/sales?by=planet", "/api/sales?period=year", "/api/sales/export?format=pdf",
                "/api/orders?size=0", "/api/orders?status=lost", "/api/orders?from=2025-02-01&to=2025-01-01",
                "/api/groups/dormant?days=0", "/api/sales?from=yesterday")) {
            http.get().uri(uri).header("Authorization", staff()).exchange().expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith("application/problem+json");
        }
    }

    private static String staff() {
        return "Bearer " + TestTokens.staff();
    }
}
