package id.tenun.catalog.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import id.tenun.catalog.Api;
import id.tenun.catalog.Api.Reply;
import id.tenun.catalog.Published;
import id.tenun.catalog.area.Areas;
import id.tenun.catalog.area.Place.Area;
import id.tenun.testsupport.TenunIntegrationTest;
import id.tenun.testsupport.TestTokens;

/** The demo data the local stack asks for: seeded on start through the catalog's own commands, once. */
@TenunIntegrationTest
@TestPropertySource(properties = {"tenun.catalog.demo.seed=true",
        "tenun.catalog.demo.photos-url=" + DemoDataIntegrationTests.PHOTOS,
        "tenun.catalog.images.trusted-host=127.0.0.1:8090"})
class DemoDataIntegrationTests {

    static final String PHOTOS = "http://127.0.0.1:8090/sandbox/images/";

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    Areas areas;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void seedsGroupsOfEveryProgrammeInEachOfTheTwentyTwoRegenciesAndCitiesOfNtt() {
        List<JsonNode> groups = all("/api/groups");

        Set<String> ntt = new HashSet<>(areas.regenciesOf("53").stream().map(Area::code).toList());
        assertThat(ntt).hasSize(22);
        Set<String> regencies = new HashSet<>();
        Set<String> programmes = new HashSet<>();
        for (JsonNode group : groups) {
            String village = group.path("villageCode").asString();
            assertThat(areas.place(village)).as(group.path("name").asString() + " in " + village).isPresent();
            assertThat(areas.place(village).get().regency().code()).isEqualTo(group.path("regencyCode").asString());
            assertThat(group.path("contactPhone").asString()).startsWith("08");
            regencies.add(group.path("regencyCode").asString());
            programmes.add(group.path("programme").asString() + ":" + group.path("kind").asString());
        }
        assertThat(groups).hasSizeBetween(25, 35);
        assertThat(regencies).isEqualTo(ntt);
        assertThat(programmes).contains("OVOP:BUMDES", "OVOP:COMMUNITY", "OCOP:COOPERATIVE", "OCOP:COMMUNITY",
                "OSOP:SCHOOL", "OSOP:CLASS", "OSOP:SLB");
        assertThat(groups).extracting(g -> g.path("name").asString())
                .contains("Kelompok Tenun Ikat Lepo Lorun", "BUMDes Kopi Arabika Flores Bajawa",
                        "Koperasi Kopi Manggarai", "Kelompok Madu Hutan Sumba", "Kelompok Kelor Kupang");

        Reply counts = api.get(TestTokens.staff(), "/api/groups/counts");
        assertThat(counts.status()).as(counts.toString()).isEqualTo(200);
        Set<String> counted = new HashSet<>();
        counts.json().forEach(row -> counted.add(row.path("regencyCode").asString()));
        assertThat(counted).isEqualTo(ntt);

        String lepoLorun = groups.stream()
                .filter(g -> g.path("name").asString().equals("Kelompok Tenun Ikat Lepo Lorun"))
                .findFirst().orElseThrow().path("id").asString();
        assertThat(Published.onTestBroker().group(lepoLorun, 1).group().regencyCode()).isEqualTo("53.07");
    }

    @Test
    void seedsThePromisedProcessedProductsWithTheCertificationsTheirCategoriesNeed() {
        assertThat(names("tekstil.tenun-ikat", "tekstil.sarung-selendang")).anyMatch(n -> n.contains("Sikka"))
                .anyMatch(n -> n.contains("Sumba"));
        assertThat(names("pangan.kopi")).anyMatch(n -> n.contains("Manggarai")).anyMatch(n -> n.contains("Bajawa"));
        assertThat(names("pangan.madu")).isNotEmpty();
        assertThat(names("pangan.kelor")).anyMatch(n -> n.contains("Kelor"));
        assertThat(names("pangan.sorgum")).anyMatch(n -> n.contains("Sorgum"));
        assertThat(names("pangan.garam")).anyMatch(n -> n.contains("Kupang"));

        List<JsonNode> products = all("/api/products");
        assertThat(products.size()).isGreaterThanOrEqualTo(2 * all("/api/groups").size());
        List<String> drafts = new ArrayList<>();
        List<String> expired = new ArrayList<>();
        for (JsonNode product : products) {
            String name = product.path("name").asString();
            assertThat(name.length()).as(name).isLessThanOrEqualTo(70);
            assertThat(product.path("processed").asBoolean()).as(name).isTrue();
            assertThat(product.path("rawMaterial").asString()).as(name).isNotBlank();
            assertThat(product.path("updatedBy").asString()).isEqualTo(DemoData.SUBJECT);
            product.path("variants").forEach(v -> assertThat(v.path("priceRupiah").asLong()).as(name).isPositive());
            Set<String> reasons = new HashSet<>();
            product.path("unpublishableReasons").forEach(r -> reasons.add(r.path("code").asString()));
            assertThat(product.path("imageUrls")).as(name).hasSize(1);
            assertThat(product.path("imageUrls").path(0).asString()).as(name).startsWith(PHOTOS).endsWith(".png")
                    .doesNotContain("--");
            if (product.path("channels").isEmpty()) {
                drafts.add(name);
            } else {
                assertThat(reasons).as(name).doesNotContain("CERTIFICATION_MISSING", "IMAGES_MISSING");
            }
            if (reasons.contains("CERTIFICATION_EXPIRED")) {
                expired.add(name);
            }
        }
        assertThat(drafts).hasSizeGreaterThanOrEqualTo(2);
        assertThat(products).filteredOn(p -> p.path("publishable").asBoolean()).as("publishable")
                .hasSizeGreaterThanOrEqualTo(products.size() - drafts.size() - expired.size());
        assertThat(expired).hasSizeGreaterThanOrEqualTo(2);
        assertThat(products).filteredOn(p -> p.path("categoryCode").asString().equals("pangan.kopi"))
                .allSatisfy(p -> assertThat(p.path("certifications").toString()).contains("P-IRT"));
    }

    @Test
    void seedingAgainAddsNothing() {
        long groups = api.get(TestTokens.staff(), "/api/groups?size=1").json().path("total").asLong();
        long products = api.get(TestTokens.staff(), "/api/products?size=1").json().path("total").asLong();

        DemoData.Seeded again = demoData.seed();

        assertThat(again).isEqualTo(DemoData.Seeded.NOTHING);
        assertThat(api.get(TestTokens.staff(), "/api/groups?size=1").json().path("total").asLong()).isEqualTo(groups);
        assertThat(api.get(TestTokens.staff(), "/api/products?size=1").json().path("total").asLong())
                .isEqualTo(products);
        assertThat(groups).isPositive();
    }

    private List<String> names(String... categories) {
        List<String> names = new ArrayList<>();
        for (String category : categories) {
            all("/api/products?category=" + category).forEach(p -> names.add(p.path("name").asString()));
        }
        return names;
    }

    /** Every item of a paged list, as staff sees it. */
    private List<JsonNode> all(String path) {
        List<JsonNode> items = new ArrayList<>();
        String join = path.contains("?") ? "&" : "?";
        for (int page = 0;; page++) {
            Reply reply = api.get(TestTokens.staff(), path + join + "size=200&page=" + page);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            reply.json().path("items").forEach(items::add);
            if (items.size() >= reply.json().path("total").asLong() || reply.json().path("items").isEmpty()) {
                return items;
            }
        }
    }
}
