package id.tenun.sandbox;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.context.TestPropertySource;

import id.tenun.testsupport.SellerOnTheSandbox;

/** An authorization code not exchanged within the channel's code lifetime (1 s here) is refused the channel's way. */
@TestPropertySource(properties = {"sandbox.tokopedia.code-lifetime=1s", "sandbox.shopee.code-lifetime=1s",
        "sandbox.lazada.code-lifetime=1s"})
class ExpiredAuthorizationCodeContractIntegrationTests extends ContractTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {"tokopedia", "shopee", "lazada"})
    void anExpiredCodeIsRefused(String channel) throws Exception {
        SellerOnTheSandbox seller = new SellerOnTheSandbox(base());
        Map<String, String> back = seller.grantNewShop(SellerOnTheSandbox.link(channel, "late"), "Lambert Lembata",
                "Tenun Lembata");
        long grantedAt = System.nanoTime();
        await().until(() -> System.nanoTime() - grantedAt > Duration.ofMillis(1200).toNanos());

        SellerAuthorizationContractIntegrationTests.assertRefusedCode(channel,
                seller.exchange(channel, back.get("code"), back.get("shop_id")));
    }
}
