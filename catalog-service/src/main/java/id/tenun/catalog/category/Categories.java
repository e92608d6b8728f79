package id.tenun.catalog.category;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.tenun.events.Channels;
import id.tenun.events.LocalizedText;
import id.tenun.events.product.ProductSnapshot.CertificationKind;

/**
 * Tenun's category tree of processed local goods from NTT, with what each leaf needs (certifications) and where
 * it goes on each marketplace. Kept in code: it changes with a release, not at run time.
 */
@Component
public class Categories {

    private static final Set<CertificationKind> FOOD_PERMIT = Set.of(CertificationKind.PIRT, CertificationKind.BPOM_MD,
            CertificationKind.BPOM_ML);
    private static final Set<CertificationKind> BPOM = Set.of(CertificationKind.BPOM_MD, CertificationKind.BPOM_ML);
    /**
     * Halal certification is mandatory for food, drinks, cosmetics and herbal goods (UU 33/2014; for micro and small
     * businesses since 18 October 2026, PP 42/2024), and the marketplaces refuse such listings without a halal number.
     */
    private static final Set<CertificationKind> HALAL = Set.of(CertificationKind.HALAL);
    /**
     * The top-level categories whose marketplace categories require the material or composition (cloth, food and
     * drinks, herbal goods and cosmetics on Tokopedia/TikTok Shop, Shopee and Lazada alike); crafts need none.
     */
    private static final Set<String> MATERIAL_REQUIRED = Set.of("tekstil", "pangan", "herbal");

    private final Map<String, Category> byCode = new LinkedHashMap<>();

    public Categories() {
        group("tekstil", "Tekstil dan tenun", "Textiles and weaving");
        leaf("tekstil.tenun-ikat", "tekstil", "Kain tenun ikat", "Tenun ikat cloth", "TIK", List.of(),
                "100301", "600301", "10301");
        leaf("tekstil.sarung-selendang", "tekstil", "Sarung dan selendang tenun", "Woven sarongs and shawls", "SRG",
                List.of(), "100302", "600302", "10302");
        leaf("tekstil.aksesori-tenun", "tekstil", "Tas dan aksesori tenun", "Woven bags and accessories", "AKS",
                List.of(), "100303", "600303", "10303");
        group("pangan", "Pangan olahan", "Processed food");
        leaf("pangan.kopi", "pangan", "Kopi", "Coffee", "KOP", List.of(FOOD_PERMIT, HALAL),
                "100101", "600101", "10101");
        leaf("pangan.madu", "pangan", "Madu", "Honey", "MAD", List.of(FOOD_PERMIT, HALAL),
                "100102", "600102", "10102");
        leaf("pangan.kelor", "pangan", "Kelor (moringa) olahan", "Processed moringa", "KLR",
                List.of(FOOD_PERMIT, HALAL), "100107", "600107", "10107");
        leaf("pangan.sorgum", "pangan", "Sorgum dan pangan lokal", "Sorghum and local staples", "SRM",
                List.of(FOOD_PERMIT, HALAL), "100104", "600104", "10104");
        leaf("pangan.camilan", "pangan", "Camilan dan kue", "Snacks and cakes", "CML",
                List.of(FOOD_PERMIT, HALAL), "100103", "600103", "10103");
        leaf("pangan.garam", "pangan", "Garam", "Salt", "GRM",
                List.of(Set.of(CertificationKind.SNI), FOOD_PERMIT, HALAL), "100105", "600105", "10105");
        leaf("pangan.minuman", "pangan", "Minuman dan sirup", "Drinks and syrups", "MNM", List.of(FOOD_PERMIT, HALAL),
                "100106", "600106", "10106");
        group("kerajinan", "Kerajinan tangan", "Handicrafts");
        leaf("kerajinan.anyaman", "kerajinan", "Anyaman lontar dan pandan", "Lontar and pandan weaving", "ANY",
                List.of(), "100401", "600401", "10401");
        leaf("kerajinan.ukiran", "kerajinan", "Ukiran dan kerajinan kayu", "Carving and woodcraft", "UKR", List.of(),
                "100402", "600402", "10402");
        leaf("kerajinan.perhiasan", "kerajinan", "Perhiasan dan manik", "Jewellery and beads", "PRH", List.of(),
                "100403", "600403", "10403");
        group("herbal", "Herbal dan kosmetik", "Herbal and cosmetics");
        leaf("herbal.minyak", "herbal", "Minyak kelapa dan minyak herbal", "Coconut and herbal oils", "MNY",
                List.of(BPOM, HALAL), "100202", "600202", "10202");
        leaf("herbal.sabun-kosmetik", "herbal", "Sabun dan kosmetik alami", "Natural soap and cosmetics", "SBN",
                List.of(BPOM, HALAL), "100203", "600203", "10203");
        leaf("herbal.jamu", "herbal", "Jamu dan teh herbal", "Jamu and herbal tea", "JMU", List.of(FOOD_PERMIT, HALAL),
                "100201", "600201", "10201");
    }

    private void group(String code, String id, String en) {
        byCode.put(code, new Category(code, null, new LocalizedText(id, en), null, List.of(), Map.of(), false));
    }

    private void leaf(String code, String parent, String id, String en, String prefix,
            List<Set<CertificationKind>> requirements, String shopee, String tokopedia, String lazada) {
        byCode.put(code, new Category(code, parent, new LocalizedText(id, en), prefix, requirements,
                Map.of(Channels.SHOPEE, shopee, Channels.TOKOPEDIA, tokopedia, Channels.LAZADA, lazada),
                MATERIAL_REQUIRED.contains(parent)));
    }

    public List<Category> all() {
        return Collections.unmodifiableList(new ArrayList<>(byCode.values()));
    }

    /** A leaf category by code: the only kind a product may sit in. */
    public Optional<Category> leaf(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.strip())).filter(Category::leaf);
    }
}
