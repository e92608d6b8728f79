package id.tenun.marketplaces.tokopedia;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TokopediaSignerUnitTests {

    static final String SECRET = "e59af819cc";

    static final String DOC_SIGN = "b596b73e0cc6de07ac26f036364178ab16b0a907af13d43f0a0cd2345f582dc8";

    static final String SDK_SIGN = "ed58e1b5e59865c22a7b828c1cab65007441f43cc91a6cb2f2cdc638e0995a37";

    @Test
    void buildsTheOfficialDocStringToSign() {
        byte[] text = TokopediaSigner.stringToSign(SECRET, "/authorization/202309/shops",
                Map.of("timestamp", "1623812664", "app_key", "29a39d"), null);

        assertThat(new String(text, StandardCharsets.UTF_8))
                .isEqualTo("e59af819cc/authorization/202309/shopsapp_key29a39dtimestamp1623812664e59af819cc");
    }

    @Test
    void reproducesTheOfficialDocVector() {
        assertThat(TokopediaSigner.sign(SECRET, "/authorization/202309/shops",
                Map.of("app_key", "29a39d", "timestamp", "1623812664"), null))
                .isEqualTo(DOC_SIGN);
    }

    @Test
    void reproducesTheSdkVectorWithShopCipher() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("timestamp", "1696909648");
        query.put("shop_cipher", "ROW_xkMbgAAAeVAQra0eZWebFQq5aIK");
        query.put("app_key", "68xu9ks5p4i8");

        assertThat(TokopediaSigner.sign(SECRET, "/event/202309/webhooks", query, null)).isEqualTo(SDK_SIGN);
    }

    @Test
    void leavesSignAndAccessTokenOutOfTheSignature() {
        Map<String, String> query = Map.of("app_key", "29a39d", "timestamp", "1623812664", "sign", "whatever",
                "access_token", "token");

        assertThat(TokopediaSigner.sign(SECRET, "/authorization/202309/shops", query, new byte[0])).isEqualTo(DOC_SIGN);
    }

    @Test
    void doesNotMatchTheVectorWithATamperedTimestamp() {
        assertThat(TokopediaSigner.sign(SECRET, "/authorization/202309/shops",
                Map.of("app_key", "29a39d", "timestamp", "1623812665"), null))
                .isNotEqualTo(DOC_SIGN);
    }

    @Test
    void doesNotMatchTheVectorWithAnotherSecretPathOrExtraParameter() {
        Map<String, String> query = Map.of("app_key", "29a39d", "timestamp", "1623812664");
        assertThat(TokopediaSigner.sign("e59af819cd", "/authorization/202309/shops", query, null))
                .isNotEqualTo(DOC_SIGN);
        assertThat(TokopediaSigner.sign(SECRET, "/authorization/202309/shop", query, null)).isNotEqualTo(DOC_SIGN);
        assertThat(TokopediaSigner.sign(SECRET, "/authorization/202309/shops",
                Map.of("app_key", "29a39d", "timestamp", "1623812664", "shop_cipher", "x"), null))
                .isNotEqualTo(DOC_SIGN);
    }

    @Test
    void signsTheExactBodyBytesBetweenParametersAndSecret() {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> query = Map.of("app_key", "29a39d", "timestamp", "1623812664");

        assertThat(new String(TokopediaSigner.stringToSign(SECRET, "/p", query, body), StandardCharsets.UTF_8))
                .isEqualTo("e59af819cc/papp_key29a39dtimestamp1623812664{\"a\":1}e59af819cc");
        assertThat(TokopediaSigner.sign(SECRET, "/p", query, body))
                .isNotEqualTo(TokopediaSigner.sign(SECRET, "/p", query, "{\"a\": 1}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void usesTheSecretAsTextNotAsHex() {
        // "e59af819cc" looks like hex; decoding it would give a different key and a different signature.
        assertThat(TokopediaSigner.sign(SECRET, "/authorization/202309/shops",
                Map.of("app_key", "29a39d", "timestamp", "1623812664"), null))
                .isEqualTo(DOC_SIGN);
    }
}
