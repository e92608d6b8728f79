package id.tenun.catalog.product;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.tenun.catalog.category.Categories;
import id.tenun.catalog.category.Category;
import id.tenun.events.product.ProductSnapshot.CertificationKind;
import id.tenun.support.problems.InvalidInput;
import id.tenun.support.problems.Violations;

/**
 * The rules that product details must meet in the catalog, for a new product and for a change alike: a known leaf
 * category, image addresses that may be fetched, and every certification and the material the category needs before
 * it is sold.
 */
@Component
class ProductRules {

    private final Categories categories;
    private final ImageAddresses images;

    ProductRules(Categories categories, ImageAddresses images) {
        this.categories = categories;
        this.images = images;
    }

    /** The category and the channels that details resolve to. */
    record Resolved(Category category, List<String> channels) {
    }

    /**
     * Adds to {@code v} what is wrong with the details and answers what they resolve to; an unknown category is
     * thrown at once (with what {@code v} holds), as nothing else can be checked without it.
     */
    Resolved check(ProductDetails details, Violations v) {
        Category category = category(details, v);
        List<String> channels = channels(details, category);
        checkImages(details, v);
        checkCertifications(details, category, channels, v);
        checkMaterial(details, category, channels, v);
        return new Resolved(category, channels);
    }

    private Category category(ProductDetails details, Violations v) {
        Category category = categories.leaf(details.categoryCode()).orElse(null);
        if (category == null) {
            v.add("categoryCode", "Kategori " + details.categoryCode() + " tidak ada; lihat GET /api/categories.",
                    "There is no category " + details.categoryCode() + "; see GET /api/categories.");
            throw new InvalidInput(v.all());
        }
        return category;
    }

    private static List<String> channels(ProductDetails details, Category category) {
        if (details.channels() != null) {
            return details.channels();
        }
        return category.marketplaceCategories().keySet().stream().sorted().toList();
    }

    private void checkImages(ProductDetails details, Violations v) {
        for (int i = 0; i < details.imageUrls().size(); i++) {
            images.check(details.imageUrls().get(i), "imageUrls[" + i + "]")
                    .ifPresent(bad -> v.add(bad.field(), bad.id(), bad.en()));
        }
    }

    /** A product to be listed must hold every certification its category needs; a draft need not yet. */
    private static void checkCertifications(ProductDetails details, Category category, List<String> channels,
            Violations v) {
        if (channels.isEmpty()) {
            return;
        }
        for (Set<CertificationKind> requirement : Publishability.missing(category, details.certifications())) {
            String kinds = Publishability.names(requirement);
            v.add("certifications", "Kategori " + category.name().id() + " wajib punya sertifikat " + kinds
                    + " sebelum dijual (atau simpan sebagai draf tanpa marketplace).",
                    "Category " + category.name().en() + " needs a " + kinds
                            + " certificate before it is sold (or save it as a draft without channels).");
        }
    }

    /** A product to be listed in a category whose marketplaces require its material must say it; a draft need not. */
    private static void checkMaterial(ProductDetails details, Category category, List<String> channels,
            Violations v) {
        if (!channels.isEmpty() && Publishability.materialMissing(category, details.rawMaterial())) {
            v.add("rawMaterial", "Kategori " + category.name().id() + " wajib menyebut bahan produk (bahan kain "
                    + "atau komposisi): semua marketplace menolaknya tanpa itu (atau simpan sebagai draf tanpa "
                    + "marketplace).",
                    "Category " + category.name().en() + " needs what the product is made of (the cloth's material "
                            + "or the composition): every marketplace refuses it without (or save it as a draft "
                            + "without channels).");
        }
    }
}
