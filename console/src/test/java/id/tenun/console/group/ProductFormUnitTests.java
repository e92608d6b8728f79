package id.tenun.console.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.tenun.console.services.CatalogAnswers.Dimensions;
import id.tenun.console.services.CatalogAnswers.Product;
import id.tenun.console.services.CatalogAnswers.ProductDetails;
import id.tenun.console.services.CatalogAnswers.Variant;
import id.tenun.console.services.CatalogAnswers.VariantInput;

/** The product form's variant rows: one product in one form, or in named sizes, each with its price and stock. */
class ProductFormUnitTests {

    @Test
    void aProductInOneFormNeedsNoVariantName() {
        ProductForm form = typed(List.of("", "", "", ""), List.of("85.000", "", "", ""), List.of("20", "", "", ""));

        assertThat(form.problems(true)).isEmpty();
        assertThat(form.details("grp-1", null).variants())
                .containsExactly(new VariantInput(null, Map.of(), 85_000L, 20L));
    }

    @Test
    void sendsEveryNamedRowAsAVariantWithItsOwnPriceAndStock() {
        ProductForm form = typed(List.of("250 g", "500 g", "", ""), List.of("45000", "Rp 85.000", "", ""),
                List.of("10", "4", "", ""));

        assertThat(form.problems(true)).isEmpty();
        assertThat(form.variantCount()).isEqualTo(2);
        assertThat(form.details("grp-1", null).variants()).containsExactly(
                new VariantInput(null, Map.of("varian", "250 g"), 45_000L, 10L),
                new VariantInput(null, Map.of("varian", "500 g"), 85_000L, 4L));
    }

    @Test
    void severalVariantsNeedANameEachAndDifferentOnes() {
        assertThat(typed(List.of("250 g", "", "", ""), List.of("45000", "85000", "", ""), List.of("1", "1", "", ""))
                .problems(true)).containsEntry("variantName", "product.error.variantName.missing");
        assertThat(typed(List.of("250 g", "250 G", "", ""), List.of("45000", "85000", "", ""),
                List.of("1", "1", "", "")).problems(true))
                .containsEntry("variantName", "product.error.variantName.twice");
        assertThat(typed(List.of("250 g", "500 g", "", ""), List.of("45000", "12,5", "", ""),
                List.of("1", "1", "", "")).problems(true)).containsEntry("price", "product.error.price");
        assertThat(typed(List.of("250 g", "500 g", "", ""), List.of("45000", "85000", "", ""),
                List.of("1", "", "", "")).problems(true)).containsEntry("stock", "product.error.stock");
    }

    @Test
    void anEditKeepsEachStoredVariantsSkuAndAttributesAndAddsNewRowsWithoutStock() {
        Product stored = product(new Variant("TNN-1", Map.of("ukuran", "250 g"), 45_000, 7, 0),
                new Variant("TNN-2", Map.of("ukuran", "500 g"), 85_000, 3, 0));
        ProductForm shown = ProductForm.of(stored);
        assertThat(shown.variantName()).startsWith("250 g", "500 g", "", "");
        assertThat(shown.price()).hasSize(4);

        List<String> names = List.of("250 g", "setengah kilo", "1 kg", "");
        List<String> prices = List.of("46000", "85000", "160000", "");
        ProductForm edited = new ProductForm(shown.name(), shown.categoryCode(), "", "", shown.variantSku(), names,
                prices, null, "300", "10", "10", "10", null, null, null, null, "", stored.version());

        assertThat(edited.problems(false)).isEmpty();
        List<VariantInput> variants = edited.details("grp-1", stored).variants();
        assertThat(variants).containsExactly(new VariantInput("TNN-1", Map.of("ukuran", "250 g"), 46_000L, null),
                new VariantInput("TNN-2", Map.of("varian", "setengah kilo"), 85_000L, null),
                new VariantInput(null, Map.of("varian", "1 kg"), 160_000L, null));
    }

    @Test
    void neverDropsAStoredVariantTheFormDidNotShow() {
        Product stored = product(new Variant("TNN-1", Map.of(), 45_000, 7, 0),
                new Variant("TNN-2", Map.of("varian", "besar"), 85_000, 3, 0));
        ProductForm olderDraft = new ProductForm("Kopi", "kopi", "", "", List.of("TNN-1"), List.of(""),
                List.of("47000"), null, "300", "10", "10", "10", null, null, null, null, "", 1L);

        ProductDetails details = olderDraft.details("grp-1", stored);

        assertThat(details.variants()).extracting(VariantInput::sku).containsExactly("TNN-1", "TNN-2");
        assertThat(details.variants().get(1).priceRupiah()).isEqualTo(85_000L);
    }

    @Test
    void keepsItsRowCountWhenItComesBackWithAnError() {
        ProductForm shown = ProductForm.of(product(new Variant("TNN-1", Map.of(), 45_000, 7, 0)));
        ProductForm back = new ProductForm("", "", "", "", shown.variantSku(), shown.variantName(), shown.price(),
                null, "", "", "", "", null, null, null, null, "", 1L);

        assertThat(back.price()).hasSameSizeAs(shown.price());
    }

    private static ProductForm typed(List<String> names, List<String> prices, List<String> stocks) {
        return new ProductForm("Kopi Arabika Bajawa", "kopi", "", "", null, names, prices, stocks, "300", "10", "10",
                "10", null, null, null, null, "http://foto/large.jpg", null);
    }

    private static Product product(Variant... variants) {
        return new Product("prd-1", "grp-1", 3L, "Kopi Arabika Bajawa", "", "kopi", List.of(), true, null, 300,
                new Dimensions(10, 10, 10), List.of(), 1, "NEW", List.of(variants), List.of(), true, List.of(), false,
                null, null);
    }
}
