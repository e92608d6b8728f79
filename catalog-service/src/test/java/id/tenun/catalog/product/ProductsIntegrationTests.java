package id.tenun.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import id.tenun.catalog.Api;
import id.tenun.catalog.Api.Reply;
import id.tenun.catalog.Fixtures;
import id.tenun.catalog.Published;
import id.tenun.events.Programme;
import id.tenun.events.product.ProductSnapshot;
import id.tenun.events.product.ProductSnapshot.UnpublishableReason;
import id.tenun.testsupport.TenunIntegrationTest;
import id.tenun.testsupport.TestTokens;

@TenunIntegrationTest
class ProductsIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String groupId;

    @BeforeEach
    void groupOfWeavers() {
        api = new Api(port);
        groupId = api.post(TestTokens.staff(), "/api/groups", Fixtures.group("Kelompok Tenun Lepo Lorun")).id();
    }

    @Test
    void createsAProductWithTenunSkusAndPublishesExactlyItsSnapshot() {
        Reply created = api.post(TestTokens.staff(), "/api/products", Fixtures.sarung(groupId));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.etag()).isEqualTo("\"1\"");
        String sku = created.json().path("variants").get(0).path("sku").asString();
        assertThat(sku).matches("TIK-\\d{6}");
        ProductSnapshot snapshot = Published.onTestBroker().product(created.id(), 1).product();
        assertThat(snapshot.groupId()).isEqualTo(groupId);
        assertThat(snapshot.name()).isEqualTo("Sarung Tenun Ikat Sikka Pewarna Alam");
        assertThat(snapshot.categoryCode()).isEqualTo("tekstil.tenun-ikat");
        assertThat(snapshot.marketplaceCategories()).containsEntry("shopee", "100301")
                .containsEntry("tokopedia", "600301").containsEntry("lazada", "10301");
        assertThat(snapshot.villageCode()).isEqualTo(Fixtures.SIKKA_VILLAGE);
        assertThat(snapshot.programme()).isEqualTo(Programme.OVOP);
        assertThat(snapshot.variants()).singleElement().satisfies(v -> {
            assertThat(v.sku()).isEqualTo(sku);
            assertThat(v.priceRupiah()).isEqualTo(1_250_000);
            assertThat(v.stock()).isEqualTo(5);
        });
        assertThat(snapshot.publishable()).isTrue();
        assertThat(snapshot.processed()).isTrue();
        assertThat(snapshot.rawMaterial()).isEqualTo("benang kapas, mengkudu, tarum");
        assertThat(snapshot.archived()).isFalse();
        assertThat(Published.onTestBroker().products(created.id())).hasSize(1);
    }

    @Test
    void givesEachVariantItsOwnStableSkuPriceAndStock() {
        Reply created = api.post(TestTokens.staff(), "/api/products", Fixtures.kopi(groupId, true));
        JsonNode variants = created.json().path("variants");
        String biji = variants.get(0).path("sku").asString();
        String bubuk = variants.get(1).path("sku").asString();
        assertThat(biji).startsWith("KOP-").isNotEqualTo(bubuk);

        Map<String, Object> body = Fixtures.kopi(groupId, true);
        List<Map<String, Object>> changed = new ArrayList<>();
        changed.add(withSku(Fixtures.variant(Map.of("giling", "biji"), 90_000, 20), biji));
        changed.add(withSku(Fixtures.variant(Map.of("giling", "bubuk"), 80_000, 10), bubuk));
        changed.add(Fixtures.variant(Map.of("giling", "kasar"), 82_000, 4));
        body.put("variants", changed);
        Reply updated = api.put(TestTokens.staff(), "/api/products/" + created.id(), body, created.etag());

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        ProductSnapshot snapshot = Published.onTestBroker().product(created.id(), 2).product();
        assertThat(snapshot.variant(biji).priceRupiah()).isEqualTo(90_000);
        assertThat(snapshot.variant(biji).stock()).isEqualTo(20);
        assertThat(snapshot.variant(bubuk).stock()).isEqualTo(10);
        assertThat(snapshot.variants()).hasSize(3);
        assertThat(snapshot.variants().get(2).sku()).startsWith("KOP-").isNotIn(biji, bubuk);
        assertThat(snapshot.variants().get(2).stock()).isEqualTo(4);
    }

    @Test
    void refusesAStaleOrMissingIfMatchAndChangesNothing() {
        Reply created = api.post(TestTokens.staff(), "/api/products", Fixtures.sarung(groupId));
        Map<String, Object> body = Fixtures.sarung(groupId);
        body.put("name", "Selendang Tenun Ikat Sikka");
        String sku = created.json().path("variants").get(0).path("sku").asString();
        body.put("variants", List.of(withSku(Fixtures.variant(Map.of("warna", "merah mengkudu"), 1_250_000, 5), sku)));
        assertThat(api.put(TestTokens.staff(), "/api/products/" + created.id(), body, "\"1\"").status())
                .isEqualTo(200);

        Reply stale = api.put(TestTokens.staff(), "/api/products/" + created.id(), body, "\"1\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(2);
        assertThat(api.put(TestTokens.staff(), "/api/products/" + created.id(), body, null).status()).isEqualTo(428);
        assertThat(api.get(TestTokens.staff(), "/api/products/" + created.id()).etag()).isEqualTo("\"2\"");
    }

    @Test
    void refusesAProductForSaleWithoutTheCertificationItsCategoryNeeds() {
        Reply refused = api.post(TestTokens.staff(), "/api/products", Fixtures.kopi(groupId, false));

        assertThat(refused.status()).isEqualTo(400);
        JsonNode error = refused.json().path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo("certifications");
        assertThat(error.path("id").asString()).contains("PIRT");
        assertThat(error.path("en").asString()).contains("PIRT");
        assertThat(api.get(TestTokens.staff(), "/api/products?groupId=" + groupId).json().path("total").asInt())
                .isZero();
    }

    @Test
    void refusesAWovenClothForSaleWithoutItsMaterialAndKeepsSuchADraftUnpublishableSayingSo() {
        Map<String, Object> cloth = Fixtures.sarung(groupId);
        cloth.remove("rawMaterial");

        Reply refused = api.post(TestTokens.staff(), "/api/products", cloth);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        JsonNode error = refused.json().path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo("rawMaterial");
        assertThat(error.path("id").asString()).contains("bahan");
        assertThat(error.path("en").asString()).contains("made of");
        cloth.put("channels", List.of());
        Reply draft = api.post(TestTokens.staff(), "/api/products", cloth);
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        ProductSnapshot snapshot = Published.onTestBroker().product(draft.id(), 1).product();
        assertThat(snapshot.unpublishableReasons()).extracting(UnpublishableReason::code)
                .containsExactlyInAnyOrder("NO_CHANNELS", "MATERIAL_MISSING");
        Map<String, Object> carving = Fixtures.sarung(groupId);
        carving.remove("rawMaterial");
        carving.put("categoryCode", "kerajinan.ukiran");
        assertThat(api.post(TestTokens.staff(), "/api/products", carving).status()).as("crafts need none")
                .isEqualTo(201);
    }

    @Test
    void keepsADraftWithoutCertificationUnpublishableAndSaysWhyInBothLanguages() {
        Map<String, Object> draft = Fixtures.kopi(groupId, false);
        draft.put("channels", List.of());
        Reply created = api.post(TestTokens.staff(), "/api/products", draft);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        ProductSnapshot snapshot = Published.onTestBroker().product(created.id(), 1).product();
        assertThat(snapshot.publishable()).isFalse();
        assertThat(snapshot.unpublishableReasons()).extracting(UnpublishableReason::code)
                .containsExactlyInAnyOrder("NO_CHANNELS", "CERTIFICATION_MISSING", "CERTIFICATION_MISSING");
        List<UnpublishableReason> missing = snapshot.unpublishableReasons().stream()
                .filter(r -> r.code().equals("CERTIFICATION_MISSING")).toList();
        assertThat(missing).anySatisfy(r -> {
            assertThat(r.message().id()).contains("wajib").contains("PIRT");
            assertThat(r.message().en()).contains("need").contains("PIRT");
        }).anySatisfy(r -> {
            assertThat(r.message().id()).contains("wajib").contains("Halal");
            assertThat(r.message().en()).contains("need").contains("Halal");
        });
        assertThat(snapshot.marketplaceCategories()).isEmpty();
    }

    @Test
    void makesAProductWithAnExpiredCertificateUnpublishable() {
        Map<String, Object> body = Fixtures.kopi(groupId, false);
        body.put("certifications", List.of(Fixtures.pirt("2020-01-31"), Fixtures.halal()));
        Reply created = api.post(TestTokens.staff(), "/api/products", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        ProductSnapshot snapshot = Published.onTestBroker().product(created.id(), 1).product();
        assertThat(snapshot.publishable()).isFalse();
        assertThat(snapshot.unpublishableReasons()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("CERTIFICATION_EXPIRED");
            assertThat(reason.message().id()).contains("kedaluwarsa");
            assertThat(reason.message().en()).contains("expired");
        });
        assertThat(created.json().path("publishable").asBoolean()).isFalse();
    }

    @Test
    void archivesAndRestoresAProductEachAsANewSnapshot() {
        Reply created = api.post(TestTokens.staff(), "/api/products", Fixtures.sarung(groupId));

        Reply archived = api.delete(TestTokens.staff(), "/api/products/" + created.id());
        assertThat(archived.status()).isEqualTo(200);
        ProductSnapshot gone = Published.onTestBroker().product(created.id(), 2).product();
        assertThat(gone.archived()).isTrue();
        assertThat(gone.publishable()).isFalse();
        assertThat(gone.unpublishableReasons()).extracting(UnpublishableReason::code).containsExactly("ARCHIVED");
        assertThat(api.delete(TestTokens.staff(), "/api/products/" + created.id()).etag()).isEqualTo("\"2\"");

        Reply restored = api.post(TestTokens.staff(), "/api/products/" + created.id() + "/restore", null);
        assertThat(restored.status()).isEqualTo(200);
        ProductSnapshot back = Published.onTestBroker().product(created.id(), 3).product();
        assertThat(back.archived()).isFalse();
        assertThat(back.publishable()).isTrue();
    }

    @Test
    void keepsAHistoryOfWhoChangedWhatAndWhen() {
        Reply created = api.post(TestTokens.staff(), "/api/products", Fixtures.sarung(groupId));
        Map<String, Object> body = Fixtures.sarung(groupId);
        body.put("name", "Sarung Tenun Ikat Sikka Motif Jentiu");
        String sku = created.json().path("variants").get(0).path("sku").asString();
        body.put("variants", List.of(withSku(Fixtures.variant(Map.of("warna", "merah mengkudu"), 1_300_000, 5), sku)));
        api.put(TestTokens.groupMember(groupId), "/api/products/" + created.id(), body, "\"1\"");
        api.delete(TestTokens.admin(), "/api/products/" + created.id());

        JsonNode history = api.get(TestTokens.staff(), "/api/products/" + created.id() + "/history").json();

        assertThat(history.size()).isEqualTo(3);
        assertThat(history.get(0).path("action").asString()).isEqualTo("ARCHIVED");
        assertThat(history.get(0).path("by").asString()).isEqualTo("admin@tenun");
        JsonNode update = history.get(1);
        assertThat(update.path("action").asString()).isEqualTo("UPDATED");
        assertThat(update.path("by").asString()).isEqualTo("member@" + groupId);
        assertThat(update.path("version").asLong()).isEqualTo(2);
        assertThat(update.path("at").asString()).isNotBlank();
        assertThat(update.path("changes").toString()).contains("\"field\":\"name\"").contains("Motif Jentiu")
                .contains("variants[" + sku + "]").contains("1300000");
        assertThat(history.get(2).path("action").asString()).isEqualTo("CREATED");
    }

    @Test
    void showsCertificateAndDimensionChangesInItsHistoryInWordsNotAsJavaObjects() {
        Map<String, Object> body = Fixtures.kopi(groupId, true);
        Reply created = api.post(TestTokens.staff(), "/api/products", body);
        body.put("certifications", List.of(Fixtures.pirt("2030-06-30"), Fixtures.halal()));
        body.put("dimensions", Map.of("lengthCm", 12, "widthCm", 8, "heightCm", 20));
        assertThat(api.put(TestTokens.staff(), "/api/products/" + created.id(), body, "\"1\"").status())
                .isEqualTo(200);

        JsonNode changes = api.get(TestTokens.staff(), "/api/products/" + created.id() + "/history").json().get(0)
                .path("changes");

        JsonNode certifications = field(changes, "certifications");
        assertThat(certifications.path("from").asString()).contains("PIRT no. ").contains("EXP 2099-12-31")
                .contains("; Halal no. ID53100004123 (BPJPH Kementerian Agama RI)");
        assertThat(certifications.path("to").asString()).contains("EXP 2030-06-30");
        assertThat(field(changes, "dimensions").path("to").asString()).isEqualTo("12 × 8 × 20 cm");
        assertThat(changes.toString()).doesNotContain("Certification[").doesNotContain("Dimensions[")
                .doesNotContain("kind=");
    }

    private static JsonNode field(JsonNode changes, String name) {
        for (JsonNode change : changes) {
            if (change.path("field").asString().equals(name)) {
                return change;
            }
        }
        throw new AssertionError("no change of " + name + " in " + changes);
    }

    @Test
    void followsItsGroupWhenTheGroupPausesOrMoves() {
        Reply created = api.post(TestTokens.staff(), "/api/products", Fixtures.sarung(groupId));
        Published.onTestBroker().product(created.id(), 1);
        Map<String, Object> group = Fixtures.group("Kelompok Tenun Lepo Lorun");
        group.put("status", "PAUSED");
        group.put("villageCode", "53.07.04.2003");
        api.put(TestTokens.staff(), "/api/groups/" + groupId, group, null);

        ProductSnapshot snapshot = Published.onTestBroker().product(created.id(), 2).product();
        assertThat(snapshot.villageCode()).isEqualTo("53.07.04.2003");
        assertThat(snapshot.unpublishableReasons()).extracting(UnpublishableReason::code)
                .containsExactly("GROUP_PAUSED");
    }

    @Test
    void servesTheCategoryTreeWithRequirementsAndMarketplaceMapping() {
        JsonNode categories = api.get(TestTokens.groupMember(groupId), "/api/categories").json();
        JsonNode kopi = null;
        for (JsonNode category : categories) {
            if (category.path("code").asString().equals("pangan.kopi")) {
                kopi = category;
            }
        }
        assertThat(kopi).isNotNull();
        assertThat(kopi.path("requirements").toString()).contains("PIRT");
        assertThat(kopi.path("marketplaceCategories").path("shopee").asString()).isNotBlank();
        assertThat(kopi.path("name").path("id").asString()).isEqualTo("Kopi");
    }

    static Map<String, Object> withSku(Map<String, Object> variant, String sku) {
        variant.put("sku", sku);
        return variant;
    }
}
