package id.tenun.support.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

/** A service refuses to run on the values this repository publishes, unless it is local development. */
class PublicDevelopmentValuesUnitTests {

    @Test
    void refusesTheDemoSecretsTheSealingKeyAndALocalCallbackSayingWhatToSet() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("tenun.listing.secrets.key", "bG9jYWwtZGV2LW9ubHktbm90LWEtc2VjcmV0LWtleSE=")
                .withProperty("tenun.orders.marketplaces.channels.shopee.app-secret", "tenun-demo-shopee-partner-key")
                .withProperty("tenun.orders.marketplaces.channels.shopee.webhook-callback-url",
                        "http://localhost:8083/webhooks/shopee")
                .withProperty("tenun.console.signing-keys.sealing-key", "");

        assertThat(PublicDevelopmentValues.inUse(environment)).hasSize(4);
        assertThatIllegalStateException()
                .isThrownBy(() -> PublicDevelopmentValues.refuseOutsideLocalDevelopment(environment))
                .withMessageContaining("TENUN_LISTING_SECRET_KEY").withMessageContaining("TENUN_SHOPEE_PARTNER_KEY")
                .withMessageContaining("TENUN_SHOPEE_WEBHOOK_URL").withMessageContaining("TENUN_CONSOLE_SEALING_KEY")
                .withMessageContaining("tenun.local-development=true");
    }

    @Test
    void refusesAnEmptyShopeeCallbackUrlOutsideLocalDevelopment() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("tenun.orders.marketplaces.channels.shopee.webhook-callback-url", " ");

        assertThatIllegalStateException()
                .isThrownBy(() -> PublicDevelopmentValues.refuseOutsideLocalDevelopment(environment))
                .withMessageContaining("TENUN_SHOPEE_WEBHOOK_URL");
        assertThatNoException().isThrownBy(() -> PublicDevelopmentValues
                .refuseOutsideLocalDevelopment(environment.withProperty("tenun.local-development", "true")));
    }

    @Test
    void startsOnItsOwnValuesOrInLocalDevelopment() {
        MockEnvironment own = new MockEnvironment()
                .withProperty("tenun.listing.secrets.key", "c2VjcmV0LW9mLW91ci1vd24=")
                .withProperty("tenun.listing.channels.lazada.app-secret", "real-secret");
        MockEnvironment local = new MockEnvironment()
                .withProperty("tenun.listing.channels.lazada.app-secret", "tenun-demo-lazada-secret")
                .withProperty("tenun.local-development", "true");

        assertThatNoException().isThrownBy(() -> PublicDevelopmentValues.refuseOutsideLocalDevelopment(own));
        assertThatNoException().isThrownBy(() -> PublicDevelopmentValues.refuseOutsideLocalDevelopment(local));
        assertThatNoException()
                .isThrownBy(() -> PublicDevelopmentValues.refuseOutsideLocalDevelopment(new MockEnvironment()));
    }

    @Test
    void aServiceOnAPublicWebhookSecretDoesNotStartSayingWhatToSet() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(PublicDevelopmentValuesAutoConfiguration.class))
                .withPropertyValues("tenun.orders.marketplaces.channels.tokopedia.app-secret=tenun-demo-tts-secret")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("TENUN_TOKOPEDIA_APP_SECRET"));
    }

    @Test
    void theEnvironmentVariableTenunLocalDevelopmentAllowsThem() {
        Map<String, Object> variables = new HashMap<>(Map.of("TENUN_LISTING_SECRETS_KEY",
                "bG9jYWwtZGV2LW9ubHktbm90LWEtc2VjcmV0LWtleSE="));
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("env", variables));

        assertThatIllegalStateException()
                .isThrownBy(() -> PublicDevelopmentValues.refuseOutsideLocalDevelopment(environment))
                .withMessageContaining("TENUN_LISTING_SECRET_KEY");
        variables.put("TENUN_LOCAL_DEVELOPMENT", "true");
        assertThatNoException().isThrownBy(() -> PublicDevelopmentValues.refuseOutsideLocalDevelopment(environment));
    }
}
