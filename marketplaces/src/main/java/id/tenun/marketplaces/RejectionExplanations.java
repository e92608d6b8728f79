package id.tenun.marketplaces;

import java.util.Locale;

/**
 * Turns a marketplace's rejection reason into a sentence a producer group member understands, in Bahasa Indonesia
 * and English. The marketplace's own words are always kept beside it, verbatim.
 */
public final class RejectionExplanations {

    private RejectionExplanations() {
    }

    public static LocalizedText explain(Channel channel, String reason) {
        String text = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        String where = channel.displayName();
        if (text.contains("halal") || text.contains("bpom") || text.contains("pirt") || text.contains("permit")
                || text.contains("certif")) {
            return new LocalizedText("Produk makanan, minuman, kosmetik atau herbal perlu nomor sertifikat halal dan "
                    + "izin edar BPOM atau PIRT sebelum bisa dijual di " + where
                    + ". Lengkapi sertifikatnya di data produk.",
                    "Food, drinks, cosmetics and herbal products need a halal certificate number and a BPOM or PIRT "
                            + "permit before they can be sold on " + where + ". Add the certificates to the product.");
        }
        if (text.contains("leaf")) {
            return new LocalizedText("Kategori produk terlalu umum untuk " + where
                    + ". Pilih kategori yang lebih rinci (paling bawah) di pemetaan kategori.",
                    "The product's category is too general for " + where
                            + ". Choose a more specific (lowest-level) category in the category mapping.");
        }
        if (text.contains("category")) {
            return new LocalizedText(where + " tidak mengenal kategori produk ini. Periksa pemetaan kategori untuk "
                    + where + ".",
                    where + " does not know this product's category. Check the category mapping for " + where + ".");
        }
        if (text.contains("attribute")) {
            return new LocalizedText(where
                    + " meminta keterangan wajib yang belum diisi untuk kategori ini. Lengkapi atribut produk.",
                    where + " needs details this category requires that are not filled in yet. Complete the "
                            + "product's attributes.");
        }
        if (text.contains("name") || text.contains("title")) {
            return new LocalizedText("Nama produk terlalu panjang atau tidak sesuai aturan " + where
                    + ". Perpendek nama produk.",
                    "The product name is too long or breaks " + where + "'s rules. Shorten the name.");
        }
        if (text.contains("image") || text.contains("picture") || text.contains("photo")) {
            return new LocalizedText("Foto produk ditolak atau belum ada. Unggah foto produk yang jelas.",
                    "The product photos were refused or are missing. Upload clear product photos.");
        }
        if (text.contains("price")) {
            return new LocalizedText("Harga produk ditolak oleh " + where + ". Periksa harganya.",
                    where + " refused the product's price. Check the price.");
        }
        if (text.contains("banned") || text.contains("delete")) {
            return new LocalizedText(where
                    + " menurunkan produk ini. Mintalah bantuan pendamping untuk memeriksa alasannya bersama Anda.",
                    where + " took this product down. Ask your mentor to look at the reason with you.");
        }
        return new LocalizedText(where + " menolak produk ini. Mintalah bantuan pendamping untuk memeriksa alasannya.",
                where + " refused this product. Ask your mentor to look at the reason with you.");
    }
}
