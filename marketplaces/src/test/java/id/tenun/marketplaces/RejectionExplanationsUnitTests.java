package id.tenun.marketplaces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RejectionExplanationsUnitTests {

    @Test
    void asksForCertificatesWhenAHalalOrBpomPermitIsMissing() {
        LocalizedText text = RejectionExplanations.explain(Channel.TOKOPEDIA, "Missing BPOM permit");
        assertThat(text.id()).contains("sertifikat halal", "BPOM", "Tokopedia");
        assertThat(text.en()).contains("halal certificate", "BPOM", "Tokopedia");
    }

    @Test
    void asksForAMoreSpecificCategoryWhenTheCategoryIsNotALeaf() {
        LocalizedText text = RejectionExplanations.explain(Channel.SHOPEE, "category is not a leaf category");
        assertThat(text.id()).startsWith("Kategori produk terlalu umum untuk Shopee");
        assertThat(text.en()).startsWith("The product's category is too general for Shopee");
    }

    @Test
    void pointsToTheCategoryMappingWhenTheCategoryIsUnknown() {
        LocalizedText text = RejectionExplanations.explain(Channel.LAZADA, "Invalid category id");
        assertThat(text.id()).isEqualTo("Lazada tidak mengenal kategori produk ini. Periksa pemetaan kategori untuk "
                + "Lazada.");
        assertThat(text.en()).isEqualTo("Lazada does not know this product's category. Check the category mapping for "
                + "Lazada.");
    }

    @Test
    void asksForTheRequiredAttributes() {
        LocalizedText text = RejectionExplanations.explain(Channel.LAZADA, "Required attribute brand is missing");
        assertThat(text.id()).contains("Lengkapi atribut produk");
        assertThat(text.en()).contains("Complete the product's attributes");
    }

    @Test
    void asksForAShorterNameWhenTheTitleBreaksTheRules() {
        LocalizedText text = RejectionExplanations.explain(Channel.SHOPEE, "Title too long");
        assertThat(text.id()).contains("Perpendek nama produk");
        assertThat(text.en()).contains("Shorten the name");
    }

    @Test
    void asksForClearPhotosWhenAnImageIsRefused() {
        LocalizedText text = RejectionExplanations.explain(Channel.TOKOPEDIA, "Blurry picture");
        assertThat(text.id()).isEqualTo("Foto produk ditolak atau belum ada. Unggah foto produk yang jelas.");
        assertThat(text.en()).isEqualTo("The product photos were refused or are missing. Upload clear product photos.");
    }

    @Test
    void asksToCheckThePriceWhenThePriceIsRefused() {
        LocalizedText text = RejectionExplanations.explain(Channel.SHOPEE, "price out of range");
        assertThat(text.id()).isEqualTo("Harga produk ditolak oleh Shopee. Periksa harganya.");
        assertThat(text.en()).isEqualTo("Shopee refused the product's price. Check the price.");
    }

    @Test
    void saysTheMarketplaceTookTheProductDownWhenItWasBannedOrDeleted() {
        for (String reason : new String[]{"Item status BANNED", "Item status SHOPEE_DELETE"}) {
            LocalizedText text = RejectionExplanations.explain(Channel.SHOPEE, reason);
            assertThat(text.id()).startsWith("Shopee menurunkan produk ini.");
            assertThat(text.en()).startsWith("Shopee took this product down.");
        }
    }

    @Test
    void sendsToTheMentorWhenTheReasonIsUnknownOrMissing() {
        for (String reason : new String[]{"something odd", null}) {
            LocalizedText text = RejectionExplanations.explain(Channel.LAZADA, reason);
            assertThat(text.id()).isEqualTo("Lazada menolak produk ini. Mintalah bantuan pendamping untuk memeriksa "
                    + "alasannya.");
            assertThat(text.en())
                    .isEqualTo("Lazada refused this product. Ask your mentor to look at the reason with you.");
        }
    }
}
