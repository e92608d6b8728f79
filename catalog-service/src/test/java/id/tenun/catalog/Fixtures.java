package id.tenun.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.tenun.testsupport.TestTokens;

/** Request bodies with realistic NTT data, to be changed per test. */
public final class Fixtures {

    /** Desa Sikka, Kecamatan Lela, Kabupaten Sikka. */
    public static final String SIKKA_VILLAGE = "53.07.03.2005";

    /** A public address (TEST-NET-3) that needs no DNS: the tests run offline. */
    public static final String IMAGE = "https://203.0.113.10/foto/sarung-utan.jpg";

    private Fixtures() {
    }

    public static Map<String, Object> group(String name) {
        Map<String, Object> group = new HashMap<>();
        group.put("name", name);
        group.put("programme", "OVOP");
        group.put("kind", "COMMUNITY");
        group.put("villageCode", SIKKA_VILLAGE);
        group.put("contactName", "Mama Yuliana");
        group.put("contactPhone", "081234567890");
        return group;
    }

    /** A tenun ikat product (needs no certification) of the group, one variant. */
    public static Map<String, Object> sarung(String groupId) {
        Map<String, Object> product = new HashMap<>();
        product.put("groupId", groupId);
        product.put("name", "Sarung Tenun Ikat Sikka Pewarna Alam");
        product.put("description", "Ditenun tangan oleh mama-mama di Desa Sikka.");
        product.put("categoryCode", "tekstil.tenun-ikat");
        product.put("processed", true);
        product.put("rawMaterial", "benang kapas, mengkudu, tarum");
        product.put("weightGrams", 800);
        product.put("dimensions", Map.of("lengthCm", 35, "widthCm", 25, "heightCm", 5));
        product.put("imageUrls", new ArrayList<>(List.of(IMAGE)));
        product.put("minimumOrder", 1);
        product.put("condition", "NEW");
        product.put("variants", new ArrayList<>(List.of(variant(Map.of("warna", "merah mengkudu"), 1_250_000, 5))));
        product.put("certifications", new ArrayList<>());
        return product;
    }

    /** Coffee from Manggarai: needs PIRT (or BPOM MD) and a halal certificate. */
    public static Map<String, Object> kopi(String groupId, boolean certified) {
        Map<String, Object> product = sarung(groupId);
        product.put("name", "Kopi Arabika Manggarai 250 g");
        product.put("categoryCode", "pangan.kopi");
        product.put("weightGrams", 270);
        product.put("variants", new ArrayList<>(List.of(variant(Map.of("giling", "biji"), 85_000, 20),
                variant(Map.of("giling", "bubuk"), 80_000, 10))));
        if (certified) {
            product.put("certifications", new ArrayList<>(List.of(pirt("2099-12-31"), halal())));
        }
        return product;
    }

    /** A halal certificate (BPJPH): it does not expire. */
    public static Map<String, Object> halal() {
        Map<String, Object> certification = new HashMap<>();
        certification.put("kind", "HALAL");
        certification.put("number", "ID53100004123");
        certification.put("issuer", "BPJPH Kementerian Agama RI");
        return certification;
    }

    public static Map<String, Object> pirt(String expiresOn) {
        Map<String, Object> certification = new HashMap<>();
        certification.put("kind", "PIRT");
        certification.put("number", "2065310010123-27");
        certification.put("issuer", "Dinas Kesehatan Kabupaten Manggarai");
        certification.put("expiresOn", expiresOn);
        return certification;
    }

    public static Map<String, Object> variant(Map<String, String> attributes, long price, long stock) {
        Map<String, Object> variant = new HashMap<>();
        variant.put("attributes", attributes);
        variant.put("priceRupiah", price);
        variant.put("stock", stock);
        return variant;
    }

    public static String staff() {
        return TestTokens.staff();
    }
}
