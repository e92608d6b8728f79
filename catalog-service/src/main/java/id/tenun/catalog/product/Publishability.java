package id.tenun.catalog.product;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import id.tenun.catalog.category.Category;
import id.tenun.events.LocalizedText;
import id.tenun.events.product.ProductSnapshot.CertificationKind;
import id.tenun.events.product.ProductSnapshot.UnpublishableReason;

/** Why a product may not be listed yet, in Bahasa Indonesia and English; none means it is publishable. */
public final class Publishability {

    private Publishability() {
    }

    public static List<UnpublishableReason> reasons(Product product, Category category, LocalDate today) {
        List<UnpublishableReason> reasons = new ArrayList<>();
        if (product.archived()) {
            reasons.add(reason("ARCHIVED", "Produk diarsipkan; pulihkan untuk menjualnya lagi.",
                    "The product is archived; restore it to sell it again."));
        }
        if (!product.groupActive()) {
            reasons.add(reason("GROUP_PAUSED", "Kelompok sedang berhenti sementara.", "The group is paused."));
        }
        if (category == null) {
            reasons.add(reason("CATEGORY_UNKNOWN", "Kategori produk tidak dikenal; pilih kategori lain.",
                    "The product's category is unknown; choose another."));
        }
        if (product.channels().isEmpty()) {
            reasons.add(reason("NO_CHANNELS", "Pilih paling sedikit satu marketplace.",
                    "Choose at least one marketplace."));
        }
        if (product.imageUrls().isEmpty()) {
            reasons.add(reason("IMAGES_MISSING", "Tambahkan paling sedikit 1 foto produk.",
                    "Add at least 1 product photo."));
        }
        if (product.variants().stream().anyMatch(v -> v.priceRupiah() <= 0)) {
            reasons.add(reason("PRICE_MISSING", "Isi harga setiap varian.", "Give every variant a price."));
        }
        if (category != null) {
            for (Set<CertificationKind> requirement : category.requirements()) {
                boolean held = product.certifications().stream().anyMatch(c -> requirement.contains(c.kind()));
                if (!held) {
                    String kinds = names(requirement);
                    reasons.add(reason("CERTIFICATION_MISSING",
                            "Produk kategori ini wajib punya sertifikat " + kinds + ".",
                            "Products of this category need a " + kinds + " certificate."));
                }
            }
        }
        if (materialMissing(category, product.rawMaterial())) {
            reasons.add(reason("MATERIAL_MISSING",
                    "Isi bahan produk (bahan kain atau komposisi): marketplace mewajibkannya untuk kategori ini.",
                    "Say what the product is made of (the cloth's material or the composition): the marketplaces "
                            + "require it for this category."));
        }
        for (Certification certification : product.certifications()) {
            if (!certification.validOn(today)) {
                reasons.add(reason("CERTIFICATION_EXPIRED",
                        "Sertifikat " + name(certification.kind()) + " nomor " + certification.number()
                                + " sudah kedaluwarsa sejak " + certification.expiresOn() + "; perpanjang dulu.",
                        "The " + name(certification.kind()) + " certificate " + certification.number()
                                + " expired on " + certification.expiresOn() + "; renew it first."));
            }
        }
        return reasons;
    }

    /**
     * The certificates that were valid on {@code writtenOn} (when the product's last version was made) and are
     * not {@code today}: the ones its last snapshot still calls valid.
     */
    public static List<Certification> expiredSince(List<Certification> certifications, LocalDate writtenOn,
            LocalDate today) {
        return certifications.stream().filter(c -> c.validOn(writtenOn) && !c.validOn(today)).toList();
    }

    /** The requirements of a category that none of the certifications meets. */
    public static List<Set<CertificationKind>> missing(Category category, List<Certification> certifications) {
        return category.requirements().stream()
                .filter(requirement -> certifications.stream().noneMatch(c -> requirement.contains(c.kind())))
                .toList();
    }

    /** Whether the category's marketplaces require the material ({@code rawMaterial}) and it is not given. */
    public static boolean materialMissing(Category category, String rawMaterial) {
        return category != null && category.materialRequired() && (rawMaterial == null || rawMaterial.isBlank());
    }

    static String names(Set<CertificationKind> kinds) {
        return kinds.stream().sorted().map(Publishability::name).collect(Collectors.joining(" / "));
    }

    static String name(CertificationKind kind) {
        return switch (kind) {
            case PIRT -> "PIRT";
            case BPOM_MD -> "BPOM MD";
            case BPOM_ML -> "BPOM ML";
            case HALAL -> "Halal";
            case NIB -> "NIB";
            case SNI -> "SNI";
        };
    }

    private static UnpublishableReason reason(String code, String id, String en) {
        return new UnpublishableReason(code, new LocalizedText(id, en));
    }
}
