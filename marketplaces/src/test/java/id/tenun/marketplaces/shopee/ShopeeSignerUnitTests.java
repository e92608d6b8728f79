package id.tenun.marketplaces.shopee;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

/** MARKETPLACES.md publishes no Shopee vector: the expected values are computed here with plain javax.crypto. */
class ShopeeSignerUnitTests {

    static String hmac(String key, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void signsPartnerPathTimestampTokenAndShopInThatOrder() throws Exception {
        String expected = hmac("partner-key", "2001/api/v2/product/add_item1700000000token-abc12345");

        assertThat(ShopeeSigner.sign("partner-key", "2001", "/api/v2/product/add_item", 1700000000L, "token-abc",
                "12345"))
                .isEqualTo(expected);
    }

    @Test
    void signsPublicApisWithoutTokenAndShop() throws Exception {
        assertThat(ShopeeSigner.signPublic("partner-key", "2001", "/api/v2/auth/token/get", 1700000000L))
                .isEqualTo(hmac("partner-key", "2001/api/v2/auth/token/get1700000000"));
    }

    @Test
    void doesNotMatchWithATamperedShopTimestampOrKey() throws Exception {
        String expected = hmac("partner-key", "2001/api/v2/product/add_item1700000000token-abc12345");

        assertThat(ShopeeSigner.sign("partner-key", "2001", "/api/v2/product/add_item", 1700000000L, "token-abc",
                "12346"))
                .isNotEqualTo(expected);
        assertThat(ShopeeSigner.sign("partner-key", "2001", "/api/v2/product/add_item", 1700000001L, "token-abc",
                "12345"))
                .isNotEqualTo(expected);
        assertThat(ShopeeSigner.sign("partner-kez", "2001", "/api/v2/product/add_item", 1700000000L, "token-abc",
                "12345"))
                .isNotEqualTo(expected);
    }

    @Test
    void signsWebhooksOverCallbackUrlPipeAndRawBody() throws Exception {
        String body = "{\"code\":3}";

        assertThat(ShopeeSigner.webhookSignature("partner-key", "https://tenun.id/webhooks/shopee",
                body.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(hmac("partner-key", "https://tenun.id/webhooks/shopee|" + body))
                .isNotEqualTo(hmac("partner-key", "https://tenun.id/webhooks/shopee/|" + body));
    }
}
