package id.tenun.marketplaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ListingDraftUnitTests {

    static ListingDraft draft(String title, int grams) {
        return new ListingDraft("SKU", title, "", "1", Map.of(), 1000, 1, grams, null, List.of(), null);
    }

    @Test
    void refusesATitleLongerThanSeventyCharacters() {
        assertThatIllegalArgumentException().isThrownBy(() -> draft("x".repeat(71), 100)).withMessageContaining("70");
        assertThat(draft("x".repeat(70), 100).title()).hasSize(70);
    }

    @Test
    void givesTheWeightInKilogramsWithoutTrailingZeros() {
        assertThat(draft("Kopi", 250).weightKilograms()).isEqualTo("0.25");
        assertThat(draft("Kopi", 1000).weightKilograms()).isEqualTo("1");
        assertThat(draft("Kopi", 1).weightKilograms()).isEqualTo("0.001");
    }

    @Test
    void neverShowsSecretsInShopCredentials() {
        ShopCredentials shop = new ShopCredentials("1", "key", "the-secret", "the-token", "cipher");

        assertThat(shop.toString()).doesNotContain("the-secret").doesNotContain("the-token").contains("key");
    }
}
