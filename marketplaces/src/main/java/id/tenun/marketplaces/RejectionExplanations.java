package id.tenun.marketplaces;

import java.util.Locale;

/**
 * Turns a marketplace's rejection reason into a sentence a producer group member understands (Bahasa Indonesia). The
 * marketplace's own words are always kept beside it, verbatim.
 */
public final class RejectionExplanations {

    private RejectionExplanations() {
    }

    public static String explain(Channel channel, String reason) {
        String text = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        String where = channel.displayName();
        if (text.contains("halal") || text.contains("bpom") || text.contains("pirt") || text.contains("permit")
                || text.contains("certif")) {
            return "Produk makanan, minuman, kosmetik atau herbal perlu nomor sertifikat halal dan izin edar BPOM atau PIRT "
                    + "sebelum bisa dijual di " + where + ". Lengkapi sertifikatnya di data produk.";
        }
        if (text.contains("leaf")) {
            return "Kategori produk terlalu umum untuk " + where
                    + ". Pilih kategori yang lebih rinci (paling bawah) di pemetaan kategori.";
        }
        if (text.contains("category")) {
            return where + " tidak mengenal kategori produk ini. Periksa pemetaan kategori untuk " + where + ".";
        }
        if (text.contains("attribute")) {
            return where + " meminta keterangan wajib yang belum diisi untuk kategori ini. Lengkapi atribut produk.";
        }
        if (text.contains("name") || text.contains("title")) {
            return "Nama produk terlalu panjang atau tidak sesuai aturan " + where + ". Perpendek nama produk.";
        }
        if (text.contains("image") || text.contains("picture") || text.contains("photo")) {
            return "Foto produk ditolak atau belum ada. Unggah foto produk yang jelas.";
        }
        if (text.contains("price")) {
            return "Harga produk ditolak oleh " + where + ". Periksa harganya.";
        }
        return where + " menolak produk ini. Mintalah bantuan pendamping untuk memeriksa alasannya.";
    }
}
