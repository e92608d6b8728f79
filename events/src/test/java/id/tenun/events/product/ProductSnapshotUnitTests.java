package id.tenun.events.product;

import static id.tenun.events.Records.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.tenun.events.Examples;
import id.tenun.events.LocalizedText;
import id.tenun.events.product.ProductSnapshot.Dimensions;
import id.tenun.events.product.ProductSnapshot.UnpublishableReason;
import id.tenun.events.product.ProductSnapshot.Variant;

class ProductSnapshotUnitTests {

    private final ProductSnapshot product = Examples.keripikPisang();

    @Test
    void refusesAProductWithoutItsIds() {
        assertThatIllegalArgumentException().isThrownBy(() -> with(product, "productId", " "))
                .withMessage("ProductSnapshot.productId is required and must not be blank, was ' '");
        assertThatIllegalArgumentException().isThrownBy(() -> with(product, "groupId", null))
                .withMessage("ProductSnapshot.groupId is required and must not be blank, was null");
    }

    @Test
    void refusesAVersionBelowOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> with(product, "version", 0L))
                .withMessage("ProductSnapshot.version must be greater than 0, was 0");
    }

    @Test
    void refusesANegativePriceOrStockButAllowsAnUnpricedVariant() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Variant("SKA-1", Map.of(), -1, 0))
                .withMessage("Variant.priceRupiah must not be negative, was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> new Variant("SKA-1", Map.of(), 1000, -3))
                .withMessage("Variant.stock must not be negative, was -3");
        assertThat(new Variant("SKA-1", null, 0, 0).attributes()).isEmpty();
    }

    @Test
    void refusesASkuThatWouldBreakAKafkaKey() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Variant("SKA:1", Map.of(), 1000, 1))
                .withMessage("Variant.sku must not contain ':', was 'SKA:1'");
    }

    @Test
    void refusesAParcelWithoutWeightOrSize() {
        assertThatIllegalArgumentException().isThrownBy(() -> with(product, "weightGrams", 0L))
                .withMessage("ProductSnapshot.weightGrams must be greater than 0, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new Dimensions(20, 0, 6))
                .withMessage("Dimensions.widthCm must be greater than 0, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> with(product, "dimensions", null))
                .withMessage("ProductSnapshot.dimensions is required");
    }

    @Test
    void refusesTheSameSkuTwice() {
        List<Variant> twice = List.of(new Variant("NTA-KRP-ORI-250", Map.of(), 18_000, 1),
                new Variant("NTA-KRP-ORI-250", Map.of("rasa", "pedas"), 19_000, 1));

        assertThatIllegalArgumentException().isThrownBy(() -> with(product, "variants", twice))
                .withMessage("ProductSnapshot.variants has SKU 'NTA-KRP-ORI-250' more than once");
    }

    @Test
    void saysWhyWheneverAProductIsNotPublishableAndOnlyThen() {
        List<UnpublishableReason> reasons = product.unpublishableReasons();

        assertThatIllegalArgumentException().isThrownBy(() -> with(product, "publishable", false,
                "unpublishableReasons", List.of()))
                .withMessage("ProductSnapshot.unpublishableReasons must say why the product is not publishable");
        assertThatIllegalArgumentException().isThrownBy(() -> with(product, "publishable", true))
                .withMessageStartingWith(
                        "ProductSnapshot.unpublishableReasons must be empty when the product is publishable");
        assertThat(with(product, "publishable", true, "unpublishableReasons", null).unpublishableReasons()).isEmpty();
        assertThat(reasons).extracting(UnpublishableReason::code).containsExactly("IMAGES_TOO_FEW");
    }

    @Test
    void refusesAReasonWithoutBothLanguages() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LocalizedText("Harga belum diisi.", ""))
                .withMessage("LocalizedText.en is required and must not be blank, was ''");
        assertThatIllegalArgumentException().isThrownBy(() -> new UnpublishableReason("PRICE_MISSING", null))
                .withMessage("UnpublishableReason.message is required");
    }

    @Test
    void refusesAVillageCodeThatIsNotAKemendagriVillageCode() {
        assertThatIllegalArgumentException().isThrownBy(() -> with(product, "villageCode", "53.07.04"))
                .withMessage("ProductSnapshot.villageCode must be a Kemendagri area code like '53.07.03.2005', "
                        + "was '53.07.04'");
        assertThatIllegalArgumentException().isThrownBy(() -> with(product, "villageCode", "5307042001"))
                .withMessageContaining("was '5307042001'");
    }

    @Test
    void refusesAnImageThatIsNotAnAbsoluteHttpUrl() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> with(product, "imageUrls", List.of("https://img.tenun.id/a.jpg", "foto/keripik.jpg")))
                .withMessage("ProductSnapshot.imageUrls[1] must be an absolute http(s) URL, was 'foto/keripik.jpg'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> with(product, "imageUrls", List.of("file:///etc/passwd")))
                .withMessageContaining("imageUrls[0]");
    }

    @Test
    void refusesAMarketplaceCategoryUnderSomethingThatIsNotAChannelId() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> with(product, "marketplaceCategories", Map.of("Shopee", "100629")))
                .withMessageStartingWith("ProductSnapshot.marketplaceCategories key must be a channel id");
    }

    @Test
    void refusesANullElementNamingItsPlace() {
        List<String> images = new ArrayList<>();
        images.add("https://img.tenun.id/a.jpg");
        images.add(null);

        assertThatIllegalArgumentException().isThrownBy(() -> with(product, "imageUrls", images))
                .withMessage("ProductSnapshot.imageUrls[1] must not be null");
    }

    @Test
    void cannotBeChangedThroughTheCollectionsItWasGiven() {
        List<String> images = new ArrayList<>(List.of("https://img.tenun.id/a.jpg"));
        Map<String, String> categories = new HashMap<>(Map.of("shopee", "100629"));
        ProductSnapshot copy = with(product, "imageUrls", images, "marketplaceCategories", categories);

        images.add("https://img.tenun.id/b.jpg");
        categories.put("lazada", "1");

        assertThat(copy.imageUrls()).containsExactly("https://img.tenun.id/a.jpg");
        assertThat(copy.marketplaceCategories()).containsOnlyKeys("shopee");
        assertThatThrownBy(() -> copy.variants().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void findsAVariantBySku() {
        assertThat(product.variant("NTA-KRP-BLD-250").priceRupiah()).isEqualTo(20_000);
        assertThat(product.variant("NTA-KRP-XXX")).isNull();
    }

    @Test
    void givesTheSameEventIdToTheSameVersionAndAnotherToTheNext() {
        ProductChanged first = ProductChanged.of(product);

        assertThat(ProductChanged.of(Examples.keripikPisang())).isEqualTo(first);
        assertThat(ProductChanged.of(with(product, "version", 5L)).eventId()).isNotEqualTo(first.eventId());
        assertThat(first.occurredAt()).isEqualTo(product.updatedAt());
        assertThat(first.schemaVersion()).isEqualTo(ProductChanged.SCHEMA_VERSION);
        assertThat(first.version()).isEqualTo(4);
        assertThat(first.productId()).isEqualTo("prd-01HV3KERIPIK");
    }

    @Test
    void refusesAnEventWithoutItsHeader() {
        ProductChanged event = ProductChanged.of(product);

        assertThatIllegalArgumentException().isThrownBy(() -> with(event, "eventId", null))
                .withMessage("ProductChanged.eventId is required");
        assertThatIllegalArgumentException().isThrownBy(() -> with(event, "occurredAt", null))
                .withMessage("ProductChanged.occurredAt is required");
        assertThatIllegalArgumentException().isThrownBy(() -> with(event, "schemaVersion", 0))
                .withMessage("ProductChanged.schemaVersion must be 1 or more, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> with(event, "product", null))
                .withMessage("ProductChanged.product is required");
    }

}
