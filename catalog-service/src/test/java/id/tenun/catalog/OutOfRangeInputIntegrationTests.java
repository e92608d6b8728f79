package id.tenun.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.tenun.catalog.Api.Reply;
import id.tenun.catalog.product.Products;
import id.tenun.testsupport.TenunIntegrationTest;
import id.tenun.testsupport.TestTokens;

/**
 * Numbers, lists, dates and pages out of their declared type or range answer 400 naming the field and store
 * nothing: no float read as an integer, no number read as a text, no overflowing stock, no unbounded list.
 */
@TenunIntegrationTest
class OutOfRangeInputIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Products products;

    Api api;
    String groupId;

    @BeforeEach
    void group() {
        api = new Api(port);
        groupId = api.post(TestTokens.staff(), "/api/groups", Fixtures.group("Kelompok Batas")).id();
    }

    @Test
    void refusesAFloatForAnInteger() {
        refusedProduct("weightGrams", 1.5, "weightGrams");
        refusedProduct("variants", List.of(variant(Map.of("warna", "merah"), 12.5)), "variants[0].priceRupiah");
    }

    /** Every whole number of both product bodies (create and change), given a float: 400 naming it, nothing stored. */
    @ParameterizedTest
    @ValueSource(strings = {"weightGrams", "minimumOrder", "dimensions.lengthCm", "dimensions.widthCm",
            "dimensions.heightCm", "variants[0].priceRupiah", "variants[0].stock"})
    void refusesAFloatInEveryWholeNumberOfAProductBody(String field) {
        Map<String, Object> body = withValue(Fixtures.sarung(groupId), field, 12.5);
        refusedProduct(body, field);

        String productId = api.post(TestTokens.staff(), "/api/products", Fixtures.sarung(groupId)).id();
        body = withValue(Fixtures.sarung(groupId), field, 12.5);
        assertRefused(api.put(TestTokens.staff(), "/api/products/" + productId, body, "\"1\""), field);
        assertThat(products.byId(productId).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void refusesANumberForATextAndATextForANumber() {
        refusedProduct("name", 123, "name");
        refusedProduct("weightGrams", "12", "weightGrams");
    }

    @Test
    void refusesAStockDeltaThatIsAFloatOrOutOfRangeAndChangesNothing() {
        Reply created = api.post(TestTokens.staff(), "/api/products", Fixtures.sarung(groupId));
        String productId = created.id();
        String sku = created.json().path("variants").get(0).path("sku").asString();
        String adjustments = "/api/products/" + productId + "/stock-adjustments";

        for (Object delta : List.<Object>of(Long.MIN_VALUE, Long.MAX_VALUE, -1_000_001, 1_000_001, 1.5, "3")) {
            Reply reply = api.post(TestTokens.staff(), adjustments, Map.of("sku", sku, "delta", delta,
                    "reason", "coba"));
            assertRefused(reply, "delta");
        }
        assertThat(products.byId(productId).orElseThrow().stockOf(sku)).isEqualTo(5);
        assertThat(products.byId(productId).orElseThrow().version()).isEqualTo(1);
        assertThat(api.get(TestTokens.staff(), "/api/products/" + productId + "/stock-movements").json()
                .path("total").asInt()).isEqualTo(1);
    }

    @Test
    void refusesHugeLists() {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < 5000; i++) {
            attributes.put("a" + i, "v");
        }
        Map<String, Object> body = Fixtures.sarung(groupId);
        body.put("variants", List.of(Fixtures.variant(attributes, 1000, 1)));
        refusedProduct(body, "variants[0].attributes");
        body = Fixtures.sarung(groupId);
        body.put("certifications", Collections.nCopies(5000, Fixtures.halal()));
        refusedProduct(body, "certifications");
        body = Fixtures.sarung(groupId);
        body.put("channels", Collections.nCopies(5000, "shopee"));
        refusedProduct(body, "channels");
    }

    @Test
    void refusesACertificateExpiringInYear99999() {
        Map<String, Object> body = Fixtures.kopi(groupId, false);
        body.put("certifications", List.of(Fixtures.pirt("+99999-12-31"), Fixtures.halal()));
        refusedProduct(body, "certifications[0].expiresOn");
    }

    @Test
    void refusesAPageFarPastAnyListOnEveryList() {
        String productId = api.post(TestTokens.staff(), "/api/products", Fixtures.sarung(groupId)).id();
        for (String list : List.of("/api/products?groupId=" + groupId + "&", "/api/groups?",
                "/api/products/" + productId + "/stock-movements?")) {
            assertRefused(api.get(TestTokens.staff(), list + "page=2147483647"), "page");
            assertRefused(api.get(TestTokens.staff(), list + "page=-1"), "page");
            assertRefused(api.get(TestTokens.staff(), list + "size=2147483647"), "size");
            Reply last = api.get(TestTokens.staff(), list + "page=100000&size=200");
            assertThat(last.status()).as(last.toString()).isEqualTo(200);
            assertThat(last.json().path("items").isEmpty()).isTrue();
        }
    }

    /** The body with {@code value} at {@code path} ({@code a.b} or {@code a[0].b}), its maps and lists copied. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withValue(Map<String, Object> body, String path, Object value) {
        String[] steps = path.replace("[0]", "").split("\\.");
        Map<String, Object> at = body;
        for (int i = 0; i < steps.length - 1; i++) {
            Object next = at.get(steps[i]);
            Map<String, Object> copy = new HashMap<>(next instanceof List<?> list
                    ? (Map<String, Object>) list.get(0)
                    : (Map<String, Object>) next);
            at.put(steps[i], next instanceof List<?> ? List.of(copy) : copy);
            at = copy;
        }
        at.put(steps[steps.length - 1], value);
        return body;
    }

    private static Map<String, Object> variant(Map<String, String> attributes, Object price) {
        Map<String, Object> variant = Fixtures.variant(attributes, 0, 1);
        variant.put("priceRupiah", price);
        return variant;
    }

    private void refusedProduct(String key, Object value, String field) {
        Map<String, Object> body = Fixtures.sarung(groupId);
        body.put(key, value);
        refusedProduct(body, field);
    }

    private void refusedProduct(Map<String, Object> body, String field) {
        assertRefused(api.post(TestTokens.staff(), "/api/products", body), field);
        assertThat(api.get(TestTokens.staff(), "/api/products?groupId=" + groupId).json().path("total").asInt())
                .isZero();
    }

    private static void assertRefused(Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.headers().getContentType().toString()).contains("problem+json");
        assertThat(reply.json().path("errors").get(0).path("field").asString()).as(reply.toString())
                .isEqualTo(field);
    }
}
