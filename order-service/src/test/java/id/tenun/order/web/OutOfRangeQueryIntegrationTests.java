package id.tenun.order.web;

import org.junit.jupiter.api.Test;

import id.tenun.order.OrderServiceIntegrationTestSupport;
import id.tenun.testsupport.TestTokens;

/**
 * Pages and dates out of any sane range answer 400 naming the parameter on every list, never a 500 nor the first
 * page again.
 */
class OutOfRangeQueryIntegrationTests extends OrderServiceIntegrationTestSupport {

    @Test
    void refusesAPageFarPastAnyListOnEveryList() {
        for (String list : new String[]{"/api/orders", "/api/orders/waiting-for-sku", "/api/sales",
                "/api/sales/top", "/api/groups/dormant"}) {
            refused(list, "page", "2147483647");
            refused(list, "page", "-1");
            refused(list, "size", "2147483647");
            refused(list, "page", "abc");
        }
    }

    @Test
    void answersAnEmptyPagePastTheEndOfAList() {
        http.get().uri("/api/orders/waiting-for-sku?page=100000&size=500").header("Authorization", staff())
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.items").isEmpty();
        http.get().uri("/api/sales?page=100000&size=500&from=2025-01-01&to=2025-01-31")
                .header("Authorization", staff()).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items").isEmpty();
    }

    @Test
    void refusesDatesOutOfAnySaneRange() {
        for (String list : new String[]{"/api/orders", "/api/orders/export", "/api/sales", "/api/sales/top",
                "/api/sales/export"}) {
            refused(list, "from", "+999999999-01-01");
            refused(list, "to", "+999999999-12-31");
            refused(list, "from", "-999999999-01-01");
            refused(list, "to", "1500-01-01");
        }
    }

    private void refused(String list, String parameter, String value) {
        http.get().uri(list + "?" + parameter + "={value}", value).header("Authorization", staff()).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(parameter);
    }

    private static String staff() {
        return "Bearer " + TestTokens.staff();
    }
}
