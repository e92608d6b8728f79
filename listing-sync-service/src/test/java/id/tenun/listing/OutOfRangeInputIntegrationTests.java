package id.tenun.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;

import id.tenun.listing.connection.Connection;
import id.tenun.testsupport.SandboxServer;
import id.tenun.testsupport.TestTokens;

/**
 * Numbers, lists, dates and pages out of their declared type or range answer 400 naming the field and change
 * nothing: no rule that would overflow when applied, no float read as an integer, no token expiring in year 10^9,
 * no page that overflows.
 */
class OutOfRangeInputIntegrationTests extends ListingSyncIntegrationTestSupport {

    private static final String STAFF = "Bearer " + TestTokens.staff();

    @Autowired
    MongoTemplate mongo;

    @Test
    void refusesARuleThatWouldOverflowAndKeepsTheConnectionAsItWas() {
        http.put().uri("/api/groups/grp-range/connections/shopee").header("Authorization", STAFF)
                .contentType(MediaType.APPLICATION_JSON)
                .body(SandboxServer.connectionBody("shopee", 1, "\"price\":{\"fixedRupiah\":19000}"))
                .exchange().expectStatus().isOk();
        Connection before = mongo.findById("grp-range:shopee", Connection.class);

        refused("grp-range", "\"price\":{\"fixedRupiah\":" + Long.MAX_VALUE + "}", "price.fixedRupiah");
        refused("grp-range", "\"price\":{\"amountRupiah\":" + Long.MIN_VALUE + "}", "price.amountRupiah");
        refused("grp-range", "\"price\":{\"minimumRupiah\":1000000000001}", "price.minimumRupiah");
        refused("grp-range", "\"stock\":{\"maximumShown\":" + Long.MAX_VALUE + "}", "stock.maximumShown");
        refused("grp-range", "\"stock\":{\"bufferUnits\":1.5}", "stock.bufferUnits");
        refused("grp-range", "\"price\":{\"roundTo\":\"500\"}", "price.roundTo");
        refused("grp-range", "\"products\":{\"mode\":\"CHOSEN\",\"productIds\":"
                + Collections.nCopies(5001, "\"prd\"") + "}", "products.productIds");

        Connection after = mongo.findById("grp-range:shopee", Connection.class);
        assertThat(after.rulesVersion()).isEqualTo(before.rulesVersion());
        assertThat(after.price()).isEqualTo(before.price());
        assertThat(after.stock()).isEqualTo(before.stock());
        assertThat(after.updatedAt()).isEqualTo(before.updatedAt());
    }

    /** Every whole number of the connection body, given a float: 400 naming it, no connection stored. */
    @ParameterizedTest
    @ValueSource(strings = {"price.fixedRupiah", "price.amountRupiah", "price.roundTo", "price.minimumRupiah",
            "stock.sharePercent", "stock.bufferUnits", "stock.maximumShown", "stock.zeroBelow"})
    void refusesAFloatInEveryWholeNumberOfAConnection(String field) {
        String[] path = field.split("\\.");
        String groupId = "grp-float-" + path[1].toLowerCase();
        refused(groupId, "\"" + path[0] + "\":{\"" + path[1] + "\":12.5}", field);
        assertThat(mongo.findById(groupId + ":shopee", Connection.class)).isNull();
    }

    @Test
    void refusesATokenExpiryInYear10To9OrBefore2000AndStoresNothing() {
        for (String expiresAt : new String[]{"+1000000000-01-01T00:00:00Z", "1999-12-31T23:59:59Z"}) {
            String body = "{\"shopId\":\"" + SandboxServer.shop("lazada", 1) + "\",\"credentials\":{\"appKey\":\""
                    + SandboxServer.LAZADA_APP_KEY + "\",\"appSecret\":\"" + SandboxServer.LAZADA_APP_SECRET
                    + "\",\"accessToken\":\"t\",\"refreshToken\":\"r\",\"accessTokenExpiresAt\":\"" + expiresAt
                    + "\"}}";
            http.put().uri("/api/groups/grp-expiry/connections/lazada").header("Authorization", STAFF)
                    .contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("credentials.accessTokenExpiresAt");
        }
        assertThat(mongo.findById("grp-expiry:lazada", Connection.class)).isNull();
    }

    @Test
    void refusesAPageFarPastAnyList() {
        for (String query : new String[]{"page=2147483647", "page=-1", "size=2147483647", "size=0", "size=201"}) {
            String parameter = query.substring(0, query.indexOf('='));
            http.get().uri("/api/listings?" + query).header("Authorization", STAFF).exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo(parameter);
        }
        http.get().uri("/api/listings?page=100000&size=200").header("Authorization", STAFF).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items").isEmpty();
    }

    private void refused(String groupId, String extra, String field) {
        http.put().uri("/api/groups/{g}/connections/shopee", groupId).header("Authorization", STAFF)
                .contentType(MediaType.APPLICATION_JSON).body(SandboxServer.connectionBody("shopee", 1, extra))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }
}
